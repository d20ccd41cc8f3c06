import { and, type Column, countDistinct, eq, gt, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import {
  accounts,
  agencies,
  condominiums,
  councilMemberships,
  leases,
  leaseTenants,
  lots,
  managedUnits,
  managementMandates,
  ownerships,
  persons,
  staffMembers,
} from '../../db/schema/index.ts';

export type AgencyRow = typeof agencies.$inferSelect;

/** In force on `today`: started on or before it, and not yet ended (the end date is the first day without it). */
export const inForce = (start: Column, end: Column, today: string) => and(lte(start, today), or(isNull(end), gt(end, today)));

export async function findAccountOwner(db: Executor, accountId: string) {
  const [row] = await db
    .select({ email: accounts.email, personId: accounts.personId, staffMemberId: accounts.staffMemberId })
    .from(accounts)
    .where(eq(accounts.id, accountId));
  return row;
}

export async function findPerson(db: Executor, personId: string) {
  const [row] = await db.select().from(persons).where(eq(persons.id, personId));
  return row;
}

export async function findStaffMember(db: Executor, staffMemberId: string) {
  const [row] = await db.select().from(staffMembers).where(eq(staffMembers.id, staffMemberId));
  return row;
}

export async function findAgency(db: Executor, agencyId: string): Promise<AgencyRow | undefined> {
  const [row] = await db.select().from(agencies).where(eq(agencies.id, agencyId));
  return row;
}

/**
 * What the person is, today: the counts and flags behind "Copropriétaire de 4 biens", "Locataire"… With
 * `agencyId` (a staff viewer), only what that agency manages counts: staff learn nothing of other agencies' files.
 */
export async function findPersonRoles(db: Executor, personId: string, today: string, agencyId?: string) {
  const [ownedLots, council, managedUnitCount, tenancy] = await Promise.all([
    db
      .select({ count: countDistinct(ownerships.lotId) })
      .from(ownerships)
      .innerJoin(lots, eq(lots.id, ownerships.lotId))
      .innerJoin(condominiums, eq(condominiums.id, lots.condominiumId))
      .where(
        and(
          eq(ownerships.personId, personId),
          inForce(ownerships.startDate, ownerships.endDate, today),
          agencyId ? eq(condominiums.agencyId, agencyId) : undefined,
        ),
      ),
    db
      .select({ id: councilMemberships.id })
      .from(councilMemberships)
      .innerJoin(condominiums, eq(condominiums.id, councilMemberships.condominiumId))
      .where(
        and(
          eq(councilMemberships.personId, personId),
          inForce(councilMemberships.startDate, councilMemberships.endDate, today),
          agencyId ? eq(condominiums.agencyId, agencyId) : undefined,
        ),
      )
      .limit(1),
    db
      .select({ count: countDistinct(managedUnits.id) })
      .from(managedUnits)
      .innerJoin(managementMandates, eq(managementMandates.id, managedUnits.mandateId))
      .where(
        and(
          eq(managementMandates.landlordId, personId),
          inForce(managementMandates.startDate, managementMandates.endDate, today),
          agencyId ? eq(managementMandates.agencyId, agencyId) : undefined,
        ),
      ),
    db
      .select({ leaseId: leases.id })
      .from(leaseTenants)
      .innerJoin(leases, eq(leases.id, leaseTenants.leaseId))
      .innerJoin(managedUnits, eq(managedUnits.id, leases.managedUnitId))
      .innerJoin(managementMandates, eq(managementMandates.id, managedUnits.mandateId))
      .where(
        and(
          eq(leaseTenants.personId, personId),
          inForce(leases.startDate, leases.endDate, today),
          agencyId ? eq(managementMandates.agencyId, agencyId) : undefined,
        ),
      )
      .limit(1),
  ]);
  return {
    coOwnerLotCount: ownedLots[0]?.count ?? 0,
    isCouncilMember: council.length > 0,
    landlordUnitCount: managedUnitCount[0]?.count ?? 0,
    isTenant: tenancy.length > 0,
  };
}

/**
 * The agencies that serve the person today, through what they own, sit on, entrust or rent. When the file
 * moves to another agency (transfer of mandate), the person follows it with no change to their login.
 */
export async function findAgenciesServingPerson(db: Executor, personId: string, today: string): Promise<AgencyRow[]> {
  const reached = await db.execute<{ agency_id: string }>(sql`
      select c.agency_id from ownerships o
        join lots l on l.id = o.lot_id join condominiums c on c.id = l.condominium_id
        where o.person_id = ${personId} and o.start_date <= ${today} and (o.end_date is null or o.end_date > ${today})
      union
      select c.agency_id from council_memberships m join condominiums c on c.id = m.condominium_id
        where m.person_id = ${personId} and m.start_date <= ${today} and (m.end_date is null or m.end_date > ${today})
      union
      select mm.agency_id from management_mandates mm
        where mm.landlord_id = ${personId} and mm.start_date <= ${today} and (mm.end_date is null or mm.end_date > ${today})
      union
      select mm.agency_id from lease_tenants lt join leases le on le.id = lt.lease_id
        join managed_units u on u.id = le.managed_unit_id join management_mandates mm on mm.id = u.mandate_id
        where lt.person_id = ${personId} and le.start_date <= ${today} and (le.end_date is null or le.end_date > ${today})`);
  const agencyIds = reached.rows.map((row) => row.agency_id);
  if (agencyIds.length === 0) return [];
  return db.select().from(agencies).where(inArray(agencies.id, agencyIds)).orderBy(agencies.name);
}
