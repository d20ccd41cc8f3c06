import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { personNameColumns } from '../../db/person-columns.ts';
import {
  accounts,
  agencies,
  allocationKeys,
  buildings,
  condominiums,
  councilMemberships,
  leases,
  leaseTenants,
  lotShares,
  lots,
  managedUnits,
  managementMandates,
  ownerships,
  persons,
  staffMembers,
} from '../../db/schema/index.ts';
import { inForce } from '../me/me.repository.ts';

/*
 * Every query here starts from the person: a lot is reached through their ownership in force today, a unit
 * through their mandate or their running lease. An id that is not theirs therefore finds nothing.
 */

export type OwnedLotRow = Awaited<ReturnType<typeof listOwnedLots>>[number];

export async function listOwnedLots(
  db: Executor,
  personId: string,
  today: string,
  only: { lotId?: string; condominiumId?: string } = {},
) {
  return db
    .selectDistinctOn([lots.id], {
      id: lots.id,
      number: lots.number,
      kind: lots.kind,
      floor: lots.floor,
      staircase: lots.staircase,
      description: lots.description,
      ownershipKind: ownerships.kind,
      building: buildings,
      condominium: {
        id: condominiums.id,
        name: condominiums.name,
        managerId: condominiums.managerId,
        addressLine1: condominiums.addressLine1,
        addressLine2: condominiums.addressLine2,
        postalCode: condominiums.postalCode,
        city: condominiums.city,
      },
      agencyId: agencies.id,
      agencyName: agencies.name,
    })
    .from(ownerships)
    .innerJoin(lots, eq(lots.id, ownerships.lotId))
    .innerJoin(condominiums, eq(condominiums.id, lots.condominiumId))
    .innerJoin(agencies, eq(agencies.id, condominiums.agencyId))
    .leftJoin(buildings, eq(buildings.id, lots.buildingId))
    .where(
      and(
        eq(ownerships.personId, personId),
        inForce(ownerships.startDate, ownerships.endDate, today),
        only.lotId ? eq(lots.id, only.lotId) : undefined,
        only.condominiumId ? eq(condominiums.id, only.condominiumId) : undefined,
      ),
    )
    .orderBy(lots.id, ownerships.startDate);
}

/** Each lot's shares with the key's total, i.e. "1 250 / 10 000 tantièmes généraux". */
export async function listLotShares(db: Executor, lotIds: string[]) {
  if (lotIds.length === 0) return [];
  const keysInUse = db.select({ id: lotShares.allocationKeyId }).from(lotShares).where(inArray(lotShares.lotId, lotIds));
  const totals = db
    .select({ keyId: lotShares.allocationKeyId, total: sql<number>`sum(${lotShares.shares})::int`.as('total') })
    .from(lotShares)
    .where(inArray(lotShares.allocationKeyId, keysInUse))
    .groupBy(lotShares.allocationKeyId)
    .as('totals');
  return db
    .select({
      lotId: lotShares.lotId,
      keyCode: allocationKeys.code,
      keyName: allocationKeys.name,
      isGeneral: allocationKeys.isGeneral,
      shares: lotShares.shares,
      total: totals.total,
    })
    .from(lotShares)
    .innerJoin(allocationKeys, eq(allocationKeys.id, lotShares.allocationKeyId))
    .innerJoin(totals, eq(totals.keyId, lotShares.allocationKeyId))
    .where(inArray(lotShares.lotId, lotIds))
    .orderBy(desc(allocationKeys.isGeneral), asc(allocationKeys.code));
}

export type UnitRow = Awaited<ReturnType<typeof listManagedUnits>>[number];

const unitColumns = {
  id: managedUnits.id,
  lotId: managedUnits.lotId,
  reference: managedUnits.reference,
  kind: managedUnits.kind,
  addressLine1: managedUnits.addressLine1,
  addressLine2: managedUnits.addressLine2,
  postalCode: managedUnits.postalCode,
  city: managedUnits.city,
  floor: managedUnits.floor,
  surfaceSquareMetres: managedUnits.surfaceSquareMetres,
  isBeingLet: managedUnits.isBeingLet,
  managerId: managementMandates.managerId,
  agencyId: managementMandates.agencyId,
};

/** The units the person entrusts to an agency under a mandate in force today. */
export async function listManagedUnits(db: Executor, personId: string, today: string, unitId?: string) {
  return db
    .select(unitColumns)
    .from(managedUnits)
    .innerJoin(managementMandates, eq(managementMandates.id, managedUnits.mandateId))
    .where(
      and(
        eq(managementMandates.landlordId, personId),
        inForce(managementMandates.startDate, managementMandates.endDate, today),
        unitId ? eq(managedUnits.id, unitId) : undefined,
      ),
    )
    .orderBy(managedUnits.reference);
}

export type RentedUnitRow = Awaited<ReturnType<typeof listRentedUnits>>[number];

/** The units the person rents under a lease running today, with the agency managing them. */
export async function listRentedUnits(db: Executor, personId: string, today: string, unitId?: string) {
  return db
    .select({
      ...unitColumns,
      leaseStartDate: leases.startDate,
      monthlyRentCents: leases.monthlyRentCents,
      monthlyChargesCents: leases.monthlyChargesCents,
      agencyName: agencies.name,
    })
    .from(leaseTenants)
    .innerJoin(leases, eq(leases.id, leaseTenants.leaseId))
    .innerJoin(managedUnits, eq(managedUnits.id, leases.managedUnitId))
    .innerJoin(managementMandates, eq(managementMandates.id, managedUnits.mandateId))
    .innerJoin(agencies, eq(agencies.id, managementMandates.agencyId))
    .where(
      and(
        eq(leaseTenants.personId, personId),
        inForce(leases.startDate, leases.endDate, today),
        unitId ? eq(managedUnits.id, unitId) : undefined,
      ),
    )
    .orderBy(leases.startDate);
}

/** The lease running today on each of these units (one tenant per row), for a landlord's view. */
export async function listRunningLeaseTenants(db: Executor, unitIds: string[], today: string) {
  if (unitIds.length === 0) return [];
  return db
    .select({
      unitId: leases.managedUnitId,
      startDate: leases.startDate,
      monthlyRentCents: leases.monthlyRentCents,
      monthlyChargesCents: leases.monthlyChargesCents,
      tenant: {
        ...personNameColumns,
      },
    })
    .from(leases)
    .innerJoin(leaseTenants, eq(leaseTenants.leaseId, leases.id))
    .innerJoin(persons, eq(persons.id, leaseTenants.personId))
    .where(and(inArray(leases.managedUnitId, unitIds), inForce(leases.startDate, leases.endDate, today)))
    .orderBy(leases.startDate, persons.lastName, persons.firstName);
}

/** The condominium a managed unit belongs to, when it is also a lot managed in Palier. */
export async function findLotCondominium(db: Executor, lotId: string) {
  const [row] = await db.select({ condominiumId: lots.condominiumId }).from(lots).where(eq(lots.id, lotId));
  return row?.condominiumId;
}

export async function listCouncilMembers(db: Executor, condominiumId: string, today: string) {
  return db
    .select({
      role: councilMemberships.role,
      ...personNameColumns,
    })
    .from(councilMemberships)
    .innerJoin(persons, eq(persons.id, councilMemberships.personId))
    .where(
      and(
        eq(councilMemberships.condominiumId, condominiumId),
        inForce(councilMemberships.startDate, councilMemberships.endDate, today),
      ),
    )
    .orderBy(asc(councilMemberships.role), persons.lastName, persons.firstName);
}

/** Whether the person sits on the condominium's council today: the co-owners' contacts are theirs to see. */
export async function isCouncilMemberOf(db: Executor, personId: string, condominiumId: string, today: string) {
  const [row] = await db
    .select({ id: councilMemberships.id })
    .from(councilMemberships)
    .where(
      and(
        eq(councilMemberships.personId, personId),
        eq(councilMemberships.condominiumId, condominiumId),
        inForce(councilMemberships.startDate, councilMemberships.endDate, today),
      ),
    )
    .limit(1);
  return row !== undefined;
}

/**
 * The condominium's co-owners today, one row per lot held, with their contact details and consent: the
 * presenter decides what of it leaves the server (see presentCoOwnerContact).
 */
export async function listCondominiumCoOwners(db: Executor, condominiumId: string, today: string) {
  return db
    .selectDistinct({
      personId: persons.id,
      ...personNameColumns,
      mobilePhone: persons.mobilePhone,
      landlinePhone: persons.landlinePhone,
      councilContactConsentAt: persons.councilContactConsentAt,
      email: accounts.email,
      lotNumber: lots.number,
    })
    .from(ownerships)
    .innerJoin(lots, eq(lots.id, ownerships.lotId))
    .innerJoin(persons, eq(persons.id, ownerships.personId))
    .leftJoin(accounts, eq(accounts.personId, persons.id))
    .where(and(eq(lots.condominiumId, condominiumId), inForce(ownerships.startDate, ownerships.endDate, today)));
}

export type CoOwnerRow = Awaited<ReturnType<typeof listCondominiumCoOwners>>[number];

export async function findManager(db: Executor, staffMemberId: string | null) {
  if (!staffMemberId) return undefined;
  const [row] = await db.select().from(staffMembers).where(eq(staffMembers.id, staffMemberId));
  return row;
}
