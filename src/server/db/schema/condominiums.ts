import { boolean, date, index, integer, pgEnum, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { agencies, staffMembers } from './agencies.ts';
import { createdAt, id, postalAddress } from './common.ts';
import { persons } from './people.ts';

export const lotKind = pgEnum('lot_kind', [
  'appartement',
  'maison',
  'cave',
  'parking',
  'box',
  'commerce',
  'bureau',
  'local',
  'grenier',
  'autre',
]);
export const ownershipKind = pgEnum('ownership_kind', ['pleine_propriete', 'indivision', 'usufruit', 'nue_propriete']);
export const councilRole = pgEnum('council_role', ['president', 'member']);

export const condominiums = pgTable(
  'condominiums',
  {
    id: id(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    managerId: uuid('manager_id').references(() => staffMembers.id),
    reference: text('reference').notNull(),
    name: text('name').notNull(),
    ...postalAddress(),
    createdAt: createdAt(),
  },
  (table) => [uniqueIndex('condominiums_agency_reference_key').on(table.agencyId, table.reference)],
);

export const buildings = pgTable('buildings', {
  id: id(),
  condominiumId: uuid('condominium_id')
    .notNull()
    .references(() => condominiums.id),
  name: text('name').notNull(),
  ...postalAddress(),
});

export const lots = pgTable(
  'lots',
  {
    id: id(),
    condominiumId: uuid('condominium_id')
      .notNull()
      .references(() => condominiums.id),
    buildingId: uuid('building_id').references(() => buildings.id),
    number: text('number').notNull(),
    kind: lotKind('kind').notNull(),
    floor: text('floor'),
    staircase: text('staircase'),
    description: text('description'),
  },
  (table) => [uniqueIndex('lots_condominium_number_key').on(table.condominiumId, table.number)],
);

/** Clés de répartition: the general key (tantièmes généraux) and special keys (lift, staircase, heating). */
export const allocationKeys = pgTable(
  'allocation_keys',
  {
    id: id(),
    condominiumId: uuid('condominium_id')
      .notNull()
      .references(() => condominiums.id),
    code: text('code').notNull(),
    name: text('name').notNull(),
    isGeneral: boolean('is_general').notNull().default(false),
  },
  (table) => [uniqueIndex('allocation_keys_condominium_code_key').on(table.condominiumId, table.code)],
);

export const lotShares = pgTable(
  'lot_shares',
  {
    allocationKeyId: uuid('allocation_key_id')
      .notNull()
      .references(() => allocationKeys.id),
    lotId: uuid('lot_id')
      .notNull()
      .references(() => lots.id),
    shares: integer('shares').notNull(),
  },
  (table) => [primaryKey({ columns: [table.allocationKeyId, table.lotId] }), index('lot_shares_lot_idx').on(table.lotId)],
);

/** Who owns a lot. Joint owners (indivision, usufruct/bare ownership) vote through one representative. */
export const ownerships = pgTable(
  'ownerships',
  {
    id: id(),
    lotId: uuid('lot_id')
      .notNull()
      .references(() => lots.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    kind: ownershipKind('kind').notNull().default('pleine_propriete'),
    isRepresentative: boolean('is_representative').notNull().default(true),
    startDate: date('start_date').notNull(),
    endDate: date('end_date'),
  },
  (table) => [index('ownerships_person_idx').on(table.personId), index('ownerships_lot_idx').on(table.lotId)],
);

export const councilMemberships = pgTable(
  'council_memberships',
  {
    id: id(),
    condominiumId: uuid('condominium_id')
      .notNull()
      .references(() => condominiums.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    role: councilRole('role').notNull().default('member'),
    startDate: date('start_date').notNull(),
    endDate: date('end_date'),
  },
  (table) => [index('council_memberships_person_idx').on(table.personId)],
);
