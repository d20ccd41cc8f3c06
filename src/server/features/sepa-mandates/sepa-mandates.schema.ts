import { z } from 'zod';

const cents = (description: string) => z.number().int().meta({ description });
const instant = (description: string) => z.string().meta({ description, examples: ['2026-11-22T10:00:00.000Z'] });

export const payableAccount = z
  .object({
    key: z.string().meta({ examples: ['coOwner:…'] }),
    label: z.string().meta({ examples: ['Copropriété Les Tilleuls'] }),
    balanceCents: cents('Crédit − débit des comptes 450 de la personne : négatif = elle doit'),
    payable: z.boolean().meta({ description: 'Le prélèvement SEPA est possible (compte bancaire et ICS du créancier connus)' }),
    reason: z.string().nullable().meta({ description: 'Pourquoi le prélèvement n’est pas possible' }),
    creditorName: z.string().nullable(),
    creditorIdentifier: z.string().nullable().meta({ description: 'ICS' }),
  })
  .meta({ id: 'DirectDebitAccount' });

export const mandate = z
  .object({
    id: z.string(),
    accountKey: z.string().nullable(),
    reference: z.string().meta({ description: 'RUM' }),
    mode: z.enum(['automatic', 'manual']),
    sequence: z.enum(['recurrent', 'one_off']),
    status: z.enum(['active', 'revoked', 'lapsed']),
    debtorName: z.string(),
    ibanMasked: z.string().meta({ examples: ['FR76 **** **** **** **** ***0 189'] }),
    bic: z.string().nullable(),
    signedAt: instant('Date et heure de signature'),
    signaturePlace: z.string(),
    revokedAt: z.string().nullable(),
    documentId: z.string().nullable().meta({ description: 'Le mandat signé (PDF) par /api/documents/:id/file' }),
    scheduledDebits: z.array(
      z.object({ amountCents: cents('Montant'), collectionDate: z.string(), status: z.string(), sequenceType: z.string() }),
    ),
  })
  .meta({ id: 'SepaMandate' });

export const options = z
  .object({
    accounts: z.array(payableAccount),
    mandates: z.array(mandate),
    person: z.object({
      name: z.string(),
      address: z.string().meta({ description: 'Adresse sur le dossier, une ligne par ligne postale' }),
      mobile: z.string().nullable().meta({ description: 'Mobile masqué qui recevra le code, ou null' }),
    }),
  })
  .meta({ id: 'DirectDebitOptions' });

const iban = z
  .string()
  .max(60)
  .meta({ examples: ['FR76 3000 6000 0112 3456 7890 189'] });
const bic = z
  .string()
  .max(20)
  .optional()
  .meta({ examples: ['AGRIFRPP'] });

export const summaryBody = z.object({
  accountKey: z.string().min(1).max(200),
  mode: z.enum(['automatic', 'manual']),
  debtorName: z.string().trim().min(1, 'Saisissez le nom du titulaire du compte.').max(140),
  address: z.string().trim().min(1, 'Saisissez votre adresse.').max(400),
  iban,
  bic,
});

export const challenge = z.object({
  challengeId: z.string(),
  sentTo: z.string().meta({ examples: ['06 •• •• •• 78'] }),
  expiresAt: instant('Le code ne sert plus après'),
  resendAfter: instant('Un nouveau code peut être demandé à partir de'),
});

export const summary = challenge
  .extend({
    summaryText: z.string().meta({ description: 'Le texte complet du mandat à signer' }),
    summaryHash: z.string().meta({ description: 'SHA-256 du texte (hexadécimal)' }),
    bankName: z.string().nullable(),
  })
  .meta({ id: 'DirectDebitSummary' });

export const challengeParams = z.object({ id: z.uuid('Demande de code inconnue.') });
export const mandateParams = z.object({ id: z.uuid('Mandat inconnu.') });

const code = z.string().regex(/^\d{4}$/, 'Saisissez le code à 4 chiffres reçu par SMS.');
export const signBody = z.object({ challengeId: z.uuid('Demande de code inconnue.'), code });
export const bankDetailsBody = z.object({ iban, bic });
export const bankDetailsSummary = challenge
  .extend({ ibanMasked: z.string(), bankName: z.string().nullable() })
  .meta({ id: 'BankDetailsChallenge' });

export type SummaryBody = z.infer<typeof summaryBody>;
export type Mandate = z.infer<typeof mandate>;
export type DirectDebitOptions = z.infer<typeof options>;
