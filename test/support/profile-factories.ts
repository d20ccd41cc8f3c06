import { eq } from 'drizzle-orm';
import type { Database } from '../../src/server/db/client.ts';
import { buildingContracts, persons } from '../../src/server/db/schema/index.ts';

/**
 * Builders for the profile-details and contracts tests (the shared `factories.ts` stays as it is): a person's
 * contact details and consent, and a condominium's contracts.
 */
export function profileFactories(db: Database) {
  return {
    /** Sets contact details on an existing person, e.g. a consent to share them with the council. */
    async personDetails(personId: string, values: Partial<typeof persons.$inferInsert>) {
      const [row] = await db.update(persons).set(values).where(eq(persons.id, personId)).returning();
      if (!row) throw new Error(`no person ${personId}`);
      return row;
    },

    async contract(condominiumId: string, values: Partial<typeof buildingContracts.$inferInsert> = {}) {
      const [row] = await db
        .insert(buildingContracts)
        .values({
          condominiumId,
          kind: 'ascenseur',
          title: 'Entretien de l’ascenseur',
          supplierName: 'Ascenseurs Durand',
          supplierPhone: '01 43 99 12 34',
          supplierEmail: 'contact@ascenseurs-durand.example',
          contractNumber: 'ASC-2024-118',
          startDate: '2024-01-01',
          yearlyAmountCents: 312_456,
          ...values,
        })
        .returning();
      if (!row) throw new Error('contract insert returned no row');
      return row;
    },
  };
}
