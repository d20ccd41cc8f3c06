import { z } from 'zod';

const cents = (description: string) => z.number().int().meta({ description });
const calendarDate = z.iso.date({ error: 'Date invalide (AAAA-MM-JJ attendu).' });

/** Whose account: a co-owner in a condominium (personId + condominiumId) or a lease (leaseId, personId optional). */
const accountFields = {
  personId: z.uuid().optional().meta({ description: 'Le copropriétaire, ou l’un des locataires du bail' }),
  condominiumId: z.uuid().optional().meta({ description: 'La copropriété (compte de copropriétaire)' }),
  leaseId: z.uuid().optional().meta({ description: 'Le bail (compte de locataire)' }),
};

const namesOneAccount = (value: {
  personId?: string | undefined;
  condominiumId?: string | undefined;
  leaseId?: string | undefined;
}) => Boolean(value.leaseId) !== Boolean(value.condominiumId) && (Boolean(value.leaseId) || Boolean(value.personId));
const accountMessage = {
  error: 'Indiquez soit un copropriétaire et sa copropriété (personId et condominiumId), soit un bail (leaseId).',
  path: ['leaseId'],
};

export const paymentMethod = z.enum(['virement', 'chèque', 'espèces', 'carte']);

export const recordPaymentInput = z
  .object({
    ...accountFields,
    amountCents: z.number().int().positive({ error: 'Le montant doit être positif.' }).max(100_000_000),
    paidOn: calendarDate,
    method: paymentMethod,
    reference: z.string().trim().max(80).optional().meta({ description: 'N° de chèque, référence du virement…' }),
  })
  .refine(namesOneAccount, accountMessage)
  .meta({ id: 'RecordPaymentInput' });

export const accountRef = z
  .object({
    kind: z.enum(['coOwner', 'tenant']),
    personId: z.string(),
    condominiumId: z.string().nullable(),
    leaseId: z.string().nullable(),
    label: z.string().meta({ description: 'La copropriété, ou la référence du bail' }),
  })
  .meta({ id: 'PaymentAccountRef' });

export const recordedPayment = z
  .object({
    entryId: z.string(),
    created: z.boolean().meta({ description: 'Faux quand la même clé d’idempotence a déjà enregistré ce règlement' }),
    amountCents: cents('Montant réglé'),
    paidOn: z.string(),
    label: z.string().meta({ examples: ['Règlement par chèque n° 1234567'] }),
    balanceCents: cents('Solde du compte après le règlement (négatif = reste dû)'),
  })
  .meta({ id: 'RecordedPayment' });

export const bankAccountParams = z.object({ id: z.uuid({ error: 'Compte bancaire introuvable.' }) });
export const transactionParams = z.object({ id: z.uuid({ error: 'Opération introuvable.' }) });

export const bankAccountView = z
  .object({
    id: z.string(),
    holderName: z.string(),
    ibanMasked: z.string().meta({ examples: ['FR76 •••• •••• •••• •••• •••0 189'] }),
    bic: z.string().nullable(),
    kind: z.enum(['condominium', 'rental']),
    ledgerName: z.string().meta({ description: 'La copropriété, ou la gérance de l’agence' }),
    toReviewCount: z.number().int().meta({ description: 'Opérations à rapprocher à la main' }),
  })
  .meta({ id: 'BankAccount' });
export const bankAccountList = z.object({ accounts: z.array(bankAccountView) }).meta({ id: 'BankAccountList' });

export const importResult = z
  .object({
    importId: z.string().nullable().meta({ description: 'Nul quand tout le relevé avait déjà été importé' }),
    format: z.enum(['camt053', 'csv']),
    counts: z.object({
      lines: z.number().int(),
      new: z.number().int(),
      alreadyImported: z.number().int(),
      matched: z.number().int().meta({ description: 'Virements affectés à un client' }),
      collections: z.number().int().meta({ description: 'Encaissements de nos prélèvements' }),
      returns: z.number().int().meta({ description: 'Prélèvements rejetés (R-transactions)' }),
      unmatched: z.number().int().meta({ description: 'À rapprocher à la main' }),
    }),
  })
  .meta({ id: 'BankStatementImportResult' });

export const statementForm = z
  .object({ file: z.file().meta({ description: 'Relevé CAMT.053 (XML) ou export CSV, 5 Mo au plus' }) })
  .meta({ id: 'BankStatementForm' });

export const transactionsQuery = z.object({ status: z.enum(['matched', 'unmatched', 'ignored']).optional() });

export const candidateView = z
  .object({
    personId: z.string(),
    name: z.string(),
    reference: z.string().nullable(),
    account: accountRef,
    owedCents: cents('Ce que la personne doit sur ce compte'),
    reasons: z.array(z.enum(['amount', 'name'])).meta({ description: 'Doit exactement ce montant, nom proche de l’émetteur' }),
  })
  .meta({ id: 'BankTransactionCandidate' });

export const transactionView = z
  .object({
    id: z.string(),
    bookingDate: z.string(),
    amountCents: cents('Positif : reçu ; négatif : payé'),
    counterpartyName: z.string().nullable(),
    counterpartyIbanMasked: z.string().nullable(),
    remittanceInformation: z.string().nullable(),
    endToEndId: z.string().nullable(),
    returnReasonCode: z.string().nullable(),
    status: z.enum(['matched', 'unmatched', 'ignored']),
    matchedPerson: z.object({ id: z.string(), name: z.string(), reference: z.string().nullable() }).nullable(),
    directDebitId: z.string().nullable(),
    reviewedAt: z.string().nullable(),
    candidates: z.array(candidateView).meta({ description: 'Pour un versement à rapprocher : les clients probables' }),
  })
  .meta({ id: 'BankTransaction' });
export const transactionList = z
  .object({ account: bankAccountView, transactions: z.array(transactionView) })
  .meta({ id: 'BankTransactionList' });

export const clientAccountsQuery = z.object({
  q: z.string().trim().max(100).optional().meta({ description: 'Nom ou référence client, sans accents ni majuscules' }),
});
export const clientAccountList = z.object({ accounts: z.array(candidateView) }).meta({ id: 'BankClientAccountList' });

export const assignInput = z.object(accountFields).refine(namesOneAccount, accountMessage).meta({ id: 'BankTransactionAssign' });

/* Reminders */

export const overdueAccountView = z
  .object({
    personId: z.string(),
    name: z.string(),
    reference: z.string().nullable(),
    hasEmail: z.boolean(),
    account: accountRef,
    owedCents: cents('Total dû'),
    overdueSince: z.string().meta({ description: 'Échéance du plus ancien appel impayé' }),
    unpaidCalls: z.array(z.object({ date: z.string(), label: z.string(), remainingCents: z.number().int() })),
    lastReminder: z.object({ sentAt: z.string(), level: z.number().int() }).nullable(),
    mayRemind: z.boolean().meta({ description: 'Faux si une relance est partie il y a moins de 15 jours' }),
  })
  .meta({ id: 'OverdueAccount' });
export const overdueList = z.object({ accounts: z.array(overdueAccountView) }).meta({ id: 'OverdueAccountList' });

export const sendRemindersInput = z
  .object({
    all: z.boolean().optional(),
    items: z.array(z.object(accountFields).refine(namesOneAccount, accountMessage)).max(500).optional(),
  })
  .refine((value) => value.all === true || (value.items?.length ?? 0) > 0, {
    error: 'Choisissez les comptes à relancer, ou « all » pour tous.',
    path: ['items'],
  })
  .meta({ id: 'SendRemindersInput' });

export const sendRemindersResult = z
  .object({
    sent: z.number().int(),
    skipped: z.array(z.object({ personId: z.string(), name: z.string(), reason: z.enum(['recent', 'no_email', 'not_overdue']) })),
  })
  .meta({ id: 'SendRemindersResult' });

export type RecordPaymentInput = z.infer<typeof recordPaymentInput>;
export type TransactionView = z.infer<typeof transactionView>;
export type OverdueAccountView = z.infer<typeof overdueAccountView>;
