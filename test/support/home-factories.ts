import { eq } from 'drizzle-orm';
import type { Database } from '../../src/server/db/client.ts';
import { buildings, lots, notifications, scheduledEvents } from '../../src/server/db/schema/index.ts';

const one = <T>(rows: T[]): T => {
  const [row] = rows;
  if (!row) throw new Error('insert returned no row');
  return row;
};

/** Builders for the home page's data: notifications, buildings, announced events. */
export function homeFactories(db: Database) {
  return {
    async notification(
      agencyId: string,
      personId: string,
      values: Partial<Omit<typeof notifications.$inferInsert, 'agencyId' | 'personId'>> = {},
    ) {
      return one(
        await db
          .insert(notifications)
          .values({ agencyId, personId, kind: 'manager_message', title: 'Coupure d’eau mardi', ...values })
          .returning(),
      );
    },

    /** A building of the condominium; `lotIds` are moved into it. */
    async building(condominiumId: string, name: string, lotIds: string[] = []) {
      const building = one(await db.insert(buildings).values({ condominiumId, name }).returning());
      for (const lotId of lotIds) await db.update(lots).set({ buildingId: building.id }).where(eq(lots.id, lotId));
      return building;
    },

    async scheduledEvent(
      agencyId: string,
      condominiumId: string,
      values: Partial<Omit<typeof scheduledEvents.$inferInsert, 'agencyId' | 'condominiumId'>> & { startsOn: string },
    ) {
      return one(
        await db
          .insert(scheduledEvents)
          .values({ agencyId, condominiumId, kind: 'travaux', title: 'Ravalement de façade', ...values })
          .returning(),
      );
    },
  };
}
