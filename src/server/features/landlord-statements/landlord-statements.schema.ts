import { z } from 'zod';

export const issueInput = z
  .object({
    periodStart: z.iso.date({ error: 'Indiquez le premier jour de la période.' }),
    periodEnd: z.iso.date({ error: 'Indiquez le dernier jour de la période.' }),
  })
  .meta({ id: 'LandlordStatementIssue' });

const statementFields = {
  id: z.string(),
  periodStart: z.iso.date(),
  periodEnd: z.iso.date(),
  periodLabel: z.string().meta({ description: '« octobre 2026 », « 3e trimestre 2026 »…' }),
  mandateReference: z.string(),
  feeRateBasisPoints: z.number().int(),
  transferredCents: z.number().int().meta({ description: 'Montant reversé au propriétaire' }),
  feesCents: z.number().int().meta({ description: 'Honoraires TTC' }),
  feesVatCents: z.number().int().meta({ description: 'TVA comprise dans les honoraires' }),
  feesExcludingVatCents: z.number().int(),
  documentId: z.string().nullable(),
  issuedAt: z.iso.datetime({ offset: true }),
};

export const staffStatement = z
  .object({
    ...statementFields,
    landlord: z.object({ id: z.string(), name: z.string() }),
    versionId: z.string().nullable(),
  })
  .meta({ id: 'StaffLandlordStatement' });

export const staffStatementList = z.object({ statements: z.array(staffStatement) }).meta({ id: 'StaffLandlordStatementList' });

export const issueResult = z
  .object({
    createdCount: z.number().int().meta({ description: 'Comptes rendus émis par cette demande (0 si la période l’était déjà)' }),
    statements: z.array(staffStatement).meta({ description: 'Tous les comptes rendus de la période' }),
  })
  .meta({ id: 'LandlordStatementIssueResult' });

export const landlordStatement = z.object(statementFields).meta({ id: 'LandlordStatement' });

export const landlordStatementList = z.object({ statements: z.array(landlordStatement) }).meta({ id: 'LandlordStatementList' });

export type IssueInput = z.infer<typeof issueInput>;
export type StaffStatement = z.infer<typeof staffStatement>;
