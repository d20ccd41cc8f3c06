import { and, asc, eq, gte, lte, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import {
  buildings,
  condominiums,
  leases,
  leaseTenants,
  lots,
  managedUnits,
  ownerships,
  scheduledEvents,
} from '../../db/schema/index.ts';
import { inForce } from '../me/me.repository.ts';

export type ScheduledEventRow = typeof scheduledEvents.$inferSelect;
export type NewScheduledEvent = Omit<typeof scheduledEvents.$inferInsert, 'id' | 'createdAt'>;

const eventColumns = {
  id: scheduledEvents.id,
  condominiumId: scheduledEvents.condominiumId,
  buildingId: scheduledEvents.buildingId,
  kind: scheduledEvents.kind,
  title: scheduledEvents.title,
  description: scheduledEvents.description,
  startsOn: scheduledEvents.startsOn,
  endsOn: scheduledEvents.endsOn,
  condominiumName: condominiums.name,
  buildingName: buildings.name,
};

export type AgendaEventRow = Awaited<ReturnType<typeof listPersonEvents>>[number];

/**
 * The events announced for the places the person is part of today, not yet over and starting by `horizon`.
 * A co-owner or tenant sees the condominium's events and those of the building of their lot (a lot without a
 * building sees the condominium's only); a council member sees every building's, as the council serves all.
 */
export async function listPersonEvents(db: Executor, personId: string, today: string, horizon: string) {
  const reach = sql`(
    select l.condominium_id, l.building_id, false as whole
      from ownerships o join lots l on l.id = o.lot_id
      where o.person_id = ${personId} and o.start_date <= ${today} and (o.end_date is null or o.end_date > ${today})
    union
    select m.condominium_id, null, true
      from council_memberships m
      where m.person_id = ${personId} and m.start_date <= ${today} and (m.end_date is null or m.end_date > ${today})
    union
    select l.condominium_id, l.building_id, false
      from lease_tenants lt join leases le on le.id = lt.lease_id
      join managed_units u on u.id = le.managed_unit_id join lots l on l.id = u.lot_id
      where lt.person_id = ${personId} and le.start_date <= ${today} and (le.end_date is null or le.end_date > ${today})
  )`;
  return db
    .select(eventColumns)
    .from(scheduledEvents)
    .innerJoin(condominiums, eq(condominiums.id, scheduledEvents.condominiumId))
    .leftJoin(buildings, eq(buildings.id, scheduledEvents.buildingId))
    .where(
      and(
        lte(scheduledEvents.startsOn, horizon),
        gte(sql`coalesce(${scheduledEvents.endsOn}, ${scheduledEvents.startsOn})`, today),
        sql`exists (select 1 from ${reach} as reach(condominium_id, building_id, whole)
          where reach.condominium_id = ${scheduledEvents.condominiumId}
            and (${scheduledEvents.buildingId} is null or reach.whole or reach.building_id = ${scheduledEvents.buildingId}))`,
      ),
    )
    .orderBy(asc(scheduledEvents.startsOn), asc(scheduledEvents.title));
}

/** The condominiums where the person holds a lot today: each calls for its quarterly provisions. */
export async function listOwnedCondominiums(db: Executor, personId: string, today: string) {
  return db
    .selectDistinct({ id: condominiums.id, name: condominiums.name })
    .from(ownerships)
    .innerJoin(lots, eq(lots.id, ownerships.lotId))
    .innerJoin(condominiums, eq(condominiums.id, lots.condominiumId))
    .where(and(eq(ownerships.personId, personId), inForce(ownerships.startDate, ownerships.endDate, today)))
    .orderBy(asc(condominiums.name), asc(condominiums.id));
}

/** The leases the person signed that run today, with their payment day. */
export async function listRunningLeases(db: Executor, personId: string, today: string) {
  return db
    .select({
      id: leases.id,
      paymentDay: leases.paymentDay,
      endDate: leases.endDate,
      unitReference: managedUnits.reference,
      addressLine1: managedUnits.addressLine1,
      city: managedUnits.city,
    })
    .from(leaseTenants)
    .innerJoin(leases, eq(leases.id, leaseTenants.leaseId))
    .innerJoin(managedUnits, eq(managedUnits.id, leases.managedUnitId))
    .where(and(eq(leaseTenants.personId, personId), inForce(leases.startDate, leases.endDate, today)))
    .orderBy(asc(leases.startDate), asc(leases.id));
}

// ——— Staff: scoped by the agency ———

export async function listAgencyCondominiums(db: Executor, agencyId: string) {
  const rows = await db
    .select({ id: condominiums.id, name: condominiums.name, buildingId: buildings.id, buildingName: buildings.name })
    .from(condominiums)
    .leftJoin(buildings, eq(buildings.condominiumId, condominiums.id))
    .where(eq(condominiums.agencyId, agencyId))
    .orderBy(asc(condominiums.name), asc(condominiums.id), asc(buildings.name));
  const byId = new Map<string, { id: string; name: string; buildings: { id: string; name: string }[] }>();
  for (const row of rows) {
    const condominium = byId.get(row.id) ?? { id: row.id, name: row.name, buildings: [] };
    if (row.buildingId && row.buildingName) condominium.buildings.push({ id: row.buildingId, name: row.buildingName });
    byId.set(row.id, condominium);
  }
  return [...byId.values()];
}

/** The agency's events not yet over (optionally of one condominium), the soonest first. */
export async function listAgencyEvents(db: Executor, agencyId: string, today: string, condominiumId?: string) {
  return db
    .select(eventColumns)
    .from(scheduledEvents)
    .innerJoin(condominiums, eq(condominiums.id, scheduledEvents.condominiumId))
    .leftJoin(buildings, eq(buildings.id, scheduledEvents.buildingId))
    .where(
      and(
        eq(scheduledEvents.agencyId, agencyId),
        eq(condominiums.agencyId, agencyId),
        condominiumId ? eq(scheduledEvents.condominiumId, condominiumId) : undefined,
        gte(sql`coalesce(${scheduledEvents.endsOn}, ${scheduledEvents.startsOn})`, today),
      ),
    )
    .orderBy(asc(scheduledEvents.startsOn), asc(scheduledEvents.title));
}

export async function findAgencyCondominium(db: Executor, agencyId: string, condominiumId: string) {
  const [row] = await db
    .select({ id: condominiums.id })
    .from(condominiums)
    .where(and(eq(condominiums.id, condominiumId), eq(condominiums.agencyId, agencyId)));
  return row;
}

export async function findCondominiumBuilding(db: Executor, condominiumId: string, buildingId: string) {
  const [row] = await db
    .select({ id: buildings.id })
    .from(buildings)
    .where(and(eq(buildings.id, buildingId), eq(buildings.condominiumId, condominiumId)));
  return row;
}

export async function insertScheduledEvent(db: Executor, values: NewScheduledEvent): Promise<ScheduledEventRow> {
  const [row] = await db.insert(scheduledEvents).values(values).returning();
  if (!row) throw new Error('scheduled event insert returned no row');
  return row;
}

export async function findAgencyEvent(db: Executor, agencyId: string, eventId: string) {
  const [row] = await db
    .select(eventColumns)
    .from(scheduledEvents)
    .innerJoin(condominiums, eq(condominiums.id, scheduledEvents.condominiumId))
    .leftJoin(buildings, eq(buildings.id, scheduledEvents.buildingId))
    .where(and(eq(scheduledEvents.id, eventId), eq(scheduledEvents.agencyId, agencyId)));
  return row;
}

export async function deleteAgencyEvent(db: Executor, agencyId: string, eventId: string) {
  const [row] = await db
    .delete(scheduledEvents)
    .where(and(eq(scheduledEvents.id, eventId), eq(scheduledEvents.agencyId, agencyId)))
    .returning({ id: scheduledEvents.id, title: scheduledEvents.title, condominiumId: scheduledEvents.condominiumId });
  return row;
}
