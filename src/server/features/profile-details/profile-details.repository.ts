import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import {
  accounts,
  condominiums,
  councilMemberships,
  leases,
  leaseTenants,
  lots,
  managedUnits,
  managementMandates,
  ownerships,
  personDetailChanges,
  persons,
  staffMembers,
} from '../../db/schema/index.ts';
import { inForce } from '../me/me.repository.ts';

export type PersonRow = typeof persons.$inferSelect;
export type DetailChangeInsert = typeof personDetailChanges.$inferInsert;

/** The person's row, locked until the transaction ends: two edits at once must not both compare with the same values. */
export async function findPersonForUpdate(tx: Executor, personId: string): Promise<PersonRow | undefined> {
  const [row] = await tx.select().from(persons).where(eq(persons.id, personId)).for('update');
  return row;
}

export async function updatePersonDetails(
  tx: Executor,
  personId: string,
  values: Partial<
    Pick<
      PersonRow,
      | 'mobilePhone'
      | 'landlinePhone'
      | 'addressLine1'
      | 'addressLine2'
      | 'postalCode'
      | 'city'
      | 'preferredContactChannel'
      | 'councilContactConsentAt'
    >
  >,
): Promise<void> {
  await tx.update(persons).set(values).where(eq(persons.id, personId));
}

export async function insertDetailChanges(tx: Executor, rows: DetailChangeInsert[]): Promise<void> {
  if (rows.length > 0) await tx.insert(personDetailChanges).values(rows);
}

/** The history, newest first, with who made each change: the person's own account, or a staff member's. */
export async function listDetailChanges(db: Executor, personId: string, limit = 200) {
  return db
    .select({
      id: personDetailChanges.id,
      field: personDetailChanges.field,
      previousValue: personDetailChanges.previousValue,
      newValue: personDetailChanges.newValue,
      createdAt: personDetailChanges.createdAt,
      changedByAccountId: personDetailChanges.changedByAccountId,
      changedByPersonId: accounts.personId,
      staff: {
        agencyId: staffMembers.agencyId,
        firstName: staffMembers.firstName,
        lastName: staffMembers.lastName,
      },
    })
    .from(personDetailChanges)
    .leftJoin(accounts, eq(accounts.id, personDetailChanges.changedByAccountId))
    .leftJoin(staffMembers, eq(staffMembers.id, accounts.staffMemberId))
    .where(eq(personDetailChanges.personId, personId))
    .orderBy(desc(personDetailChanges.createdAt), desc(personDetailChanges.id))
    .limit(limit);
}

export type DetailChangeRow = Awaited<ReturnType<typeof listDetailChanges>>[number];

/**
 * The staff members managing the person's files today: the manager of each condominium where they own a lot
 * or sit on the council, of each mandate they give, of each unit they rent. "Mon agence" shows them.
 */
export async function listManagersOfPerson(db: Executor, personId: string, today: string) {
  const [owned, council, mandated, rented] = await Promise.all([
    db
      .select({ managerId: condominiums.managerId })
      .from(ownerships)
      .innerJoin(lots, eq(lots.id, ownerships.lotId))
      .innerJoin(condominiums, eq(condominiums.id, lots.condominiumId))
      .where(and(eq(ownerships.personId, personId), inForce(ownerships.startDate, ownerships.endDate, today))),
    db
      .select({ managerId: condominiums.managerId })
      .from(councilMemberships)
      .innerJoin(condominiums, eq(condominiums.id, councilMemberships.condominiumId))
      .where(
        and(eq(councilMemberships.personId, personId), inForce(councilMemberships.startDate, councilMemberships.endDate, today)),
      ),
    db
      .select({ managerId: managementMandates.managerId })
      .from(managementMandates)
      .where(
        and(
          eq(managementMandates.landlordId, personId),
          inForce(managementMandates.startDate, managementMandates.endDate, today),
        ),
      ),
    db
      .select({ managerId: managementMandates.managerId })
      .from(leaseTenants)
      .innerJoin(leases, eq(leases.id, leaseTenants.leaseId))
      .innerJoin(managedUnits, eq(managedUnits.id, leases.managedUnitId))
      .innerJoin(managementMandates, eq(managementMandates.id, managedUnits.mandateId))
      .where(and(eq(leaseTenants.personId, personId), inForce(leases.startDate, leases.endDate, today))),
  ]);
  const ids = [...new Set([...owned, ...council, ...mandated, ...rented].map((row) => row.managerId))].filter(
    (id): id is string => id !== null,
  );
  if (ids.length === 0) return [];
  return db
    .select()
    .from(staffMembers)
    .where(inArray(staffMembers.id, ids))
    .orderBy(staffMembers.lastName, staffMembers.firstName);
}
