import { randomBytes } from 'node:crypto';
import { canonicalClientReference } from '../../src/domain/client-reference.ts';
import type { Civility } from '../../src/domain/person-name.ts';
import type { Database } from '../../src/server/db/client.ts';
import {
  accounts,
  agencies,
  allocationKeys,
  clientReferences,
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
} from '../../src/server/db/schema/index.ts';
import { hashPassword } from '../../src/server/platform/passwords.ts';

/**
 * Builders for test data. Every test builds its own agency, so tests never depend on each other or on the
 * demo data. References are random so that canonical forms never collide across a test file.
 */
export const TEST_PASSWORD = 'Un-mot-de-passe-de-test-2026';
let passwordHash: Promise<string> | undefined;
const testPasswordHash = () => {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  return passwordHash;
};

const unique = () => randomBytes(4).toString('hex').toUpperCase().replace(/[OI]/g, 'X');
const one = <T>(rows: T[]): T => {
  const [row] = rows;
  if (!row) throw new Error('insert returned no row');
  return row;
};

export function factories(db: Database) {
  return {
    async agency(values: Partial<typeof agencies.$inferInsert> = {}) {
      return one(
        await db
          .insert(agencies)
          .values({
            name: `Agence ${unique()}`,
            kind: 'syndic',
            city: 'Créteil',
            openingHours: ['9h - 12h30 // 13h30 - 17h'],
            ...values,
          })
          .returning(),
      );
    },

    async staffMember(agencyId: string, values: Partial<typeof staffMembers.$inferInsert> = {}) {
      const email = values.email ?? `staff-${unique().toLowerCase()}@agence.example`;
      const staff = one(
        await db
          .insert(staffMembers)
          .values({ agencyId, firstName: 'Claire', lastName: 'Martin', role: 'manager', ...values, email })
          .returning(),
      );
      await db.insert(accounts).values({ staffMemberId: staff.id, email, passwordHash: await testPasswordHash() });
      return { ...staff, email };
    },

    /** A client with a login: a client reference in `agencyId` and the test password. */
    async client(
      agencyId: string,
      values: {
        civility?: Civility;
        firstName?: string;
        lastName?: string;
        companyName?: string;
        email?: string | null;
        reference?: string;
        mobilePhone?: string | null;
      } = {},
    ) {
      const person = one(
        await db
          .insert(persons)
          .values({
            civility: values.civility ?? 'M',
            firstName: values.firstName ?? 'Jean',
            lastName: values.companyName ? null : (values.lastName ?? 'Durand'),
            companyName: values.companyName ?? null,
            mobilePhone: values.mobilePhone ?? null,
          })
          .returning(),
      );
      const reference = values.reference ?? `CL${unique()}`;
      await db
        .insert(clientReferences)
        .values({ agencyId, personId: person.id, reference, canonical: canonicalClientReference(reference) });
      const email = values.email === undefined ? `client-${unique().toLowerCase()}@example.fr` : values.email;
      const account = one(
        await db
          .insert(accounts)
          .values({ personId: person.id, email, passwordHash: await testPasswordHash() })
          .returning(),
      );
      return { person, reference, email, account };
    },

    /**
     * A condominium with `lotCount` apartments sharing 1 000 general shares as evenly as integers allow; `values`
     * gives it a name, a manager…
     */
    async condominium(agencyId: string, lotCount = 3, values: Partial<Omit<typeof condominiums.$inferInsert, 'agencyId'>> = {}) {
      const condominium = one(
        await db
          .insert(condominiums)
          .values({ agencyId, reference: unique(), name: `Copropriété ${unique()}`, ...values })
          .returning(),
      );
      const general = one(
        await db
          .insert(allocationKeys)
          .values({ condominiumId: condominium.id, code: 'GEN', name: 'Charges générales', isGeneral: true })
          .returning(),
      );
      const created = [];
      for (let index = 0; index < lotCount; index++) {
        const lot = one(
          await db
            .insert(lots)
            .values({ condominiumId: condominium.id, number: String(101 + index), kind: 'appartement', floor: '1' })
            .returning(),
        );
        const shares = Math.floor(1000 / lotCount) + (index < 1000 % lotCount ? 1 : 0);
        await db.insert(lotShares).values({ allocationKeyId: general.id, lotId: lot.id, shares });
        created.push(lot);
      }
      return { condominium, lots: created };
    },

    async ownership(personId: string, lotId: string, values: Partial<typeof ownerships.$inferInsert> = {}) {
      return one(
        await db
          .insert(ownerships)
          .values({ personId, lotId, startDate: '2015-03-01', ...values })
          .returning(),
      );
    },

    async councilMembership(
      personId: string,
      condominiumId: string,
      values: Partial<typeof councilMemberships.$inferInsert> = {},
    ) {
      return one(
        await db
          .insert(councilMemberships)
          .values({ personId, condominiumId, startDate: '2024-06-15', ...values })
          .returning(),
      );
    },

    /**
     * A management mandate for `landlordId` with `units` apartments, none let: a count, or each unit's values
     * (e.g. `[{ lotId }, {}]`: the first one is a lot of a condominium, the second stands elsewhere).
     */
    async mandate(
      agencyId: string,
      landlordId: string,
      units: number | Partial<Omit<typeof managedUnits.$inferInsert, 'mandateId'>>[] = 1,
      values: Partial<typeof managementMandates.$inferInsert> = {},
    ) {
      const mandate = one(
        await db
          .insert(managementMandates)
          .values({
            agencyId,
            landlordId,
            reference: `MG-${unique()}`,
            feeRateBasisPoints: 700,
            startDate: '2020-01-01',
            ...values,
          })
          .returning(),
      );
      const created = [];
      for (const unit of typeof units === 'number' ? Array.from({ length: units }, () => ({})) : units) {
        created.push(
          one(
            await db
              .insert(managedUnits)
              .values({ mandateId: mandate.id, reference: `U-${unique()}`, kind: 'appartement', city: 'Paris', ...unit })
              .returning(),
          ),
        );
      }
      return { mandate, units: created };
    },

    async lease(managedUnitId: string, tenantIds: string[], values: Partial<typeof leases.$inferInsert> = {}) {
      const lease = one(
        await db
          .insert(leases)
          .values({
            managedUnitId,
            reference: `BAIL-${unique()}`,
            startDate: '2023-09-01',
            monthlyRentCents: 95_000,
            monthlyChargesCents: 8_000,
            ...values,
          })
          .returning(),
      );
      await db.insert(leaseTenants).values(tenantIds.map((personId) => ({ leaseId: lease.id, personId })));
      return lease;
    },
  };
}
