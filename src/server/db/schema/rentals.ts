import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { agencies, staffMembers } from './agencies.ts';
import { createdAt, id, postalAddress } from './common.ts';
import { lotKind, lots } from './condominiums.ts';
import { persons } from './people.ts';

/** Mandat de gestion: a landlord entrusts the agency with one or more units. */
export const managementMandates = pgTable(
  'management_mandates',
  {
    id: id(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    landlordId: uuid('landlord_id')
      .notNull()
      .references(() => persons.id),
    managerId: uuid('manager_id').references(() => staffMembers.id),
    reference: text('reference').notNull(),
    /** Management fees in basis points of the rents collected (700 = 7,00 %), before VAT. */
    feeRateBasisPoints: integer('fee_rate_basis_points').notNull(),
    startDate: date('start_date').notNull(),
    endDate: date('end_date'),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex('management_mandates_agency_reference_key').on(table.agencyId, table.reference),
    index('management_mandates_landlord_idx').on(table.landlordId),
  ],
);

/**
 * A unit managed for a landlord. Its rental status is derived: "loué" while a lease is running, otherwise
 * "mise en location" when the agency is marketing it, otherwise "vacant".
 */
export const managedUnits = pgTable(
  'managed_units',
  {
    id: id(),
    mandateId: uuid('mandate_id')
      .notNull()
      .references(() => managementMandates.id),
    /** When the unit is also a lot of a condominium managed in Palier. */
    lotId: uuid('lot_id').references(() => lots.id),
    reference: text('reference').notNull(),
    kind: lotKind('kind').notNull(),
    ...postalAddress(),
    floor: text('floor'),
    surfaceSquareMetres: integer('surface_square_metres'),
    isBeingLet: boolean('is_being_let').notNull().default(false),
  },
  (table) => [index('managed_units_mandate_idx').on(table.mandateId)],
);

export const leases = pgTable(
  'leases',
  {
    id: id(),
    managedUnitId: uuid('managed_unit_id')
      .notNull()
      .references(() => managedUnits.id),
    reference: text('reference').notNull(),
    startDate: date('start_date').notNull(),
    endDate: date('end_date'),
    monthlyRentCents: integer('monthly_rent_cents').notNull(),
    monthlyChargesCents: integer('monthly_charges_cents').notNull(),
    depositCents: integer('deposit_cents').notNull().default(0),
    /** Day of the month the rent is due (terme à échoir: usually the 1st). */
    paymentDay: integer('payment_day').notNull().default(1),
    createdAt: createdAt(),
  },
  (table) => [
    index('leases_unit_idx').on(table.managedUnitId),
    check('leases_amounts_positive', sql`${table.monthlyRentCents} >= 0 and ${table.monthlyChargesCents} >= 0`),
    check('leases_payment_day', sql`${table.paymentDay} between 1 and 28`),
  ],
);

/** Co-tenants sign the same lease. */
export const leaseTenants = pgTable(
  'lease_tenants',
  {
    leaseId: uuid('lease_id')
      .notNull()
      .references(() => leases.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
  },
  (table) => [primaryKey({ columns: [table.leaseId, table.personId] }), index('lease_tenants_person_idx').on(table.personId)],
);
