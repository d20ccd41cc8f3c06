import { and, asc, count, desc, eq, inArray, isNotNull, or, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { clientReferenceAt, personNameColumns } from '../../db/person-columns.ts';
import {
  bankAccounts,
  bankStatementImports,
  bankTransactions,
  clientReferences,
  collectionRuns,
  condominiums,
  directDebits,
  leases,
  leaseTenants,
  ledgerEntries,
  ledgerLines,
  ledgers,
  lots,
  managedUnits,
  managementMandates,
  ownerships,
  persons,
  sepaMandates,
} from '../../db/schema/index.ts';

/* ------------------------------------------------------------------------------------------------------------
 * Client accounts a payment is credited to: a co-owner in a condominium, or a tenant of a lease.
 * ------------------------------------------------------------------------------------------------------------ */

/** The condominium of the agency, if the person holds (or held) a lot in it. */
export async function findCoOwnerAccount(db: Executor, agencyId: string, condominiumId: string, personId: string) {
  const [row] = await db
    .select({ condominiumId: condominiums.id, condominiumName: condominiums.name })
    .from(ownerships)
    .innerJoin(lots, eq(lots.id, ownerships.lotId))
    .innerJoin(condominiums, eq(condominiums.id, lots.condominiumId))
    .where(and(eq(ownerships.personId, personId), eq(condominiums.id, condominiumId), eq(condominiums.agencyId, agencyId)))
    .limit(1);
  return row;
}

/** A lease of the agency with its unit and tenants (the first signatory first). */
export async function findAgencyLease(db: Executor, agencyId: string, where: { leaseId: string } | { reference: string }) {
  const rows = await db
    .select({
      leaseId: leases.id,
      reference: leases.reference,
      managedUnitId: leases.managedUnitId,
      startDate: leases.startDate,
      tenantId: leaseTenants.personId,
    })
    .from(leases)
    .innerJoin(managedUnits, eq(managedUnits.id, leases.managedUnitId))
    .innerJoin(managementMandates, eq(managementMandates.id, managedUnits.mandateId))
    .innerJoin(leaseTenants, eq(leaseTenants.leaseId, leases.id))
    .where(
      and(
        eq(managementMandates.agencyId, agencyId),
        'leaseId' in where ? eq(leases.id, where.leaseId) : eq(leases.reference, where.reference),
      ),
    )
    .orderBy(asc(leaseTenants.personId));
  const [first] = rows;
  if (!first) return undefined;
  return {
    leaseId: first.leaseId,
    reference: first.reference,
    managedUnitId: first.managedUnitId,
    tenantIds: rows.map((row) => row.tenantId),
  };
}

/** The leases of the agency a person rents (most recent first): where a tenant's transfer is credited. */
export async function findTenantLeases(db: Executor, agencyId: string, personId: string) {
  return db
    .select({ leaseId: leases.id, managedUnitId: leases.managedUnitId, reference: leases.reference })
    .from(leaseTenants)
    .innerJoin(leases, eq(leases.id, leaseTenants.leaseId))
    .innerJoin(managedUnits, eq(managedUnits.id, leases.managedUnitId))
    .innerJoin(managementMandates, eq(managementMandates.id, managedUnits.mandateId))
    .where(and(eq(leaseTenants.personId, personId), eq(managementMandates.agencyId, agencyId)))
    .orderBy(desc(leases.startDate));
}

/** Client references of the agency (canonical form) → person. */
export async function personsByCanonicalReference(db: Executor, agencyId: string, canonical: string[]) {
  if (canonical.length === 0) return new Map<string, string>();
  const rows = await db
    .select({ canonical: clientReferences.canonical, personId: clientReferences.personId })
    .from(clientReferences)
    .where(and(eq(clientReferences.agencyId, agencyId), inArray(clientReferences.canonical, canonical)));
  return new Map(rows.map((row) => [row.canonical, row.personId]));
}

export async function personNames(db: Executor, agencyId: string, personIds: string[]) {
  if (personIds.length === 0) return [];
  return db
    .select({
      id: persons.id,
      ...personNameColumns,
      reference: clientReferences.reference,
    })
    .from(persons)
    .leftJoin(clientReferences, clientReferenceAt(agencyId))
    .where(inArray(persons.id, personIds));
}

/* ------------------------------------------------------------------------------------------------------------
 * Third-party movements: every 450x line of the agency's condominiums and 411 line of its rental ledger.
 * ------------------------------------------------------------------------------------------------------------ */

export interface MovementRow {
  ledgerId: string;
  kind: 'condominium' | 'rental';
  condominiumId: string | null;
  personId: string;
  leaseId: string | null;
  managedUnitId: string | null;
  /** The condominium's books' name, or the lease's reference: how staff and the person name the account. */
  accountLabel: string;
  date: string;
  label: string;
  debitCents: number;
  creditCents: number;
}

/** Client account lines of the agency, of one ledger when given: the standing of every account is built from them. */
export async function clientMovements(db: Executor, agencyId: string, ledgerId?: string): Promise<MovementRow[]> {
  const clientAccount = or(
    and(eq(ledgers.kind, 'condominium'), sql`${ledgerLines.accountCode} like '450%'`),
    and(eq(ledgers.kind, 'rental'), inArray(ledgerLines.accountCode, ['411', '4111']), isNotNull(ledgerLines.leaseId)),
  ) as SQL;
  const rows = await db
    .select({
      ledgerId: ledgers.id,
      kind: ledgers.kind,
      condominiumId: ledgers.condominiumId,
      personId: ledgerLines.personId,
      leaseId: ledgerLines.leaseId,
      managedUnitId: ledgerLines.managedUnitId,
      accountLabel: sql<string>`coalesce(${leases.reference}, ${ledgers.name})`,
      date: ledgerEntries.entryDate,
      label: sql<string>`coalesce(${ledgerLines.label}, ${ledgerEntries.label})`,
      debitCents: ledgerLines.debitCents,
      creditCents: ledgerLines.creditCents,
    })
    .from(ledgerLines)
    .innerJoin(ledgerEntries, eq(ledgerEntries.id, ledgerLines.entryId))
    .innerJoin(ledgers, eq(ledgers.id, ledgerEntries.ledgerId))
    .leftJoin(leases, eq(leases.id, ledgerLines.leaseId))
    .where(
      and(
        eq(ledgers.agencyId, agencyId),
        ledgerId ? eq(ledgers.id, ledgerId) : undefined,
        isNotNull(ledgerLines.personId),
        clientAccount,
      ),
    )
    .orderBy(asc(ledgerEntries.entryDate), asc(ledgerEntries.createdAt));
  return rows.map((row) => ({ ...row, personId: row.personId as string }));
}

/* ------------------------------------------------------------------------------------------------------------
 * Bank accounts, imports and their transactions.
 * ------------------------------------------------------------------------------------------------------------ */

const bankAccountColumns = {
  id: bankAccounts.id,
  agencyId: bankAccounts.agencyId,
  ledgerId: bankAccounts.ledgerId,
  holderName: bankAccounts.holderName,
  iban: bankAccounts.iban,
  bic: bankAccounts.bic,
  ledgerKind: ledgers.kind,
  ledgerName: ledgers.name,
  condominiumId: ledgers.condominiumId,
};

export type BankAccountRow = Awaited<ReturnType<typeof findBankAccount>> & {};

export async function listBankAccounts(db: Executor, agencyId: string) {
  const toReview = db
    .select({ bankAccountId: bankTransactions.bankAccountId, count: count().as('count') })
    .from(bankTransactions)
    .where(eq(bankTransactions.status, 'unmatched'))
    .groupBy(bankTransactions.bankAccountId)
    .as('to_review');
  return db
    .select({ ...bankAccountColumns, toReviewCount: sql<number>`coalesce(${toReview.count}, 0)::int` })
    .from(bankAccounts)
    .innerJoin(ledgers, eq(ledgers.id, bankAccounts.ledgerId))
    .leftJoin(toReview, eq(toReview.bankAccountId, bankAccounts.id))
    .where(eq(bankAccounts.agencyId, agencyId))
    .orderBy(asc(ledgers.name));
}

export async function findBankAccount(db: Executor, agencyId: string, id: string) {
  const [row] = await db
    .select(bankAccountColumns)
    .from(bankAccounts)
    .innerJoin(ledgers, eq(ledgers.id, bankAccounts.ledgerId))
    .where(and(eq(bankAccounts.id, id), eq(bankAccounts.agencyId, agencyId)));
  return row;
}

/** The bank account payments of a ledger arrive on (the IBAN a reminder gives). */
export async function findLedgerBankAccount(db: Executor, ledgerId: string) {
  const [row] = await db
    .select({ holderName: bankAccounts.holderName, iban: bankAccounts.iban, bic: bankAccounts.bic })
    .from(bankAccounts)
    .where(eq(bankAccounts.ledgerId, ledgerId));
  return row;
}

export async function insertImport(db: Executor, values: typeof bankStatementImports.$inferInsert) {
  const [row] = await db.insert(bankStatementImports).values(values).returning({ id: bankStatementImports.id });
  if (!row) throw new Error('bank statement import not inserted');
  return row.id;
}

/** External ids of the account already imported, among `externalIds`. */
export async function knownExternalIds(db: Executor, bankAccountId: string, externalIds: string[]): Promise<Set<string>> {
  if (externalIds.length === 0) return new Set();
  const rows = await db
    .select({ externalId: bankTransactions.externalId })
    .from(bankTransactions)
    .where(and(eq(bankTransactions.bankAccountId, bankAccountId), inArray(bankTransactions.externalId, externalIds)));
  return new Set(rows.map((row) => row.externalId));
}

export type NewBankTransaction = Omit<typeof bankTransactions.$inferInsert, 'id' | 'createdAt'>;
export type BankTransactionRow = typeof bankTransactions.$inferSelect;

/** Inserts the lines not yet imported (the same line twice is one transaction) and returns only those. */
export async function insertNewTransactions(db: Executor, rows: NewBankTransaction[]): Promise<BankTransactionRow[]> {
  if (rows.length === 0) return [];
  return db.insert(bankTransactions).values(rows).onConflictDoNothing().returning();
}

export async function updateTransaction(
  db: Executor,
  id: string,
  values: Partial<
    Pick<BankTransactionRow, 'status' | 'matchedPersonId' | 'entryId' | 'directDebitId' | 'reviewedByStaffId' | 'reviewedAt'>
  >,
) {
  await db.update(bankTransactions).set(values).where(eq(bankTransactions.id, id));
}

export async function listTransactions(db: Executor, bankAccountId: string, status?: BankTransactionRow['status']) {
  return db
    .select()
    .from(bankTransactions)
    .where(and(eq(bankTransactions.bankAccountId, bankAccountId), status ? eq(bankTransactions.status, status) : undefined))
    .orderBy(desc(bankTransactions.bookingDate), asc(bankTransactions.createdAt))
    .limit(500);
}

/** A transaction of one of the agency's bank accounts, locked for its review. */
export async function findAgencyTransaction(db: Executor, agencyId: string, id: string) {
  const [row] = await db
    .select({ transaction: bankTransactions, account: bankAccountColumns })
    .from(bankTransactions)
    .innerJoin(bankAccounts, eq(bankAccounts.id, bankTransactions.bankAccountId))
    .innerJoin(ledgers, eq(ledgers.id, bankAccounts.ledgerId))
    .where(and(eq(bankTransactions.id, id), eq(bankAccounts.agencyId, agencyId)))
    .for('update', { of: bankTransactions });
  return row;
}

/* ------------------------------------------------------------------------------------------------------------
 * Our own collections, as the bank statement shows them.
 * ------------------------------------------------------------------------------------------------------------ */

/** A direct debit collected on this creditor account, found by the end-to-end id the bank repeats. */
export async function findAccountDirectDebit(db: Executor, bankAccountId: string, endToEndId: string) {
  const [row] = await db
    .select({ id: directDebits.id, status: directDebits.status, personId: sepaMandates.personId })
    .from(directDebits)
    .innerJoin(sepaMandates, eq(sepaMandates.id, directDebits.mandateId))
    .where(and(eq(directDebits.endToEndId, endToEndId), eq(sepaMandates.creditorAccountId, bankAccountId)));
  return row;
}

/** Submitted collection runs of the account on a date, with their submitted debits' ids and total. */
export async function submittedRunsOn(db: Executor, bankAccountId: string, collectionDate: string) {
  const rows = await db
    .select({ runId: collectionRuns.id, debitId: directDebits.id, amountCents: directDebits.amountCents })
    .from(collectionRuns)
    .innerJoin(directDebits, eq(directDebits.collectionRunId, collectionRuns.id))
    .where(
      and(
        eq(collectionRuns.creditorAccountId, bankAccountId),
        eq(collectionRuns.collectionDate, collectionDate),
        eq(collectionRuns.status, 'submitted'),
        eq(directDebits.status, 'submitted'),
      ),
    );
  const runs = new Map<string, { debitIds: string[]; totalCents: number }>();
  for (const row of rows) {
    const run = runs.get(row.runId) ?? { debitIds: [], totalCents: 0 };
    run.debitIds.push(row.debitId);
    run.totalCents += row.amountCents;
    runs.set(row.runId, run);
  }
  return [...runs.values()];
}
