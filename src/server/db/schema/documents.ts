import { sql } from 'drizzle-orm';
import { check, customType, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { storedFiles } from './access.ts';
import { agencies, staffMembers } from './agencies.ts';
import { createdAt, id } from './common.ts';
import { buildings, condominiums, lots } from './condominiums.ts';
import { accounts, persons } from './people.ts';
import { managedUnits } from './rentals.ts';

/**
 * The folders of the seed and of the legal minimum for a syndic's portal (décret 2019-502). Which folders a
 * tenant may open is a rule of `src/domain/document-audience.ts`, not of the schema.
 */
export const documentFolder = pgEnum('document_folder', [
  'reglement',
  'carnet_entretien',
  'diagnostics',
  'contrats',
  'assemblees',
  'comptabilite',
  'appels_de_fonds',
  'vie_immeuble',
  'bail',
  'gerance',
  'conseil_syndical',
  'personnel',
]);

/** Who a document is for: everyone of a condominium, of a building, of a lot, one person, or the council. */
export const documentScope = pgEnum('document_scope', ['condominium', 'building', 'lot', 'person', 'council']);

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * A published document. Its bytes are versions (`document_versions`); the current one is the latest not
 * replaced. Withdrawn documents stay in the table (and in storage): nothing is ever deleted, only hidden.
 */
export const documents = pgTable(
  'documents',
  {
    id: id(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    folder: documentFolder('folder').notNull(),
    /** Free label within a folder, e.g. "Procès-verbal", "Contrat d'entretien ascenseur", "Quittance". */
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    /** The year the document is about (the meeting's, the accounts'), for filtering; not the upload year. */
    year: integer('year').notNull(),
    scope: documentScope('scope').notNull(),
    /**
     * The target of the scope; a person-scoped document may also name the condominium, lot or unit it is
     * about, so that it appears under that property's Documents tab.
     */
    condominiumId: uuid('condominium_id').references(() => condominiums.id),
    buildingId: uuid('building_id').references(() => buildings.id),
    lotId: uuid('lot_id').references(() => lots.id),
    personId: uuid('person_id').references(() => persons.id),
    /** For a person-scoped document about a rented unit (lease, receipts, landlord statements). */
    managedUnitId: uuid('managed_unit_id').references(() => managedUnits.id),
    /** Text of the current version (PDF text layer), kept for full-text search. */
    bodyText: text('body_text').notNull().default(''),
    searchVector: tsvector('search_vector')
      .notNull()
      .generatedAlwaysAs(
        sql`setweight(to_tsvector('palier_french', coalesce("title", '') || ' ' || coalesce("kind", '')), 'A') || setweight(to_tsvector('palier_french', coalesce("body_text", '')), 'B')`,
      ),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
    publishedByStaffId: uuid('published_by_staff_id').references(() => staffMembers.id),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    withdrawnByStaffId: uuid('withdrawn_by_staff_id').references(() => staffMembers.id),
    withdrawalReason: text('withdrawal_reason'),
    createdAt: createdAt(),
  },
  (table) => [
    index('documents_condominium_idx').on(table.condominiumId, table.publishedAt),
    index('documents_lot_idx').on(table.lotId),
    index('documents_person_idx').on(table.personId),
    index('documents_agency_idx').on(table.agencyId, table.publishedAt),
    index('documents_search_idx').using('gin', table.searchVector),
    check(
      'documents_scope_target',
      sql`case ${table.scope}
        when 'condominium' then ${table.condominiumId} is not null
        when 'council' then ${table.condominiumId} is not null
        when 'building' then ${table.buildingId} is not null and ${table.condominiumId} is not null
        when 'lot' then ${table.lotId} is not null and ${table.condominiumId} is not null
        when 'person' then ${table.personId} is not null
      end`,
    ),
  ],
);

/** Each file ever published under a document; replacing adds a version, the old ones stay downloadable by staff. */
export const documentVersions = pgTable(
  'document_versions',
  {
    id: id(),
    documentId: uuid('document_id')
      .notNull()
      .references(() => documents.id),
    versionNumber: integer('version_number').notNull(),
    storedFileId: uuid('stored_file_id')
      .notNull()
      .references(() => storedFiles.id),
    pageCount: integer('page_count'),
    publishedByStaffId: uuid('published_by_staff_id').references(() => staffMembers.id),
    note: text('note'),
    createdAt: createdAt(),
  },
  (table) => [uniqueIndex('document_versions_number_key').on(table.documentId, table.versionNumber)],
);

/** Every download or preview, by whom and from where: documents are evidence, their reading is too. */
export const documentDownloads = pgTable(
  'document_downloads',
  {
    id: id(),
    documentId: uuid('document_id')
      .notNull()
      .references(() => documents.id),
    versionId: uuid('version_id')
      .notNull()
      .references(() => documentVersions.id),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id),
    /** "download" (attachment) or "preview" (inline in the browser). */
    disposition: text('disposition').notNull(),
    ipAddress: text('ip_address'),
    userAgent: text('user_agent'),
    createdAt: createdAt(),
  },
  (table) => [
    index('document_downloads_document_idx').on(table.documentId, table.createdAt),
    index('document_downloads_account_idx').on(table.accountId, table.createdAt),
  ],
);

/**
 * "Nouveau depuis votre dernière visite": a visit starts when the documents are opened after a pause; the
 * documents published after `newSince` (when the previous visit was last seen) stay marked new the whole visit.
 */
export const documentVisits = pgTable('document_visits', {
  accountId: uuid('account_id')
    .primaryKey()
    .references(() => accounts.id, { onDelete: 'cascade' }),
  lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull(),
  newSince: timestamp('new_since', { withTimezone: true }),
});
