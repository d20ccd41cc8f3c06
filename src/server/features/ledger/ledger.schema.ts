import { z } from 'zod';

const cents = (description: string) => z.number().int().meta({ description });

export const financeAccount = z
  .object({
    key: z.string().meta({ description: 'Identifiant du compte, à rappeler pour son relevé', examples: ['coOwner:…'] }),
    kind: z.enum(['coOwner', 'tenant', 'landlord']),
    label: z.string().meta({
      examples: ['Copropriété du 100 avenue Anatole France, 100 avenue Anatole France 1 rue Marc Sangnier, 94000 Créteil'],
    }),
    balanceCents: cents('Crédit − débit du point de vue de la personne : négatif = elle doit'),
    balanceDate: z.string().meta({ description: 'Date du solde (aujourd’hui)', examples: ['2026-11-22'] }),
    directDebitInProgress: z.boolean().meta({ description: 'Un mandat de prélèvement SEPA est actif pour ce bien' }),
  })
  .meta({ id: 'FinanceAccount' });

export const financeOverview = z
  .object({ accounts: z.array(financeAccount), globalBalanceCents: cents('Somme des soldes des comptes') })
  .meta({ id: 'FinanceOverview' });

export const statementQuery = z.object({
  account: z.string().min(1).max(200),
  year: z.coerce.number().int().min(1990).max(2100).optional(),
});

export const exportQuery = statementQuery.extend({ format: z.enum(['pdf', 'csv', 'xlsx']) });

export const statementLine = z
  .object({
    id: z.string(),
    date: z.string().meta({ examples: ['2026-01-01'] }),
    label: z.string().meta({ examples: ['Prov./Chg courante 01/01/2026'] }),
    amountCents: cents('Signé du point de vue de la personne : négatif = appelé, positif = réglé'),
    balanceCents: cents('Solde courant après cette ligne'),
    documentId: z.string().nullable().meta({ description: 'Pièce à télécharger par /api/documents/:id/file' }),
  })
  .meta({ id: 'StatementLine' });

export const statement = z
  .object({
    account: financeAccount,
    year: z.number().int(),
    years: z.array(z.number().int()).meta({ description: 'Années disponibles, la plus récente d’abord' }),
    openingBalanceCents: cents('Solde au 1er janvier de l’année'),
    closingBalanceCents: cents('Solde au 31 décembre (ou aujourd’hui)'),
    lines: z.array(statementLine),
  })
  .meta({ id: 'Statement' });

const importLine = z.object({
  accountCode: z.string().regex(/^\d{3,8}$/),
  personReference: z.string().min(1).max(40).optional(),
  debitCents: z.number().int().min(0),
  creditCents: z.number().int().min(0),
  label: z.string().max(200).optional(),
});

export const importBody = z
  .object({
    condominiumId: z.uuid(),
    entries: z
      .array(
        z.object({
          externalId: z.string().min(1).max(120),
          journal: z.string().min(1).max(8),
          date: z.iso.date(),
          label: z.string().min(1).max(200),
          lines: z.array(importLine).min(2).max(500),
        }),
      )
      .min(1)
      .max(2000),
  })
  .meta({ id: 'LedgerImport' });

export const importResult = z
  .object({ created: z.number().int(), unchanged: z.number().int() })
  .meta({ id: 'LedgerImportResult' });

export type FinanceAccount = z.infer<typeof financeAccount>;
export type FinanceOverview = z.infer<typeof financeOverview>;
export type Statement = z.infer<typeof statement>;
export type ImportBody = z.infer<typeof importBody>;
