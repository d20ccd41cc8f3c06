import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgEnum, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { agencies, staffMembers } from './agencies.ts';
import { createdAt, id } from './common.ts';
import { buildings, condominiums } from './condominiums.ts';
import { documents } from './documents.ts';

export const contractKind = pgEnum('contract_kind', [
  'assurance',
  'ascenseur',
  'nettoyage',
  'chauffage',
  'espaces_verts',
  'entretien',
  'gardiennage',
  'energie',
  'autre',
]);

/** The building's contracts (tab "Contrats"): the legal minimum online includes the current ones. */
export const buildingContracts = pgTable(
  'building_contracts',
  {
    id: id(),
    condominiumId: uuid('condominium_id')
      .notNull()
      .references(() => condominiums.id),
    kind: contractKind('kind').notNull(),
    title: text('title').notNull(),
    supplierName: text('supplier_name').notNull(),
    supplierPhone: text('supplier_phone'),
    supplierEmail: text('supplier_email'),
    contractNumber: text('contract_number'),
    startDate: date('start_date').notNull(),
    /** Absent: renewed by tacit agreement until terminated. */
    endDate: date('end_date'),
    yearlyAmountCents: integer('yearly_amount_cents').notNull(),
    /** The signed contract, when published among the documents. */
    documentId: uuid('document_id').references(() => documents.id),
    createdAt: createdAt(),
  },
  (table) => [
    index('building_contracts_condominium_idx').on(table.condominiumId),
    check('building_contracts_amount_positive', sql`${table.yearlyAmountCents} >= 0`),
  ],
);

export const scheduledEventKind = pgEnum('scheduled_event_kind', ['travaux', 'assemblee', 'echeance', 'visite', 'autre']);

/** "À venir": works, meetings, visits announced by the agency for a condominium or one of its buildings. */
export const scheduledEvents = pgTable(
  'scheduled_events',
  {
    id: id(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    condominiumId: uuid('condominium_id')
      .notNull()
      .references(() => condominiums.id),
    buildingId: uuid('building_id').references(() => buildings.id),
    kind: scheduledEventKind('kind').notNull(),
    title: text('title').notNull(),
    description: text('description'),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on'),
    createdByStaffId: uuid('created_by_staff_id').references(() => staffMembers.id),
    createdAt: createdAt(),
  },
  (table) => [index('scheduled_events_condominium_idx').on(table.condominiumId, table.startsOn)],
);
