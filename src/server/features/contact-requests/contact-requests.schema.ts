import { z } from 'zod';

export const replyChannel = z
  .enum(['email', 'telephone'], { error: 'Choisissez comment vous souhaitez être recontacté : par email ou par téléphone.' })
  .meta({ id: 'ContactReplyChannel' });

/** "Une question ? Contacter un conseiller". */
export const contactRequestBody = z
  .object({
    subject: z
      .string({ error: "Saisissez l'objet de votre demande." })
      .trim()
      .min(1, { error: "Saisissez l'objet de votre demande." })
      .max(150, { error: "L'objet est trop long (150 caractères au plus)." }),
    message: z
      .string({ error: 'Saisissez votre message.' })
      .trim()
      .min(10, { error: 'Votre message est trop court (10 caractères au moins).' })
      .max(5000, { error: 'Votre message est trop long (5 000 caractères au plus).' }),
    replyChannel,
    lotId: z.uuid({ error: 'Identifiant de lot invalide.' }).optional(),
    unitId: z.uuid({ error: 'Identifiant de bien invalide.' }).optional(),
  })
  .refine((value) => !(value.lotId && value.unitId), {
    error: 'Choisissez un seul bien concerné.',
    path: ['unitId'],
  })
  .meta({ id: 'ContactRequestBody' });

export const contactRequestReceipt = z
  .object({
    id: z.string(),
    createdAt: z.iso.datetime(),
    managerName: z
      .string()
      .nullable()
      .meta({ description: 'Le gestionnaire à qui la demande a été transmise (null : l’adresse de l’agence)' }),
    agencyName: z.string(),
  })
  .meta({ id: 'ContactRequestReceipt' });

export const contactRequestStatus = z
  .enum(['open', 'answered'])
  .meta({ id: 'ContactRequestStatus', description: 'open : en attente de réponse ; answered : répondue' });

export const staffContactRequest = z
  .object({
    id: z.string(),
    status: contactRequestStatus,
    personId: z.string(),
    displayName: z.string().meta({ examples: ['M. et Mme Allouard'] }),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    subject: z.string(),
    message: z.string(),
    replyChannel,
    replyTo: z.string().nullable().meta({ description: 'L’adresse ou le numéro où répondre, relevé au moment de la demande' }),
    property: z.string().nullable().meta({ description: 'Le bien concerné, tel que nommé au moment de la demande' }),
    managerName: z.string().nullable(),
    createdAt: z.iso.datetime(),
    answer: z.string().nullable(),
    answeredAt: z.iso.datetime().nullable(),
    answeredBy: z.string().nullable(),
  })
  .meta({ id: 'StaffContactRequest' });

export const staffContactRequestList = z
  .object({ requests: z.array(staffContactRequest) })
  .meta({ id: 'StaffContactRequestList' });

export const staffContactRequestQuery = z.object({ status: contactRequestStatus.default('open') });

export const contactRequestParams = z.object({ requestId: z.uuid({ error: 'Identifiant de demande invalide.' }) });

export const contactAnswerBody = z
  .object({
    answer: z
      .string({ error: 'Saisissez votre réponse.' })
      .trim()
      .min(2, { error: 'Saisissez votre réponse.' })
      .max(5000, { error: 'La réponse est trop longue (5 000 caractères au plus).' }),
  })
  .meta({ id: 'ContactAnswerBody' });

export const openContactRequestCount = z.object({ open: z.number().int() }).meta({ id: 'OpenContactRequestCount' });

export type ContactRequestBody = z.infer<typeof contactRequestBody>;
export type StaffContactRequest = z.infer<typeof staffContactRequest>;
