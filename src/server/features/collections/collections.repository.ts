import { and, asc, desc, eq, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { personNameColumns } from '../../db/person-columns.ts';
import {
  accounts,
  agencies,
  bankAccounts,
  clientReferences,
  collectionRuns,
  condominiums,
  directDebits,
  leases,
  ledgers,
  persons,
  sepaMandates,
} from '../../db/schema/index.ts';

export type RunRow = typeof collectionRuns.$inferSelect;
export type NewDirectDebit = Omit<typeof directDebits.$inferInsert, 'id' | 'createdAt'>;

/** Not yet paid nor returned: what is already on its way to the debtor's bank. */
export const PENDING_STATUSES = ['scheduled', 'prenotified', 'submitted'] as const;

export async function listCreditorAccounts(db: Executor, agencyId: string) {
  return db
    .select({
      id: bankAccounts.id,
      holderName: bankAccounts.holderName,
      iban: bankAccounts.iban,
      creditorId: bankAccounts.creditorId,
      ledgerName: ledgers.name,
    })
    .from(bankAccounts)
    .innerJoin(ledgers, eq(ledgers.id, bankAccounts.ledgerId))
    .where(eq(bankAccounts.agencyId, agencyId))
    .orderBy(asc(ledgers.name));
}

/** The agency's account, locked: two preparations for the same account run one after the other. */
export async function lockCreditorAccount(tx: Executor, agencyId: string, id: string) {
  const [row] = await tx
    .select({
      id: bankAccounts.id,
      agencyId: bankAccounts.agencyId,
      holderName: bankAccounts.holderName,
      iban: bankAccounts.iban,
      bic: bankAccounts.bic,
      creditorId: bankAccounts.creditorId,
      agencyName: agencies.name,
    })
    .from(bankAccounts)
    .innerJoin(agencies, eq(agencies.id, bankAccounts.agencyId))
    .where(and(eq(bankAccounts.id, id), eq(bankAccounts.agencyId, agencyId)))
    .for('update', { of: bankAccounts });
  return row;
}

export async function findPreparedRun(tx: Executor, creditorAccountId: string, collectionDate: string) {
  const [row] = await tx
    .select()
    .from(collectionRuns)
    .where(
      and(
        eq(collectionRuns.creditorAccountId, creditorAccountId),
        eq(collectionRuns.collectionDate, collectionDate),
        eq(collectionRuns.status, 'prepared'),
      ),
    )
    .limit(1);
  return row;
}

export async function insertRun(tx: Executor, values: Omit<typeof collectionRuns.$inferInsert, 'id' | 'createdAt'>) {
  const [row] = await tx.insert(collectionRuns).values(values).returning();
  if (!row) throw new Error('collection run insert returned no row');
  return row;
}

/** The active automatic mandates paying into the account, with what names the debit for the debtor. */
export async function listAutomaticMandates(tx: Executor, creditorAccountId: string) {
  return tx
    .select({
      id: sepaMandates.id,
      agencyId: sepaMandates.agencyId,
      personId: sepaMandates.personId,
      condominiumId: sepaMandates.condominiumId,
      leaseId: sepaMandates.leaseId,
      leaseReference: leases.reference,
      sequence: sepaMandates.sequence,
      lastCollectedOn: sepaMandates.lastCollectedOn,
    })
    .from(sepaMandates)
    .leftJoin(leases, eq(leases.id, sepaMandates.leaseId))
    .where(
      and(
        eq(sepaMandates.creditorAccountId, creditorAccountId),
        eq(sepaMandates.status, 'active'),
        eq(sepaMandates.mode, 'automatic'),
      ),
    )
    .orderBy(asc(sepaMandates.createdAt));
}

/**
 * The amount of collections not yet paid on one account: the person's in a condominium, or any co-tenant's on a
 * lease (the lease's 411 account is shared by its tenants).
 */
export async function pendingCents(
  tx: Executor,
  scope: { personId: string; condominiumId: string | null; leaseId: string | null },
): Promise<number> {
  const [row] = await tx
    .select({ total: sql<string>`coalesce(sum(${directDebits.amountCents}), 0)` })
    .from(directDebits)
    .innerJoin(sepaMandates, eq(sepaMandates.id, directDebits.mandateId))
    .where(
      and(
        scope.leaseId
          ? eq(sepaMandates.leaseId, scope.leaseId)
          : and(eq(sepaMandates.personId, scope.personId), eq(sepaMandates.condominiumId, scope.condominiumId ?? '')),
        inArray(directDebits.status, [...PENDING_STATUSES]),
      ),
    );
  return Number(row?.total ?? 0);
}

/** Mandates that already have a collection on its way or paid: their next one is RCUR. */
export async function presentedMandates(tx: Executor, mandateIds: string[]): Promise<Set<string>> {
  if (mandateIds.length === 0) return new Set();
  const rows = await tx
    .selectDistinct({ id: directDebits.mandateId })
    .from(directDebits)
    .where(and(inArray(directDebits.mandateId, mandateIds), inArray(directDebits.status, ['prenotified', 'submitted', 'paid'])));
  return new Set(rows.map((row) => row.id));
}

/** Mandates with a collection already in the run: one collection per mandate and file. */
export async function mandatesInRun(tx: Executor, runId: string): Promise<Set<string>> {
  const rows = await tx
    .selectDistinct({ id: directDebits.mandateId })
    .from(directDebits)
    .where(eq(directDebits.collectionRunId, runId));
  return new Set(rows.map((row) => row.id));
}

export async function clientReferencesOf(db: Executor, agencyId: string, personIds: string[]): Promise<Map<string, string>> {
  if (personIds.length === 0) return new Map();
  const rows = await db
    .select({ personId: clientReferences.personId, reference: clientReferences.reference })
    .from(clientReferences)
    .where(and(eq(clientReferences.agencyId, agencyId), inArray(clientReferences.personId, personIds)))
    .orderBy(asc(clientReferences.createdAt));
  const references = new Map<string, string>();
  for (const row of rows) if (!references.has(row.personId)) references.set(row.personId, row.reference);
  return references;
}

export async function insertDebits(tx: Executor, values: NewDirectDebit[]): Promise<void> {
  if (values.length > 0) await tx.insert(directDebits).values(values);
}

/**
 * Collections already decided but in no run (one-off collections of manual mandates, returned debits presented
 * again) due on or before the run's date join it, at its date. A notice sent for another date is sent again.
 */
export async function attachWaitingDebits(tx: Executor, creditorAccountId: string, runId: string, collectionDate: string) {
  const rows = await tx
    .update(directDebits)
    .set({
      collectionRunId: runId,
      status: sql`case when ${directDebits.collectionDate} = ${collectionDate}::date then ${directDebits.status} else 'scheduled'::direct_debit_status end`,
      collectionDate,
    })
    .where(
      and(
        isNull(directDebits.collectionRunId),
        inArray(directDebits.status, ['scheduled', 'prenotified']),
        lte(directDebits.collectionDate, collectionDate),
        inArray(
          directDebits.mandateId,
          tx
            .select({ id: sepaMandates.id })
            .from(sepaMandates)
            .where(and(eq(sepaMandates.creditorAccountId, creditorAccountId), eq(sepaMandates.status, 'active'))),
        ),
      ),
    )
    .returning({ id: directDebits.id });
  return rows.length;
}

/**
 * Who is written to about a debit: the debtor's login email and name, the creditor and the agency's names —
 * the same for a pre-notification and for a payment or return notice (collections.settlement.repository.ts).
 */
export const debtorContactColumns = {
  email: accounts.email,
  ...personNameColumns,
  creditorName: bankAccounts.holderName,
  creditorIdentifier: bankAccounts.creditorId,
  agencyName: agencies.name,
};

/** Everything the pre-notification of a debit says, and to whom. */
const noticeColumns = {
  id: directDebits.id,
  amountCents: directDebits.amountCents,
  collectionDate: directDebits.collectionDate,
  remittanceInformation: directDebits.remittanceInformation,
  mandateReference: sepaMandates.mandateReference,
  agencyId: sepaMandates.agencyId,
  ...debtorContactColumns,
};

function noticeQuery(tx: Executor) {
  return tx
    .select(noticeColumns)
    .from(directDebits)
    .innerJoin(sepaMandates, eq(sepaMandates.id, directDebits.mandateId))
    .innerJoin(persons, eq(persons.id, sepaMandates.personId))
    .leftJoin(accounts, eq(accounts.personId, persons.id))
    .innerJoin(bankAccounts, eq(bankAccounts.id, sepaMandates.creditorAccountId))
    .innerJoin(agencies, eq(agencies.id, sepaMandates.agencyId));
}

export type DebitNoticeRow = Awaited<ReturnType<typeof claimRunDebitsToNotify>>[number];

export async function claimRunDebitsToNotify(tx: Executor, runId: string) {
  return noticeQuery(tx)
    .where(and(eq(directDebits.collectionRunId, runId), eq(directDebits.status, 'scheduled')))
    .orderBy(asc(directDebits.id))
    .for('update', { of: directDebits });
}

/**
 * Scheduled debits of active mandates due by `until`, locked; rows another run of the job holds are skipped, so
 * no debtor is told twice.
 */
export async function claimScheduledDebits(tx: Executor, until: string, limit: number) {
  return noticeQuery(tx)
    .where(and(eq(directDebits.status, 'scheduled'), lte(directDebits.collectionDate, until), eq(sepaMandates.status, 'active')))
    .orderBy(asc(directDebits.collectionDate), asc(directDebits.id))
    .limit(limit)
    .for('update', { of: directDebits, skipLocked: true });
}

export async function markPrenotified(tx: Executor, ids: string[], at: Date): Promise<void> {
  if (ids.length === 0) return;
  await tx.update(directDebits).set({ status: 'prenotified', prenotifiedAt: at }).where(inArray(directDebits.id, ids));
}

const runTotals = {
  id: collectionRuns.id,
  agencyId: collectionRuns.agencyId,
  creditorAccountId: collectionRuns.creditorAccountId,
  collectionDate: collectionRuns.collectionDate,
  messageId: collectionRuns.messageId,
  status: collectionRuns.status,
  bankFileId: collectionRuns.bankFileId,
  createdAt: collectionRuns.createdAt,
  creditorName: bankAccounts.holderName,
  debitCount: sql<number>`(select count(*)::int from ${directDebits} where ${directDebits.collectionRunId} = ${collectionRuns.id})`,
  totalCents: sql<number>`(select coalesce(sum(${directDebits.amountCents}), 0)::int from ${directDebits} where ${directDebits.collectionRunId} = ${collectionRuns.id})`,
};

export type RunWithTotals = Awaited<ReturnType<typeof listRuns>>[number];

export async function listRuns(db: Executor, agencyId: string) {
  return db
    .select(runTotals)
    .from(collectionRuns)
    .innerJoin(bankAccounts, eq(bankAccounts.id, collectionRuns.creditorAccountId))
    .where(eq(collectionRuns.agencyId, agencyId))
    .orderBy(desc(collectionRuns.collectionDate), desc(collectionRuns.createdAt))
    .limit(200);
}

export async function findRun(db: Executor, agencyId: string, runId: string) {
  const [row] = await db
    .select(runTotals)
    .from(collectionRuns)
    .innerJoin(bankAccounts, eq(bankAccounts.id, collectionRuns.creditorAccountId))
    .where(and(eq(collectionRuns.id, runId), eq(collectionRuns.agencyId, agencyId)));
  return row;
}

export async function lockRun(tx: Executor, agencyId: string, runId: string) {
  const [row] = await tx
    .select()
    .from(collectionRuns)
    .where(and(eq(collectionRuns.id, runId), eq(collectionRuns.agencyId, agencyId)))
    .for('update');
  return row;
}

export async function updateRun(tx: Executor, runId: string, values: Partial<Pick<RunRow, 'status' | 'bankFileId'>>) {
  await tx.update(collectionRuns).set(values).where(eq(collectionRuns.id, runId));
}

export async function submitDebits(tx: Executor, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await tx
    .update(directDebits)
    .set({ status: 'submitted' })
    .where(and(inArray(directDebits.id, ids), inArray(directDebits.status, ['scheduled', 'prenotified'])));
}

/** A debit as staff see it: its debtor, mandate (with what the bank file needs), account and new presentation. */
const debitColumns = {
  id: directDebits.id,
  collectionRunId: directDebits.collectionRunId,
  amountCents: directDebits.amountCents,
  collectionDate: directDebits.collectionDate,
  sequenceType: directDebits.sequenceType,
  status: directDebits.status,
  endToEndId: directDebits.endToEndId,
  remittanceInformation: directDebits.remittanceInformation,
  prenotifiedAt: directDebits.prenotifiedAt,
  returnReasonCode: directDebits.returnReasonCode,
  returnedAt: directDebits.returnedAt,
  representsDebitId: directDebits.representsDebitId,
  createdAt: directDebits.createdAt,
  personId: sepaMandates.personId,
  agencyId: sepaMandates.agencyId,
  mandateReference: sepaMandates.mandateReference,
  mandateStatus: sepaMandates.status,
  mandateRevokedAt: sepaMandates.revokedAt,
  mandateSignedAt: sepaMandates.signedAt,
  debtorName: sepaMandates.debtorName,
  debtorIban: sepaMandates.iban,
  debtorBic: sepaMandates.bic,
  condominiumName: condominiums.name,
  leaseReference: leases.reference,
};

export type DebitRow = Awaited<ReturnType<typeof listRunDebits>>[number];

function debitQuery(db: Executor) {
  return db
    .select(debitColumns)
    .from(directDebits)
    .innerJoin(sepaMandates, eq(sepaMandates.id, directDebits.mandateId))
    .leftJoin(condominiums, eq(condominiums.id, sepaMandates.condominiumId))
    .leftJoin(leases, eq(leases.id, sepaMandates.leaseId));
}

export async function listRunDebits(db: Executor, runId: string) {
  return debitQuery(db)
    .where(eq(directDebits.collectionRunId, runId))
    .orderBy(asc(sepaMandates.debtorName), asc(directDebits.id));
}

export async function listWaitingDebits(db: Executor, agencyId: string) {
  return debitQuery(db)
    .where(
      and(
        eq(sepaMandates.agencyId, agencyId),
        isNull(directDebits.collectionRunId),
        inArray(directDebits.status, ['scheduled', 'prenotified']),
      ),
    )
    .orderBy(asc(directDebits.collectionDate), asc(directDebits.id))
    .limit(500);
}

export async function findAgencyDebit(db: Executor, agencyId: string, debitId: string) {
  const [row] = await debitQuery(db).where(and(eq(directDebits.id, debitId), eq(sepaMandates.agencyId, agencyId)));
  return row;
}

/** The new presentations of the given returned debits. */
export async function listRepresentations(db: Executor, debitIds: string[]) {
  if (debitIds.length === 0) return [];
  return db
    .select({
      id: directDebits.id,
      representsDebitId: directDebits.representsDebitId,
      collectionDate: directDebits.collectionDate,
      status: directDebits.status,
    })
    .from(directDebits)
    .where(inArray(directDebits.representsDebitId, debitIds))
    .orderBy(asc(directDebits.createdAt));
}

export async function findBankAccountForFile(db: Executor, id: string) {
  const [row] = await db
    .select({
      holderName: bankAccounts.holderName,
      iban: bankAccounts.iban,
      bic: bankAccounts.bic,
      creditorId: bankAccounts.creditorId,
      agencyName: agencies.name,
    })
    .from(bankAccounts)
    .innerJoin(agencies, eq(agencies.id, bankAccounts.agencyId))
    .where(eq(bankAccounts.id, id));
  return row;
}
