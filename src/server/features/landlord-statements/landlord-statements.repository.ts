import { and, asc, desc, eq, gt, gte, inArray, isNull, lt, lte, ne, or, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { clientReferenceAt, personAddressColumns, personNameColumns } from '../../db/person-columns.ts';
import {
  agencies,
  clientReferences,
  documents,
  documentVersions,
  landlordStatements,
  leases,
  leaseTenants,
  ledgerEntries,
  ledgerLines,
  ledgers,
  managedUnits,
  managementMandates,
  notifications,
  persons,
  sepaMandates,
  staffMembers,
} from '../../db/schema/index.ts';

const TENANT_ACCOUNTS = ['411', '4111'];
const LANDLORD_ACCOUNT = '4671';

export async function findAgency(db: Executor, agencyId: string) {
  const [row] = await db.select().from(agencies).where(eq(agencies.id, agencyId));
  return row;
}

export async function findStaffName(db: Executor, staffMemberId: string): Promise<string | null> {
  const [row] = await db
    .select({ firstName: staffMembers.firstName, lastName: staffMembers.lastName })
    .from(staffMembers)
    .where(eq(staffMembers.id, staffMemberId));
  return row ? `${row.firstName} ${row.lastName}`.trim() : null;
}

/**
 * Taken at the start of an issue: two staff members issuing the same period at once are serialised, so the
 * second one finds the statements of the first instead of computing them again.
 */
export async function lockAgencyMandates(db: Executor, agencyId: string): Promise<void> {
  await db
    .select({ id: managementMandates.id })
    .from(managementMandates)
    .where(eq(managementMandates.agencyId, agencyId))
    .for('update');
}

/** The agency's mandates in force at some point of the period (end date: the first day no longer in force). */
export async function listMandatesInForce(db: Executor, agencyId: string, periodStart: string, periodEnd: string) {
  return db
    .select({
      id: managementMandates.id,
      reference: managementMandates.reference,
      feeRateBasisPoints: managementMandates.feeRateBasisPoints,
      startDate: managementMandates.startDate,
      landlord: {
        id: persons.id,
        ...personNameColumns,
        ...personAddressColumns,
      },
      clientReference: clientReferences.reference,
    })
    .from(managementMandates)
    .innerJoin(persons, eq(persons.id, managementMandates.landlordId))
    .leftJoin(clientReferences, clientReferenceAt(managementMandates.agencyId))
    .where(
      and(
        eq(managementMandates.agencyId, agencyId),
        lte(managementMandates.startDate, periodEnd),
        or(isNull(managementMandates.endDate), gt(managementMandates.endDate, periodStart)),
      ),
    )
    .orderBy(asc(managementMandates.reference));
}

/**
 * Whether lines without a unit (an insurance for the whole portfolio, a transfer) belong to this mandate: a
 * landlord's 4671 account is one per agency, so when they entrust several mandates those lines go to the oldest.
 */
export async function isLandlordFirstMandate(db: Executor, agencyId: string, landlordId: string, mandateId: string) {
  const [first] = await db
    .select({ id: managementMandates.id })
    .from(managementMandates)
    .where(and(eq(managementMandates.agencyId, agencyId), eq(managementMandates.landlordId, landlordId)))
    .orderBy(asc(managementMandates.startDate), asc(managementMandates.createdAt), asc(managementMandates.id))
    .limit(1);
  return first?.id === mandateId;
}

/** The mandate's units with the lease that ran last in the period (if any) and its tenants. */
export async function listUnits(db: Executor, mandateId: string, periodStart: string, periodEnd: string) {
  const units = await db
    .select({
      id: managedUnits.id,
      reference: managedUnits.reference,
      addressLine1: managedUnits.addressLine1,
      postalCode: managedUnits.postalCode,
      city: managedUnits.city,
    })
    .from(managedUnits)
    .where(eq(managedUnits.mandateId, mandateId))
    .orderBy(asc(managedUnits.reference));
  if (units.length === 0) return [];
  const leaseRows = await db
    .select({
      managedUnitId: leases.managedUnitId,
      leaseId: leases.id,
      startDate: leases.startDate,
      tenant: {
        ...personNameColumns,
      },
    })
    .from(leases)
    .innerJoin(leaseTenants, eq(leaseTenants.leaseId, leases.id))
    .innerJoin(persons, eq(persons.id, leaseTenants.personId))
    .where(
      and(
        inArray(
          leases.managedUnitId,
          units.map((unit) => unit.id),
        ),
        lte(leases.startDate, periodEnd),
        or(isNull(leases.endDate), gt(leases.endDate, periodStart)),
      ),
    )
    .orderBy(desc(leases.startDate), asc(persons.lastName));
  return units.map((unit) => {
    const rows = leaseRows.filter((row) => row.managedUnitId === unit.id);
    const latest = rows[0]?.leaseId;
    return { ...unit, tenants: rows.filter((row) => row.leaseId === latest).map((row) => row.tenant) };
  });
}

export async function findRentalLedgerId(db: Executor, agencyId: string): Promise<string | undefined> {
  const [row] = await db
    .select({ id: ledgers.id })
    .from(ledgers)
    .where(and(eq(ledgers.agencyId, agencyId), eq(ledgers.kind, 'rental')));
  return row?.id;
}

/** A tenant line belongs to a unit through its own unit, or through its lease's. */
const lineUnit = sql<string | null>`coalesce(${ledgerLines.managedUnitId}, ${leases.managedUnitId})`;

/** Per unit: the tenants' calls and payments of the period and what they owed before it and at its end. */
export async function tenantMovements(db: Executor, ledgerId: string, unitIds: string[], periodStart: string, periodEnd: string) {
  if (unitIds.length === 0) return [];
  const inPeriod = sql`${ledgerEntries.entryDate} between ${periodStart} and ${periodEnd}`;
  return db
    .select({
      unitId: sql<string>`${lineUnit}`,
      calledCents: sql<number>`coalesce(sum(${ledgerLines.debitCents}) filter (where ${inPeriod}), 0)::int`,
      receivedCents: sql<number>`coalesce(sum(${ledgerLines.creditCents}) filter (where ${inPeriod}), 0)::int`,
      owedBeforeCents: sql<number>`coalesce(sum(${ledgerLines.debitCents} - ${ledgerLines.creditCents}) filter (where ${ledgerEntries.entryDate} < ${periodStart}), 0)::int`,
      owedAtEndCents: sql<number>`coalesce(sum(${ledgerLines.debitCents} - ${ledgerLines.creditCents}), 0)::int`,
    })
    .from(ledgerLines)
    .innerJoin(ledgerEntries, eq(ledgerEntries.id, ledgerLines.entryId))
    .leftJoin(leases, eq(leases.id, ledgerLines.leaseId))
    .where(
      and(
        eq(ledgerEntries.ledgerId, ledgerId),
        inArray(ledgerLines.accountCode, TENANT_ACCOUNTS),
        lte(ledgerEntries.entryDate, periodEnd),
        sql`${lineUnit} in (${sql.join(
          unitIds.map((unitId) => sql`${unitId}::uuid`),
          sql`, `,
        )})`,
      ),
    )
    .groupBy(lineUnit);
}

/** The landlord's 4671 lines for this mandate: its units', and those without a unit when `withUnitless`. */
function landlordLines(ledgerId: string, landlordId: string, unitIds: string[], withUnitless: boolean): SQL {
  const units = unitIds.length > 0 ? inArray(ledgerLines.managedUnitId, unitIds) : sql`false`;
  return and(
    eq(ledgerEntries.ledgerId, ledgerId),
    eq(ledgerLines.accountCode, LANDLORD_ACCOUNT),
    eq(ledgerLines.personId, landlordId),
    withUnitless ? or(units, isNull(ledgerLines.managedUnitId)) : units,
  ) as SQL;
}

export async function landlordBalanceBefore(
  db: Executor,
  ledgerId: string,
  landlordId: string,
  unitIds: string[],
  withUnitless: boolean,
  before: string,
): Promise<number> {
  const [row] = await db
    .select({ cents: sql<number>`coalesce(sum(${ledgerLines.creditCents} - ${ledgerLines.debitCents}), 0)::int` })
    .from(ledgerLines)
    .innerJoin(ledgerEntries, eq(ledgerEntries.id, ledgerLines.entryId))
    .where(and(landlordLines(ledgerId, landlordId, unitIds, withUnitless), lt(ledgerEntries.entryDate, before)));
  return row?.cents ?? 0;
}

/**
 * The landlord's 4671 lines of the period, each saying whether it is the landlord's side of a rent call (an
 * entry that also debits a tenant): those are counted through the tenants' calls, the rest one by one.
 */
export async function landlordLinesOfPeriod(
  db: Executor,
  ledgerId: string,
  landlordId: string,
  unitIds: string[],
  withUnitless: boolean,
  periodStart: string,
  periodEnd: string,
) {
  return db
    .select({
      entryDate: ledgerEntries.entryDate,
      entryLabel: ledgerEntries.label,
      label: ledgerLines.label,
      managedUnitId: ledgerLines.managedUnitId,
      supplierName: ledgerLines.supplierName,
      debitCents: ledgerLines.debitCents,
      creditCents: ledgerLines.creditCents,
      isRentCall: sql<boolean>`exists (select 1 from ${ledgerLines} as tenant_line where tenant_line.entry_id = ${ledgerLines.entryId} and tenant_line.account_code in ('411', '4111') and tenant_line.debit_cents > 0)`,
    })
    .from(ledgerLines)
    .innerJoin(ledgerEntries, eq(ledgerEntries.id, ledgerLines.entryId))
    .where(
      and(
        landlordLines(ledgerId, landlordId, unitIds, withUnitless),
        gte(ledgerEntries.entryDate, periodStart),
        lte(ledgerEntries.entryDate, periodEnd),
      ),
    )
    .orderBy(asc(ledgerEntries.entryDate), asc(ledgerEntries.createdAt));
}

/** The account the landlord's money goes to, when Palier knows one: their latest active SEPA mandate's. */
export async function findLandlordIban(db: Executor, personId: string): Promise<string | null> {
  const [row] = await db
    .select({ iban: sepaMandates.iban })
    .from(sepaMandates)
    .where(and(eq(sepaMandates.personId, personId), eq(sepaMandates.status, 'active')))
    .orderBy(desc(sepaMandates.createdAt))
    .limit(1);
  return row?.iban ?? null;
}

export type NewStatement = typeof landlordStatements.$inferInsert;

export async function insertStatement(db: Executor, values: NewStatement) {
  const [row] = await db.insert(landlordStatements).values(values).onConflictDoNothing().returning({ id: landlordStatements.id });
  return row;
}

/**
 * Statements of the agency that would make this period's figures wrong: one overlapping it with other bounds
 * (the same rents counted twice) or one after it (its opening balance did not know this period's transfer).
 */
export async function conflictingStatements(db: Executor, agencyId: string, periodStart: string, periodEnd: string) {
  return db
    .select({ periodStart: landlordStatements.periodStart, periodEnd: landlordStatements.periodEnd })
    .from(landlordStatements)
    .innerJoin(managementMandates, eq(managementMandates.id, landlordStatements.mandateId))
    .where(
      and(
        eq(managementMandates.agencyId, agencyId),
        gte(landlordStatements.periodEnd, periodStart),
        or(ne(landlordStatements.periodStart, periodStart), ne(landlordStatements.periodEnd, periodEnd)),
      ),
    )
    .limit(1);
}

/** The columns every list of statements shows: the period, the landlord, the amounts and the PDF. */
const statementColumns = {
  id: landlordStatements.id,
  periodStart: landlordStatements.periodStart,
  periodEnd: landlordStatements.periodEnd,
  transferredCents: landlordStatements.transferredCents,
  feesCents: landlordStatements.feesCents,
  feesVatCents: landlordStatements.feesVatCents,
  documentId: landlordStatements.documentId,
  createdAt: landlordStatements.createdAt,
  mandate: {
    id: managementMandates.id,
    reference: managementMandates.reference,
    feeRateBasisPoints: managementMandates.feeRateBasisPoints,
  },
  landlord: {
    id: persons.id,
    ...personNameColumns,
  },
  versionId: sql<
    string | null
  >`(select ${documentVersions.id} from ${documentVersions} where ${documentVersions.documentId} = ${landlordStatements.documentId} order by ${documentVersions.versionNumber} desc limit 1)`,
};

function statements(db: Executor, where: SQL | undefined) {
  return db
    .select(statementColumns)
    .from(landlordStatements)
    .innerJoin(managementMandates, eq(managementMandates.id, landlordStatements.mandateId))
    .innerJoin(persons, eq(persons.id, managementMandates.landlordId))
    .where(where)
    .orderBy(desc(landlordStatements.periodEnd), asc(managementMandates.reference));
}

export type StatementRow = Awaited<ReturnType<typeof statements>>[number];

export function listAgencyStatements(db: Executor, agencyId: string, period?: { start: string; end: string }) {
  return statements(
    db,
    and(
      eq(managementMandates.agencyId, agencyId),
      period ? and(eq(landlordStatements.periodStart, period.start), eq(landlordStatements.periodEnd, period.end)) : undefined,
    ),
  ).limit(500);
}

/** The signed-in landlord's own statements, every agency and every mandate of theirs, nobody else's. */
export function listLandlordStatements(db: Executor, personId: string) {
  return statements(db, eq(managementMandates.landlordId, personId));
}

/** Whether the person has ever entrusted a unit to an agency: nobody else has statements to look at. */
export async function isLandlord(db: Executor, personId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: managementMandates.id })
    .from(managementMandates)
    .where(eq(managementMandates.landlordId, personId))
    .limit(1);
  return Boolean(row);
}

/** The day of the ledger's first entry: where a portfolio's history of statements starts. */
export async function firstEntryDate(db: Executor, ledgerId: string): Promise<string | null> {
  const [row] = await db
    .select({ date: sql<string | null>`min(${ledgerEntries.entryDate})` })
    .from(ledgerEntries)
    .where(eq(ledgerEntries.ledgerId, ledgerId));
  return row?.date ?? null;
}

/**
 * The demo's statements were "published" on their own day: their notifications are dated so, already carried by
 * the daily digest, and read except the latest — as a landlord who follows their account would have left them.
 */
export async function backdateStatementNotifications(db: Executor, documentIds: string[]): Promise<void> {
  const latest = documentIds.at(-1);
  if (!latest) return;
  await db.execute(sql`
    update ${notifications} set
      created_at = ${documents.publishedAt},
      emailed_at = ${documents.publishedAt},
      read_at = case when ${documents.id} = ${latest}::uuid then null else ${documents.publishedAt} end
    from ${documents}
    where ${notifications.documentId} = ${documents.id}
      and ${documents.id} in (${sql.join(
        documentIds.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`);
}

/**
 * The demo writes thousands of entries in the transaction that then computes its statements: without fresh
 * statistics the planner takes the new tables for empty and every query scans them all.
 */
export async function refreshLedgerStatistics(db: Executor): Promise<void> {
  await db.execute(sql`analyze ${ledgerEntries}, ${ledgerLines}, ${leases}, ${managedUnits}`);
}
