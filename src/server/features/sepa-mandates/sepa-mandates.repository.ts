import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import {
  accounts,
  agencies,
  bankAccounts,
  condominiums,
  directDebits,
  leases,
  leaseTenants,
  ledgers,
  lots,
  managedUnits,
  managementMandates,
  ownerships,
  personDetailChanges,
  persons,
  sepaMandates,
  staffMembers,
} from '../../db/schema/index.ts';
import { ownershipsInForce } from '../ledger/ledger.repository.ts';
import { inForce } from '../me/me.repository.ts';

export type MandateRow = typeof sepaMandates.$inferSelect;

/** The signed-in person as the mandate names them, with the account that receives the codes and emails. */
export async function findSigner(db: Executor, personId: string) {
  const [row] = await db
    .select({
      accountId: accounts.id,
      email: accounts.email,
      civility: persons.civility,
      firstName: persons.firstName,
      lastName: persons.lastName,
      companyName: persons.companyName,
      mobilePhone: persons.mobilePhone,
      addressLine1: persons.addressLine1,
      addressLine2: persons.addressLine2,
      postalCode: persons.postalCode,
      city: persons.city,
    })
    .from(persons)
    .innerJoin(accounts, eq(accounts.personId, persons.id))
    .where(eq(persons.id, personId));
  return row;
}

/**
 * The condominiums where the person owns a lot today, each with its ledger, the creditor account of that ledger
 * (absent: no direct debit possible) and the agency that manages it.
 */
export async function listCoOwnerAccounts(db: Executor, personId: string, today: string) {
  return db
    .selectDistinct({
      condominiumId: condominiums.id,
      name: condominiums.name,
      addressLine1: condominiums.addressLine1,
      addressLine2: condominiums.addressLine2,
      postalCode: condominiums.postalCode,
      city: condominiums.city,
      agencyId: agencies.id,
      agencyName: agencies.name,
      agencyAddressLine1: agencies.addressLine1,
      agencyPostalCode: agencies.postalCode,
      agencyCity: agencies.city,
      agencyPhone: agencies.phone,
      agencyEmail: agencies.email,
      ledgerId: ledgers.id,
      bankAccountId: bankAccounts.id,
      holderName: bankAccounts.holderName,
      creditorId: bankAccounts.creditorId,
    })
    .from(ownerships)
    .innerJoin(lots, eq(lots.id, ownerships.lotId))
    .innerJoin(condominiums, eq(condominiums.id, lots.condominiumId))
    .innerJoin(agencies, eq(agencies.id, condominiums.agencyId))
    .leftJoin(ledgers, eq(ledgers.condominiumId, condominiums.id))
    .leftJoin(bankAccounts, eq(bankAccounts.ledgerId, ledgers.id))
    .where(ownershipsInForce(personId, today));
}

export type CoOwnerAccountRow = Awaited<ReturnType<typeof listCoOwnerAccounts>>[number];

/**
 * The leases the person rents under today, each with the agency's rental ledger and its creditor account (absent:
 * no direct debit possible). The agency collects rent for its landlords: it is the creditor.
 */
export async function listTenantAccounts(db: Executor, personId: string, today: string) {
  return db
    .selectDistinct({
      leaseId: leases.id,
      managedUnitId: managedUnits.id,
      unitReference: managedUnits.reference,
      addressLine1: managedUnits.addressLine1,
      postalCode: managedUnits.postalCode,
      city: managedUnits.city,
      agencyId: agencies.id,
      agencyName: agencies.name,
      agencyAddressLine1: agencies.addressLine1,
      agencyAddressLine2: agencies.addressLine2,
      agencyPostalCode: agencies.postalCode,
      agencyCity: agencies.city,
      agencyPhone: agencies.phone,
      agencyEmail: agencies.email,
      ledgerId: ledgers.id,
      bankAccountId: bankAccounts.id,
      holderName: bankAccounts.holderName,
      creditorId: bankAccounts.creditorId,
    })
    .from(leaseTenants)
    .innerJoin(leases, eq(leases.id, leaseTenants.leaseId))
    .innerJoin(managedUnits, eq(managedUnits.id, leases.managedUnitId))
    .innerJoin(managementMandates, eq(managementMandates.id, managedUnits.mandateId))
    .innerJoin(agencies, eq(agencies.id, managementMandates.agencyId))
    .leftJoin(ledgers, and(eq(ledgers.agencyId, agencies.id), eq(ledgers.kind, 'rental')))
    .leftJoin(bankAccounts, eq(bankAccounts.ledgerId, ledgers.id))
    .where(and(eq(leaseTenants.personId, personId), inForce(leases.startDate, leases.endDate, today)));
}

export async function listMandates(db: Executor, personId: string): Promise<MandateRow[]> {
  return db.select().from(sepaMandates).where(eq(sepaMandates.personId, personId)).orderBy(desc(sepaMandates.signedAt));
}

/** The person's own mandate, locked for a change; another person's is not found. */
export async function lockMandate(db: Executor, personId: string, mandateId: string): Promise<MandateRow | undefined> {
  const [row] = await db
    .select()
    .from(sepaMandates)
    .where(and(eq(sepaMandates.id, mandateId), eq(sepaMandates.personId, personId)))
    .for('update');
  return row;
}

export async function findMandate(db: Executor, personId: string, mandateId: string): Promise<MandateRow | undefined> {
  const [row] = await db
    .select()
    .from(sepaMandates)
    .where(and(eq(sepaMandates.id, mandateId), eq(sepaMandates.personId, personId)));
  return row;
}

export async function insertMandate(db: Executor, values: Omit<typeof sepaMandates.$inferInsert, 'createdAt'>) {
  const [row] = await db.insert(sepaMandates).values(values).returning();
  if (!row) throw new Error('mandate insert returned no row');
  return row;
}

export async function insertDirectDebit(db: Executor, values: Omit<typeof directDebits.$inferInsert, 'id' | 'createdAt'>) {
  await db.insert(directDebits).values(values);
}

export async function listDirectDebits(db: Executor, mandateIds: string[]) {
  if (mandateIds.length === 0) return [];
  return db.select().from(directDebits).where(inArray(directDebits.mandateId, mandateIds));
}

export async function revokeMandate(db: Executor, mandateId: string, at: Date): Promise<MandateRow | undefined> {
  const [row] = await db
    .update(sepaMandates)
    .set({ status: 'revoked', revokedAt: at })
    .where(eq(sepaMandates.id, mandateId))
    .returning();
  return row;
}

/** Collections not yet sent to the bank: there is no "cancelled" status, so they are deleted. */
export async function deletePendingDebits(db: Executor, mandateId: string): Promise<number> {
  const rows = await db
    .delete(directDebits)
    .where(and(eq(directDebits.mandateId, mandateId), inArray(directDebits.status, ['scheduled', 'prenotified'])))
    .returning({ id: directDebits.id });
  return rows.length;
}

export async function updateMandateBank(db: Executor, mandateId: string, iban: string, bic: string | null) {
  const [row] = await db.update(sepaMandates).set({ iban, bic }).where(eq(sepaMandates.id, mandateId)).returning();
  return row;
}

export async function insertDetailChange(
  db: Executor,
  values: Omit<typeof personDetailChanges.$inferInsert, 'id' | 'createdAt'>,
) {
  await db.insert(personDetailChanges).values(values);
}

/**
 * Who at the agency looks after the account a mandate pays: the condominium's manager, or the manager of the
 * lease's management mandate; otherwise the agency's first manager. Null only for an agency without one.
 */
export async function findMandateManager(
  db: Executor,
  mandate: { agencyId: string; condominiumId: string | null; leaseId: string | null },
): Promise<{ email: string; firstName: string } | null> {
  const manager = { email: staffMembers.email, firstName: staffMembers.firstName };
  const [assigned] = mandate.condominiumId
    ? await db
        .select(manager)
        .from(condominiums)
        .innerJoin(staffMembers, eq(staffMembers.id, condominiums.managerId))
        .where(eq(condominiums.id, mandate.condominiumId))
    : mandate.leaseId
      ? await db
          .select(manager)
          .from(leases)
          .innerJoin(managedUnits, eq(managedUnits.id, leases.managedUnitId))
          .innerJoin(managementMandates, eq(managementMandates.id, managedUnits.mandateId))
          .innerJoin(staffMembers, eq(staffMembers.id, managementMandates.managerId))
          .where(eq(leases.id, mandate.leaseId))
      : [];
  if (assigned) return assigned;
  const [first] = await db
    .select(manager)
    .from(staffMembers)
    .where(and(eq(staffMembers.agencyId, mandate.agencyId), eq(staffMembers.role, 'manager')))
    .orderBy(asc(staffMembers.lastName), asc(staffMembers.firstName))
    .limit(1);
  return first ?? null;
}
