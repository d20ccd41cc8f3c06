import { z } from 'zod';

const day = (missing: string) => z.iso.date({ error: missing });

export const runParams = z.object({ runId: z.uuid({ error: 'Remise de prélèvements inconnue.' }) });
export const debitParams = z.object({ debitId: z.uuid({ error: 'Prélèvement inconnu.' }) });

export const createRunInput = z.object({
  bankAccountId: z.uuid({ error: 'Choisissez le compte bancaire créancier.' }),
  collectionDate: day('Indiquez la date de prélèvement (AAAA-MM-JJ).'),
});

export const fileQuery = z.object({
  version: z
    .enum(['pain.008.001.02', 'pain.008.001.08'], { error: 'Version du fichier : pain.008.001.02 ou pain.008.001.08.' })
    .default('pain.008.001.02'),
});

export const settleInput = z.object({ paidOn: day('Indiquez la date du paiement (AAAA-MM-JJ).') });

export const returnInput = z.object({
  reasonCode: z
    .string({ error: 'Choisissez le motif du rejet.' })
    .trim()
    .regex(/^[A-Za-z0-9]{4}$/, { error: 'Le motif du rejet est un code de 4 caractères (ex. AM04).' }),
  returnedOn: day('Indiquez la date du rejet (AAAA-MM-JJ).'),
});

export const creditorAccount = z.object({
  id: z.uuid(),
  holderName: z.string(),
  ledgerName: z.string(),
  ibanMasked: z.string(),
  creditorIdentifier: z.string().nullable(),
  /** An account without a valid ICS cannot collect. */
  canCollect: z.boolean(),
});
export const creditorAccountList = z.object({ accounts: z.array(creditorAccount) });

const sequenceType = z.enum(['FRST', 'RCUR', 'OOFF', 'FNAL']);
const debitStatus = z.enum(['scheduled', 'prenotified', 'submitted', 'paid', 'returned']);
const runStatus = z.enum(['prepared', 'submitted', 'settled']);

export const directDebit = z.object({
  id: z.uuid(),
  collectionRunId: z.uuid().nullable(),
  debtorName: z.string(),
  clientReference: z.string().nullable(),
  /** The condominium's name or the lease's reference: what the debtor pays. */
  accountLabel: z.string(),
  mandateReference: z.string(),
  mandateStatus: z.enum(['active', 'revoked', 'lapsed']),
  amountCents: z.number().int(),
  collectionDate: z.string(),
  sequenceType,
  status: debitStatus,
  endToEndId: z.string(),
  remittanceInformation: z.string(),
  prenotifiedAt: z.string().nullable(),
  returnReasonCode: z.string().nullable(),
  returnReasonLabel: z.string().nullable(),
  returnedAt: z.string().nullable(),
  representsDebitId: z.uuid().nullable(),
  /** The new presentation of a returned debit, if any. */
  representedBy: z.object({ id: z.uuid(), collectionDate: z.string(), status: debitStatus }).nullable(),
  /** Not in the bank file: its mandate was revoked or has lapsed. */
  excludedReason: z.string().nullable(),
});
export type DirectDebitView = z.infer<typeof directDebit>;

export const runSummary = z.object({
  id: z.uuid(),
  collectionDate: z.string(),
  status: runStatus,
  messageId: z.string(),
  creditorAccountId: z.uuid(),
  creditorName: z.string(),
  debitCount: z.number().int(),
  totalCents: z.number().int(),
  createdAt: z.string(),
});
export type RunSummary = z.infer<typeof runSummary>;

export const runDetail = runSummary.extend({
  debits: z.array(directDebit),
  /** Per sequence type, as the bank file groups them (excluded debits left out). */
  groups: z.array(z.object({ sequenceType, count: z.number().int(), totalCents: z.number().int() })),
  excludedCount: z.number().int(),
  /** What the last request added to the run (0 when a second preparation found nothing new). */
  added: z.number().int().optional(),
});
export type RunDetail = z.infer<typeof runDetail>;

export const runList = z.object({
  runs: z.array(runSummary),
  /** Collections waiting for a run: one-off collections of manual mandates and returned debits presented again. */
  waiting: z.array(directDebit),
});
