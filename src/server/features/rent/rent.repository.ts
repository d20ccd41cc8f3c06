import { and, asc, eq, gt, inArray, isNull, lte, notExists, or, sql } from 'drizzle-orm';
import type { Civility } from '../../../domain/person-name.ts';
import type { Executor } from '../../db/client.ts';
import { clientReferenceAt, personAddressColumns, personNameColumns } from '../../db/person-columns.ts';
import {
  agencies,
  bankAccounts,
  clientReferences,
  leases,
  leaseTenants,
  ledgerEntries,
  ledgerLines,
  ledgers,
  managedUnits,
  managementMandates,
  persons,
  rentCalls,
  rentReceipts,
  sepaMandates,
} from '../../db/schema/index.ts';

export type RentCallRow = typeof rentCalls.$inferSelect;

/** Agencies that manage rentals: the monthly job calls rent for each of them. */
export async function listRentalAgencyIds(db: Executor): Promise<string[]> {
  const rows = await db.selectDistinct({ agencyId: managementMandates.agencyId }).from(managementMandates);
  return rows.map((row) => row.agencyId);
}

export async function findAgency(db: Executor, agencyId: string) {
  const [row] = await db.select().from(agencies).where(eq(agencies.id, agencyId));
  return row;
}

/** The bank account of the agency's rental ledger, if there is one: printed on the notices. */
export async function findRentalBankAccount(db: Executor, agencyId: string) {
  const [row] = await db
    .select({ iban: bankAccounts.iban, bic: bankAccounts.bic, holderName: bankAccounts.holderName })
    .from(bankAccounts)
    .innerJoin(ledgers, eq(ledgers.id, bankAccounts.ledgerId))
    .where(and(eq(ledgers.agencyId, agencyId), eq(ledgers.kind, 'rental')));
  return row;
}

const leaseColumns = {
  leaseId: leases.id,
  leaseReference: leases.reference,
  startDate: leases.startDate,
  endDate: leases.endDate,
  rentCents: leases.monthlyRentCents,
  chargesCents: leases.monthlyChargesCents,
  paymentDay: leases.paymentDay,
  managedUnitId: managedUnits.id,
  unitReference: managedUnits.reference,
  addressLine1: managedUnits.addressLine1,
  addressLine2: managedUnits.addressLine2,
  postalCode: managedUnits.postalCode,
  city: managedUnits.city,
  floor: managedUnits.floor,
  agencyId: managementMandates.agencyId,
  landlordId: managementMandates.landlordId,
};

/**
 * The agency's leases in force on the first day of the month and not called yet for it. A lease starting later
 * in the month is called by its first full month: the first, partial month is settled when the lease is signed.
 */
export async function leasesToCall(db: Executor, agencyId: string, periodStart: string) {
  return db
    .select(leaseColumns)
    .from(leases)
    .innerJoin(managedUnits, eq(managedUnits.id, leases.managedUnitId))
    .innerJoin(managementMandates, eq(managementMandates.id, managedUnits.mandateId))
    .where(
      and(
        eq(managementMandates.agencyId, agencyId),
        lte(leases.startDate, periodStart),
        or(isNull(leases.endDate), gt(leases.endDate, periodStart)),
        notExists(
          db
            .select({ one: sql`1` })
            .from(rentCalls)
            .where(and(eq(rentCalls.leaseId, leases.id), eq(rentCalls.periodStart, periodStart))),
        ),
      ),
    )
    .orderBy(asc(managedUnits.reference), asc(leases.reference));
}

export type LeaseToCall = Awaited<ReturnType<typeof leasesToCall>>[number];

/** The persons named on notices (tenants, landlords) with their client reference at the agency. */
export async function findParties(db: Executor, agencyId: string, personIds: string[]) {
  if (personIds.length === 0) return new Map<string, PartyRow>();
  const rows = await db
    .select({
      id: persons.id,
      ...personNameColumns,
      ...personAddressColumns,
      reference: clientReferences.reference,
    })
    .from(persons)
    .leftJoin(clientReferences, clientReferenceAt(agencyId))
    .where(inArray(persons.id, personIds));
  return new Map(rows.map((row) => [row.id, row]));
}

export type PartyRow = {
  id: string;
  civility: Civility;
  firstName: string | null;
  lastName: string | null;
  companyName: string | null;
  addressLine1: string | null;
  addressLine2: string | null;
  postalCode: string | null;
  city: string | null;
  reference: string | null;
};

/** Each lease's tenants, in a stable order (the first one is named on the ledger's 411 line). */
export async function tenantsOf(db: Executor, leaseIds: string[]): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>();
  if (leaseIds.length === 0) return map;
  const rows = await db
    .select({ leaseId: leaseTenants.leaseId, personId: leaseTenants.personId })
    .from(leaseTenants)
    .where(inArray(leaseTenants.leaseId, leaseIds))
    .orderBy(asc(leaseTenants.personId));
  for (const row of rows) map.set(row.leaseId, [...(map.get(row.leaseId) ?? []), row.personId]);
  return map;
}

/** Leases collected by an active automatic mandate: their notice says the rent will be debited. */
export async function leasesWithAutomaticDebit(db: Executor, leaseIds: string[]): Promise<Set<string>> {
  if (leaseIds.length === 0) return new Set();
  const rows = await db
    .select({ leaseId: sepaMandates.leaseId })
    .from(sepaMandates)
    .where(and(inArray(sepaMandates.leaseId, leaseIds), eq(sepaMandates.status, 'active'), eq(sepaMandates.mode, 'automatic')));
  return new Set(rows.flatMap((row) => (row.leaseId ? [row.leaseId] : [])));
}

/** The lease's 411 balance (credit − debit, negative = owed) in the agency's rental books. */
export async function leaseBalances(db: Executor, leaseIds: string[]): Promise<Map<string, number>> {
  if (leaseIds.length === 0) return new Map();
  const rows = await db
    .select({
      leaseId: ledgerLines.leaseId,
      balance: sql<string>`coalesce(sum(${ledgerLines.creditCents} - ${ledgerLines.debitCents}), 0)`,
    })
    .from(ledgerLines)
    .where(and(inArray(ledgerLines.leaseId, leaseIds), inArray(ledgerLines.accountCode, ['411', '4111'])))
    .groupBy(ledgerLines.leaseId);
  return new Map(rows.map((row) => [row.leaseId ?? '', Number(row.balance)]));
}

/** The month's call, or nothing when another run called it first (the unique index decides, even concurrently). */
export async function insertRentCall(db: Executor, values: Omit<typeof rentCalls.$inferInsert, 'issuedAt'>) {
  const [row] = await db.insert(rentCalls).values(values).onConflictDoNothing().returning();
  return row;
}

export async function linkRentCall(db: Executor, rentCallId: string, entryId: string | null, documentId: string | null) {
  await db.update(rentCalls).set({ entryId, documentId }).where(eq(rentCalls.id, rentCallId));
}

/* ------------------------------------------------------------------------------------------------------------
 * Receipts
 * ------------------------------------------------------------------------------------------------------------ */

/** Leases (of one agency, or all) with a called month that has no quittance yet: the only ones worth settling. */
export async function leasesAwaitingQuittance(db: Executor, agencyId?: string) {
  return db
    .selectDistinct(leaseColumns)
    .from(rentCalls)
    .innerJoin(leases, eq(leases.id, rentCalls.leaseId))
    .innerJoin(managedUnits, eq(managedUnits.id, leases.managedUnitId))
    .innerJoin(managementMandates, eq(managementMandates.id, managedUnits.mandateId))
    .where(
      and(
        agencyId ? eq(managementMandates.agencyId, agencyId) : undefined,
        notExists(
          db
            .select({ one: sql`1` })
            .from(rentReceipts)
            .where(and(eq(rentReceipts.rentCallId, rentCalls.id), eq(rentReceipts.kind, 'quittance'))),
        ),
      ),
    );
}

export async function callsOf(db: Executor, leaseIds: string[]) {
  if (leaseIds.length === 0) return [];
  return db.select().from(rentCalls).where(inArray(rentCalls.leaseId, leaseIds)).orderBy(asc(rentCalls.periodStart));
}

/** The tenants' payments: credits on the lease's 411 account, one per entry. */
export async function paymentsOf(db: Executor, leaseIds: string[]) {
  if (leaseIds.length === 0) return [];
  const rows = await db
    .select({
      leaseId: ledgerLines.leaseId,
      entryId: ledgerEntries.id,
      date: ledgerEntries.entryDate,
      amountCents: sql<string>`sum(${ledgerLines.creditCents})`,
    })
    .from(ledgerLines)
    .innerJoin(ledgerEntries, eq(ledgerEntries.id, ledgerLines.entryId))
    .where(
      and(
        inArray(ledgerLines.leaseId, leaseIds),
        inArray(ledgerLines.accountCode, ['411', '4111']),
        gt(ledgerLines.creditCents, 0),
      ),
    )
    .groupBy(ledgerLines.leaseId, ledgerEntries.id, ledgerEntries.entryDate);
  return rows.map((row) => ({ ...row, leaseId: row.leaseId ?? '', amountCents: Number(row.amountCents) }));
}

export async function receiptsOf(db: Executor, rentCallIds: string[]) {
  if (rentCallIds.length === 0) return [];
  return db.select().from(rentReceipts).where(inArray(rentReceipts.rentCallId, rentCallIds));
}

export async function insertRentReceipt(db: Executor, values: Omit<typeof rentReceipts.$inferInsert, 'issuedAt'>) {
  const [row] = await db.insert(rentReceipts).values(values).onConflictDoNothing().returning({ id: rentReceipts.id });
  return row;
}

export async function linkRentReceipt(db: Executor, rentReceiptId: string, documentId: string | null) {
  await db.update(rentReceipts).set({ documentId }).where(eq(rentReceipts.id, rentReceiptId));
}

/* ------------------------------------------------------------------------------------------------------------
 * Lists
 * ------------------------------------------------------------------------------------------------------------ */

/** The agency's calls of one month, with the unit and lease they are for. */
export async function listAgencyCalls(db: Executor, agencyId: string, periodStart: string) {
  return db
    .select({
      call: rentCalls,
      leaseReference: leases.reference,
      unitReference: managedUnits.reference,
      addressLine1: managedUnits.addressLine1,
      postalCode: managedUnits.postalCode,
      city: managedUnits.city,
    })
    .from(rentCalls)
    .innerJoin(leases, eq(leases.id, rentCalls.leaseId))
    .innerJoin(managedUnits, eq(managedUnits.id, leases.managedUnitId))
    .innerJoin(managementMandates, eq(managementMandates.id, managedUnits.mandateId))
    .where(and(eq(managementMandates.agencyId, agencyId), eq(rentCalls.periodStart, periodStart)))
    .orderBy(asc(managedUnits.reference));
}

/** One call of the agency; another agency's is not found. */
export async function findAgencyCall(db: Executor, agencyId: string, rentCallId: string) {
  const [row] = await db
    .select({ call: rentCalls, agencyId: managementMandates.agencyId })
    .from(rentCalls)
    .innerJoin(leases, eq(leases.id, rentCalls.leaseId))
    .innerJoin(managedUnits, eq(managedUnits.id, leases.managedUnitId))
    .innerJoin(managementMandates, eq(managementMandates.id, managedUnits.mandateId))
    .where(and(eq(rentCalls.id, rentCallId), eq(managementMandates.agencyId, agencyId)));
  return row;
}

/** Whether the person rents under the lease today (end date: the first day no longer in force). */
export async function isTenantToday(db: Executor, personId: string, leaseId: string, today: string): Promise<boolean> {
  const [row] = await db
    .select({ leaseId: leases.id })
    .from(leaseTenants)
    .innerJoin(leases, eq(leases.id, leaseTenants.leaseId))
    .where(
      and(
        eq(leaseTenants.personId, personId),
        eq(leaseTenants.leaseId, leaseId),
        lte(leases.startDate, today),
        or(isNull(leases.endDate), gt(leases.endDate, today)),
      ),
    );
  return Boolean(row);
}
