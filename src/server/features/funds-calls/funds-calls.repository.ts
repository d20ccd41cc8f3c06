import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import {
  agencies,
  allocationKeys,
  bankAccounts,
  budgetLines,
  budgets,
  clientReferences,
  condominiums,
  documentVersions,
  fundsCallLines,
  fundsCallNotices,
  fundsCalls,
  ledgers,
  lotShares,
  lots,
  ownerships,
  persons,
  sepaMandates,
} from '../../db/schema/index.ts';
import { inForce } from '../me/me.repository.ts';

/** The condominium if it belongs to the agency; anything else is not found. */
export async function findAgencyCondominium(db: Executor, agencyId: string, condominiumId: string) {
  const [row] = await db
    .select()
    .from(condominiums)
    .where(and(eq(condominiums.id, condominiumId), eq(condominiums.agencyId, agencyId)));
  return row;
}

export async function findAgency(db: Executor, agencyId: string) {
  const [row] = await db.select().from(agencies).where(eq(agencies.id, agencyId));
  return row;
}

/** The condominium's keys with the total of their shares. */
export async function listKeys(db: Executor, condominiumId: string) {
  return db
    .select({
      id: allocationKeys.id,
      code: allocationKeys.code,
      name: allocationKeys.name,
      isGeneral: allocationKeys.isGeneral,
      totalShares: sql<number>`coalesce(sum(${lotShares.shares}), 0)::int`,
    })
    .from(allocationKeys)
    .leftJoin(lotShares, eq(lotShares.allocationKeyId, allocationKeys.id))
    .where(eq(allocationKeys.condominiumId, condominiumId))
    .groupBy(allocationKeys.id)
    .orderBy(desc(allocationKeys.isGeneral), asc(allocationKeys.code));
}

/** Every lot's shares of every key of the condominium, in lot order (the order ties are broken in). */
export async function listLotShares(db: Executor, condominiumId: string) {
  return db
    .select({ keyId: lotShares.allocationKeyId, lotId: lots.id, lotNumber: lots.number, shares: lotShares.shares })
    .from(lotShares)
    .innerJoin(lots, eq(lots.id, lotShares.lotId))
    .where(eq(lots.condominiumId, condominiumId))
    .orderBy(asc(lots.number), asc(lots.id));
}

export async function listLots(db: Executor, condominiumId: string) {
  return db
    .select({ id: lots.id, number: lots.number, description: lots.description })
    .from(lots)
    .where(eq(lots.condominiumId, condominiumId));
}

export async function countLots(db: Executor, condominiumId: string): Promise<number> {
  const [row] = await db.select({ count: sql<number>`count(*)::int` }).from(lots).where(eq(lots.condominiumId, condominiumId));
  return Number(row?.count ?? 0);
}

export async function findBudget(db: Executor, condominiumId: string, year: number) {
  const [budget] = await db
    .select()
    .from(budgets)
    .where(and(eq(budgets.condominiumId, condominiumId), eq(budgets.fiscalYear, year)));
  if (!budget) return undefined;
  const lines = await db
    .select()
    .from(budgetLines)
    .where(eq(budgetLines.budgetId, budget.id))
    .orderBy(asc(budgetLines.accountCode), asc(budgetLines.label));
  return { ...budget, lines };
}

/** Locks the condominium's budget row of the year (or nothing), so a budget change and an issue never cross. */
export async function lockBudget(db: Executor, condominiumId: string, year: number) {
  const [budget] = await db
    .select()
    .from(budgets)
    .where(and(eq(budgets.condominiumId, condominiumId), eq(budgets.fiscalYear, year)))
    .for('update');
  return budget;
}

export async function saveBudget(
  db: Executor,
  values: {
    condominiumId: string;
    fiscalYear: number;
    votedOn: string;
    worksFundCents: number;
    worksFundExempt: boolean;
    worksFundExemptionReason: string | null;
    createdByStaffId: string;
  },
  lines: Omit<typeof budgetLines.$inferInsert, 'id' | 'budgetId'>[],
): Promise<string> {
  const [budget] = await db
    .insert(budgets)
    .values(values)
    .onConflictDoUpdate({
      target: [budgets.condominiumId, budgets.fiscalYear],
      set: {
        votedOn: values.votedOn,
        worksFundCents: values.worksFundCents,
        worksFundExempt: values.worksFundExempt,
        worksFundExemptionReason: values.worksFundExemptionReason,
      },
    })
    .returning({ id: budgets.id });
  if (!budget) throw new Error('budget not saved');
  await db.delete(budgetLines).where(eq(budgetLines.budgetId, budget.id));
  if (lines.length > 0) await db.insert(budgetLines).values(lines.map((line) => ({ ...line, budgetId: budget.id })));
  return budget.id;
}

export async function issuedQuarters(db: Executor, condominiumId: string, year: number): Promise<number[]> {
  const rows = await db
    .select({ quarter: fundsCalls.quarter })
    .from(fundsCalls)
    .where(and(eq(fundsCalls.condominiumId, condominiumId), eq(fundsCalls.fiscalYear, year)))
    .orderBy(asc(fundsCalls.quarter));
  return rows.map((row) => row.quarter);
}

/** The representative of each lot's ownership in force on the date (joint owners: the one marked). */
export async function listRepresentatives(db: Executor, agencyId: string, condominiumId: string, onDate: string) {
  return db
    .select({
      lotId: ownerships.lotId,
      person: persons,
      reference: clientReferences.reference,
    })
    .from(ownerships)
    .innerJoin(lots, eq(lots.id, ownerships.lotId))
    .innerJoin(persons, eq(persons.id, ownerships.personId))
    .leftJoin(clientReferences, and(eq(clientReferences.personId, persons.id), eq(clientReferences.agencyId, agencyId)))
    .where(
      and(
        eq(lots.condominiumId, condominiumId),
        eq(ownerships.isRepresentative, true),
        inForce(ownerships.startDate, ownerships.endDate, onDate),
      ),
    )
    .orderBy(asc(ownerships.startDate));
}

export async function findLedgerBankAccount(db: Executor, ledgerId: string) {
  const [row] = await db.select().from(bankAccounts).where(eq(bankAccounts.ledgerId, ledgerId));
  return row;
}

export async function personsWithAutomaticMandate(
  db: Executor,
  condominiumId: string,
  personIds: string[],
): Promise<Set<string>> {
  if (personIds.length === 0) return new Set();
  const rows = await db
    .select({ personId: sepaMandates.personId })
    .from(sepaMandates)
    .where(
      and(
        eq(sepaMandates.condominiumId, condominiumId),
        eq(sepaMandates.status, 'active'),
        eq(sepaMandates.mode, 'automatic'),
        inArray(sepaMandates.personId, personIds),
      ),
    );
  return new Set(rows.map((row) => row.personId));
}

export async function ledgerIdOf(db: Executor, condominiumId: string) {
  const [row] = await db.select({ id: ledgers.id }).from(ledgers).where(eq(ledgers.condominiumId, condominiumId));
  return row?.id;
}

/** The call row, or nothing when the quarter was already issued (the unique index decides, even concurrently). */
export async function insertFundsCall(db: Executor, values: Omit<typeof fundsCalls.$inferInsert, 'id' | 'issuedAt'>) {
  const [row] = await db.insert(fundsCalls).values(values).onConflictDoNothing().returning();
  return row;
}

// Multi-row inserts in slices: a quarter of 10 000 lots has some 30 000 lines, far over PostgreSQL's 65 535
// parameters per statement.
const SLICE = 5_000;

export async function insertCallLines(db: Executor, rows: Omit<typeof fundsCallLines.$inferInsert, 'id'>[]) {
  for (let start = 0; start < rows.length; start += SLICE)
    await db.insert(fundsCallLines).values(rows.slice(start, start + SLICE));
}

/** The co-owners' notices, without their document: the background rendering attaches it. */
export async function insertNotices(
  db: Executor,
  rows: Omit<typeof fundsCallNotices.$inferInsert, 'id' | 'createdAt' | 'documentId'>[],
) {
  for (let start = 0; start < rows.length; start += SLICE)
    await db.insert(fundsCallNotices).values(rows.slice(start, start + SLICE));
}

export async function listCalls(db: Executor, condominiumId: string) {
  return db
    .select({
      call: fundsCalls,
      totalCents: sql<number>`coalesce(sum(${fundsCallNotices.totalCents}), 0)::int`,
      coOwnerCount: sql<number>`count(${fundsCallNotices.id})::int`,
      pdfReadyCount: sql<number>`count(${fundsCallNotices.documentId})::int`,
    })
    .from(fundsCalls)
    .leftJoin(fundsCallNotices, eq(fundsCallNotices.fundsCallId, fundsCalls.id))
    .where(eq(fundsCalls.condominiumId, condominiumId))
    .groupBy(fundsCalls.id)
    .orderBy(desc(fundsCalls.fiscalYear), desc(fundsCalls.quarter));
}

export async function findCall(db: Executor, condominiumId: string, fundsCallId: string) {
  const [row] = await db
    .select()
    .from(fundsCalls)
    .where(and(eq(fundsCalls.id, fundsCallId), eq(fundsCalls.condominiumId, condominiumId)));
  return row;
}

export async function listNotices(db: Executor, fundsCallId: string) {
  return db
    .select({
      notice: fundsCallNotices,
      person: persons,
      versionId: documentVersions.id,
    })
    .from(fundsCallNotices)
    .innerJoin(persons, eq(persons.id, fundsCallNotices.personId))
    .leftJoin(
      documentVersions,
      and(eq(documentVersions.documentId, fundsCallNotices.documentId), eq(documentVersions.versionNumber, 1)),
    )
    .where(eq(fundsCallNotices.fundsCallId, fundsCallId))
    .orderBy(asc(persons.lastName), asc(persons.companyName), asc(persons.firstName));
}
