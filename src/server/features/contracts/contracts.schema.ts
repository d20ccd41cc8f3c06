import { z } from 'zod';
import { parseFrenchPhoneNumber } from '../../../domain/phone-number.ts';

export const contractKind = z
  .enum(['assurance', 'ascenseur', 'nettoyage', 'chauffage', 'espaces_verts', 'entretien', 'gardiennage', 'energie', 'autre'], {
    error: 'Choisissez le type de contrat.',
  })
  .meta({ id: 'ContractKind' });

export const buildingContract = z
  .object({
    id: z.string(),
    kind: contractKind,
    kindLabel: z.string().meta({ examples: ['Assurance multirisque immeuble'] }),
    title: z.string().meta({ examples: ['Entretien et dépannage de l’ascenseur'] }),
    supplier: z.object({ name: z.string(), phone: z.string().nullable(), email: z.string().nullable() }),
    contractNumber: z.string().nullable(),
    startDate: z.iso.date(),
    endDate: z.iso.date().nullable().meta({ description: 'Dernier jour couvert ; absent : reconduction tacite' }),
    tacitRenewal: z.boolean(),
    status: z.enum(['a_venir', 'en_cours', 'termine']).meta({ description: 'Selon les dates, à la date du jour à Paris' }),
    yearlyAmountCents: z
      .number()
      .int()
      .meta({ description: 'Montant annuel TTC en centimes', examples: [123456] }),
    documentId: z
      .string()
      .nullable()
      .meta({ description: 'Le contrat signé parmi les documents (dossier Contrats), s’il est publié' }),
  })
  .meta({ id: 'BuildingContract' });

export const contractList = z
  .object({ contracts: z.array(buildingContract) })
  .meta({ id: 'BuildingContracts', description: 'En cours d’abord, puis terminés ; par type' });

export const staffContractList = z
  .object({ condominium: z.object({ id: z.string(), name: z.string() }), contracts: z.array(buildingContract) })
  .meta({ id: 'StaffBuildingContracts' });

export const agencyCondominiums = z
  .object({
    condominiums: z.array(
      z.object({ id: z.string(), reference: z.string(), name: z.string(), city: z.string().nullable() }).meta({
        id: 'AgencyCondominium',
      }),
    ),
  })
  .meta({ id: 'AgencyCondominiums' });

/** An optional text of a form: an empty field means "none". */
const optionalText = (max: number, tooLong: string) =>
  z
    .string()
    .trim()
    .max(max, { error: tooLong })
    .transform((text) => (text === '' ? null : text))
    .nullable();

const requiredText = (missing: string, max: number, tooLong: string) =>
  z.string({ error: missing }).trim().min(1, { error: missing }).max(max, { error: tooLong });

// Suppliers may give a service number (08) or a mobile: any French number, stored as "01 43 99 12 34".
const supplierPhone = z
  .string()
  .trim()
  .max(40, { error: 'Ce numéro est trop long.' })
  .transform((text, context) => {
    if (text === '') return null;
    const phone = parseFrenchPhoneNumber(text);
    if (phone) return phone.display;
    context.addIssue({ code: 'custom', message: 'Saisissez un numéro de téléphone français, par exemple 01 43 99 12 34.' });
    return z.NEVER;
  })
  .nullable();

const calendarDate = (missing: string) => z.iso.date({ error: missing });

const contractFields = {
  kind: contractKind,
  title: requiredText('Indiquez l’objet du contrat.', 200, 'L’objet est limité à 200 caractères.'),
  supplierName: requiredText('Indiquez le fournisseur.', 200, 'Le nom du fournisseur est limité à 200 caractères.'),
  supplierPhone: supplierPhone.optional(),
  supplierEmail: z
    .string()
    .trim()
    .max(254, { error: 'Cette adresse email est trop longue.' })
    .transform((text) => (text === '' ? null : text))
    .pipe(z.email({ error: 'Cette adresse email n’est pas valide.' }).nullable())
    .nullable()
    .optional(),
  contractNumber: optionalText(100, 'Le numéro de contrat est limité à 100 caractères.').optional(),
  startDate: calendarDate('Indiquez la date de début (AAAA-MM-JJ).'),
  endDate: calendarDate('Date de fin invalide (AAAA-MM-JJ).')
    .nullable()
    .optional()
    .meta({ description: 'Dernier jour couvert ; vide : reconduction tacite' }),
  yearlyAmountCents: z
    .number({ error: 'Indiquez le montant annuel.' })
    .int({ error: 'Le montant est en centimes : un nombre entier.' })
    .min(0, { error: 'Le montant ne peut pas être négatif.' })
    .max(1_000_000_000, { error: 'Ce montant est trop élevé.' }),
  documentId: z.uuid({ error: 'Identifiant de document invalide.' }).nullable().optional(),
};

export const newContract = z.strictObject(contractFields).meta({ description: 'Un contrat de la copropriété' });

export const contractChange = z
  .strictObject({
    ...contractFields,
    kind: contractKind.optional(),
    title: contractFields.title.optional(),
    supplierName: contractFields.supplierName.optional(),
    startDate: contractFields.startDate.optional(),
    yearlyAmountCents: contractFields.yearlyAmountCents.optional(),
  })
  .meta({ description: 'Les champs absents ne changent pas ; terminer un contrat = lui donner une date de fin' });

export const lotParams = z.object({ lotId: z.uuid({ error: 'Identifiant de lot invalide.' }) });
export const unitParams = z.object({ unitId: z.uuid({ error: 'Identifiant de bien invalide.' }) });
export const condominiumParams = z.object({ condominiumId: z.uuid({ error: 'Identifiant de copropriété invalide.' }) });
export const contractParams = condominiumParams.extend({
  contractId: z.uuid({ error: 'Identifiant de contrat invalide.' }),
});

export type BuildingContract = z.infer<typeof buildingContract>;
export type ContractKind = z.infer<typeof contractKind>;
export type NewContract = z.infer<typeof newContract>;
export type ContractChange = z.infer<typeof contractChange>;
