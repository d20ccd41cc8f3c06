import { z } from 'zod';
import { PASSWORD_MAX_LENGTH } from '../../../domain/password-rules.ts';
import { parseFrenchPhoneNumber } from '../../../domain/phone-number.ts';

export const contactChannel = z
  .enum(['email', 'telephone', 'courrier'], { error: 'Choisissez email, téléphone ou courrier.' })
  .meta({ id: 'ContactChannel', description: 'Comment l’agence contacte la personne quand un choix existe' });

/**
 * A phone field: an empty text clears it; anything else must be a French number of the right kind, stored
 * as "06 12 34 56 78" whatever the way it was typed (see src/domain/phone-number.ts).
 */
const phoneField = (kind: 'mobile' | 'landline') =>
  z
    .string({ error: 'Saisissez un numéro de téléphone.' })
    .trim()
    .max(40, { error: 'Ce numéro est trop long.' })
    .transform((text, context) => {
      if (text === '') return null;
      const phone = parseFrenchPhoneNumber(text);
      const problem = !phone
        ? kind === 'mobile'
          ? 'Saisissez un numéro de mobile français, par exemple 06 12 34 56 78 ou +33 6 12 34 56 78.'
          : 'Saisissez un numéro de téléphone français, par exemple 01 43 99 12 34.'
        : phone.kind === 'special'
          ? 'Les numéros spéciaux (08) ne peuvent pas être enregistrés comme numéro personnel.'
          : kind === 'mobile' && phone.kind !== 'mobile'
            ? 'Ce numéro n’est pas un mobile (06 ou 07) : les codes de vérification envoyés par SMS ne pourraient pas vous parvenir.'
            : kind === 'landline' && phone.kind === 'mobile'
              ? 'Ce numéro est un mobile : saisissez-le dans « Téléphone mobile ».'
              : null;
      if (problem || !phone) {
        context.addIssue({ code: 'custom', message: problem ?? 'Numéro invalide.' });
        return z.NEVER;
      }
      return phone.display;
    })
    .nullable()
    .meta({ examples: [kind === 'mobile' ? '06 12 34 56 78' : '01 43 99 12 34'] });

const requiredText = (missing: string, max: number, tooLong: string) =>
  z.string({ error: missing }).trim().min(1, { error: missing }).max(max, { error: tooLong });

export const postalAddressInput = z
  .object({
    line1: requiredText('Indiquez le numéro et le nom de la voie.', 200, 'L’adresse est limitée à 200 caractères.'),
    line2: z
      .string()
      .trim()
      .max(200, { error: 'Le complément d’adresse est limité à 200 caractères.' })
      .transform((text) => (text === '' ? null : text))
      .nullable()
      .optional()
      .meta({ description: 'Bâtiment, étage, lieu-dit… (vide : aucun)' }),
    // French addresses only: the agencies post their letters in France (départements 01 to 98).
    postalCode: z
      .string({ error: 'Indiquez le code postal.' })
      .trim()
      .regex(/^(?!00)\d{5}$/, { error: 'Le code postal comporte 5 chiffres, par exemple 94000.' }),
    city: requiredText('Indiquez la ville.', 100, 'Le nom de la ville est limité à 100 caractères.'),
  })
  .meta({ description: 'Adresse postale en France' });

export const detailsPatch = z
  .strictObject({
    mobilePhone: phoneField('mobile').optional(),
    landlinePhone: phoneField('landline').optional(),
    address: postalAddressInput.optional(),
    preferredContactChannel: contactChannel.optional(),
    councilContactConsent: z.boolean({ error: 'Répondez par oui ou par non.' }).optional(),
    currentPassword: z
      .string()
      .max(PASSWORD_MAX_LENGTH * 4)
      .optional()
      .meta({ description: 'Obligatoire pour changer le mobile quand le compte a un mot de passe' }),
  })
  .meta({ description: 'Les champs absents ne changent pas' });

const postalAddress = z
  .object({
    line1: z.string().nullable(),
    line2: z.string().nullable(),
    postalCode: z.string().nullable(),
    city: z.string().nullable(),
  })
  .meta({ id: 'PostalAddress' });

export const profileDetails = z
  .object({
    civility: z.enum(['M', 'MME', 'M_ET_MME', 'MM', 'MMES', 'SOCIETE']),
    displayName: z.string().meta({ examples: ['M. et Mme Allouard'] }),
    mobilePhone: z.string().nullable(),
    landlinePhone: z.string().nullable(),
    address: postalAddress,
    preferredContactChannel: contactChannel,
    councilContactConsent: z.boolean(),
    councilContactConsentAt: z.iso.datetime().nullable(),
    email: z.string().nullable().meta({ description: 'L’adresse du compte, en vigueur' }),
    pendingEmail: z
      .object({ email: z.string(), expiresAt: z.iso.datetime() })
      .nullable()
      .meta({ description: 'Nouvelle adresse en attente de confirmation (voir POST /api/me/email)' }),
    hasPassword: z.boolean().meta({ description: 'Le mot de passe actuel sera demandé pour changer le mobile' }),
    managers: z
      .array(
        z.object({ agencyId: z.string(), name: z.string(), email: z.string(), phone: z.string().nullable() }).meta({
          id: 'AgencyManager',
        }),
      )
      .meta({ description: 'Les gestionnaires des dossiers de la personne aujourd’hui (copropriétés, gérance, location)' }),
  })
  .meta({ id: 'ProfileDetails' });

export const detailField = z
  .enum([
    'mobilePhone',
    'landlinePhone',
    'addressLine1',
    'addressLine2',
    'postalCode',
    'city',
    'preferredContactChannel',
    'councilContactConsent',
  ])
  .meta({ id: 'PersonDetailField' });

export const detailChanges = z
  .object({
    changes: z.array(
      z
        .object({
          id: z.string(),
          field: detailField,
          previousValue: z.string().nullable(),
          newValue: z.string().nullable(),
          changedAt: z.iso.datetime(),
          changedBy: z.object({
            kind: z.enum(['client', 'staff', 'unknown']).meta({
              description: 'client : la personne elle-même ; staff : un collaborateur d’agence ; unknown : import ou reprise',
            }),
            name: z.string().nullable().meta({ description: 'Le nom du collaborateur, s’il est de votre agence' }),
          }),
        })
        .meta({ id: 'PersonDetailChange' }),
    ),
  })
  .meta({ id: 'PersonDetailChanges', description: 'Les plus récentes d’abord ; booléens en "true" / "false"' });

export const personParams = z.object({ personId: z.uuid({ error: 'Identifiant de client invalide.' }) });

export type DetailsPatch = z.infer<typeof detailsPatch>;
export type ProfileDetails = z.infer<typeof profileDetails>;
export type DetailField = z.infer<typeof detailField>;
export type DetailChanges = z.infer<typeof detailChanges>;
