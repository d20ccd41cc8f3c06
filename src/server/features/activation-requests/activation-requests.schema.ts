import { z } from 'zod';
import { AppError, type FieldProblem } from '../../platform/errors.ts';

/** The file fields of the request form: at least one of each is required. */
export const PROOF_FIELDS = { identityDocument: 'identity', propertyProof: 'property' } as const;
export type ProofField = keyof typeof PROOF_FIELDS;

const CIVILITIES = ['M', 'MME', 'M_ET_MME', 'MM', 'MMES', 'SOCIETE'] as const;

// Form fields arrive as strings; an empty optional field means "not given" (the service stores null).
const optionalText = (max: number, tooLong: string) => z.string().trim().max(max, { error: tooLong }).optional();

const requiredText = (max: number, missing: string, tooLong: string) =>
  z.string({ error: missing }).trim().min(1, { error: missing }).max(max, { error: tooLong });

/** The text fields of `POST /activation-requests` (multipart), validated once the files are stored. */
export const activationRequestFields = z
  .object({
    agencyId: z.uuid({ error: 'Choisissez votre agence.' }),
    civility: z.enum(CIVILITIES, { error: 'Choisissez votre civilité.' }),
    firstName: optionalText(100, 'Le prénom est trop long (100 caractères au plus).'),
    lastName: requiredText(100, 'Saisissez votre nom.', 'Le nom est trop long (100 caractères au plus).'),
    email: z
      .string({ error: 'Saisissez votre adresse email.' })
      .trim()
      .max(254, { error: "L'adresse email est trop longue." })
      .pipe(z.email({ error: 'Saisissez une adresse email valide, par exemple nom@exemple.fr.' })),
    phone: optionalText(30, 'Le numéro de téléphone est trop long.').refine(
      (value) => !value || /^\+?[\d\s.()-]{6,}$/.test(value),
      { error: 'Saisissez un numéro de téléphone valide, par exemple 06 12 34 56 78.' },
    ),
    clientReference: optionalText(40, "L'identifiant est trop long (40 caractères au plus)."),
    lotNumber: optionalText(20, 'Le numéro de lot est trop long (20 caractères au plus).'),
    propertyAddress: requiredText(
      300,
      "Indiquez l'adresse du bien concerné.",
      "L'adresse est trop longue (300 caractères au plus).",
    ),
    message: optionalText(2000, 'Le message est trop long (2 000 caractères au plus).'),
  })
  .meta({ id: 'ActivationRequestFields' });
export type ActivationRequestFields = z.infer<typeof activationRequestFields>;

/**
 * Documents the multipart body in the OpenAPI document; the route reads it part by part (files are streamed
 * to storage), then checks the text fields with `activationRequestFields`.
 */
export const activationRequestForm = activationRequestFields
  .extend({
    identityDocument: z.file().meta({ description: "Pièce d'identité en cours de validité (PDF, JPEG ou PNG, 10 Mo au plus)" }),
    propertyProof: z.file().meta({
      description: 'Justificatif du lien avec le bien : bail, acte de propriété ou mandat (PDF, JPEG ou PNG, 10 Mo au plus)',
    }),
  })
  .meta({ id: 'ActivationRequestForm' });

/** A form's fields checked like a route's body, with the same answer: VALIDATION_FAILED naming each field. */
export function parseFormFields<Schema extends z.ZodType>(schema: Schema, fields: Record<string, string>): z.output<Schema> {
  const parsed = schema.safeParse(fields);
  if (parsed.success) return parsed.data;
  const problems: FieldProblem[] = parsed.error.issues.map((issue) => ({
    field: issue.path.join('.') || 'body',
    message: issue.message,
  }));
  const summary = problems.map((problem) => `${problem.field} : ${problem.message}`).join(' ; ');
  throw new AppError('VALIDATION_FAILED', `Certaines informations saisies ne sont pas valides. ${summary}`, {
    fields: problems,
  });
}

export const activationRequestStatus = z.enum(['pending', 'approved', 'rejected']).meta({
  id: 'ActivationRequestStatus',
  description: 'pending : en cours de traitement ; approved : accès ouvert ; rejected : refusée (voir le motif)',
});

export const activationRequestReceipt = z
  .object({
    status: activationRequestStatus,
    trackingToken: z.string().meta({ description: 'Jeton de suivi, à conserver : il ne peut pas être retrouvé' }),
    trackingUrl: z.string().meta({ description: 'Page de suivi de la demande (aussi envoyée par email)' }),
  })
  .meta({ id: 'ActivationRequestReceipt' });

export const trackingQuery = z.object({
  token: z
    .string({ error: 'Le lien de suivi est incomplet.' })
    .min(20, { error: 'Le lien de suivi est incomplet.' })
    .max(200, { error: "Ce lien de suivi n'est pas valide." }),
});

/** What the tracking link shows: no personal data beyond the first name. */
export const activationRequestTracking = z
  .object({
    status: activationRequestStatus,
    firstName: z.string().nullable(),
    agencyName: z.string(),
    submittedAt: z.iso.datetime(),
    decidedAt: z.iso.datetime().nullable(),
    rejectionReason: z.string().nullable(),
  })
  .meta({ id: 'ActivationRequestTracking' });

export const publicAgency = z
  .object({ id: z.string(), name: z.string(), city: z.string().nullable() })
  .meta({ id: 'PublicAgency' });

// ——— Staff ———

export const queueQuery = z.object({
  status: activationRequestStatus.default('pending'),
});

export const requestParams = z.object({ requestId: z.uuid({ error: 'Identifiant de demande invalide.' }) });
export const fileParams = requestParams.extend({ fileId: z.uuid({ error: 'Identifiant de fichier invalide.' }) });

export const candidatesQuery = z.object({
  query: z
    .string({ error: 'Saisissez un nom, un identifiant ou un numéro de lot.' })
    .trim()
    .min(2, { error: 'Saisissez au moins 2 caractères.' })
    .max(100, { error: 'La recherche est trop longue (100 caractères au plus).' }),
});

export const approveBody = z
  .object({ personId: z.uuid({ error: 'Choisissez la personne à qui ouvrir l’accès.' }) })
  .meta({ id: 'ActivationApproval' });

export const rejectBody = z
  .object({
    reason: z
      .string({ error: 'Indiquez le motif du refus.' })
      .trim()
      .min(3, { error: 'Indiquez le motif du refus.' })
      .max(1000, { error: 'Le motif est trop long (1 000 caractères au plus).' }),
  })
  .meta({ id: 'ActivationRejection' });

export const queueItem = z
  .object({
    id: z.string(),
    status: activationRequestStatus,
    displayName: z.string().meta({ examples: ['M. Gérard Lemoine'] }),
    email: z.string(),
    propertyAddress: z.string().nullable(),
    submittedAt: z.iso.datetime(),
    ageHours: z.number().int().meta({ description: 'Heures écoulées depuis le dépôt' }),
    decidedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'ActivationQueueItem' });

export const proofFile = z
  .object({
    id: z.string(),
    kind: z.enum(['identity', 'property']).meta({ description: "identity : pièce d'identité ; property : lien avec le bien" }),
    originalName: z.string(),
    contentType: z.enum(['application/pdf', 'image/jpeg', 'image/png']),
    sizeBytes: z.number().int(),
    url: z.string().meta({ description: 'Adresse du fichier, affichable dans le navigateur' }),
  })
  .meta({ id: 'ActivationProof' });

export const activationRequestDetail = queueItem
  .extend({
    civility: z.enum(CIVILITIES),
    firstName: z.string().nullable(),
    lastName: z.string(),
    phone: z.string().nullable(),
    clientReferenceHint: z.string().nullable(),
    lotNumberHint: z.string().nullable(),
    message: z.string().nullable(),
    rejectionReason: z.string().nullable(),
    matchedPerson: z.object({ id: z.string(), displayName: z.string() }).nullable(),
    decidedBy: z.string().nullable().meta({ description: 'Le membre du personnel qui a décidé' }),
    files: z.array(proofFile),
  })
  .meta({ id: 'ActivationRequestDetail' });

export const candidate = z
  .object({
    personId: z.string(),
    displayName: z.string(),
    references: z.array(z.string()).meta({ description: "Identifiants du client dans l'agence" }),
    email: z.string().nullable().meta({ description: 'Adresse email du compte (absente : celle de la demande sera reprise)' }),
    lots: z.array(z.string()).meta({ description: "Numéros des lots qu'il possède aujourd'hui dans l'agence" }),
  })
  .meta({ id: 'ActivationCandidate' });
