import { and, desc, eq, exists, gt, inArray, isNull, ne, or, type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import { type AnyPgColumn, QueryBuilder } from 'drizzle-orm/pg-core';
import { type DocumentFolder, TENANT_SHARED_FOLDERS } from '../../../domain/document-audience.ts';
import type { Executor } from '../../db/client.ts';
import {
  buildings,
  condominiums,
  councilMemberships,
  documentDownloads,
  documents,
  documentVersions,
  documentVisits,
  leases,
  leaseTenants,
  lots,
  managedUnits,
  managementMandates,
  ownerships,
  persons,
  storedFiles,
} from '../../db/schema/index.ts';
import { inForce } from '../me/me.repository.ts';

// Subqueries are built without a connection: they only become SQL inside the query that runs them.
const qb = new QueryBuilder();
const one = sql`1`;

/** A person id, or a column holding one (to ask the reverse question: who can see these documents). */
type PersonRef = string | AnyPgColumn;

/** The lot of the subquery falls under the (outer) document's condominium, building or lot. */
const lotUnderScope = () =>
  or(
    and(eq(documents.scope, 'condominium'), eq(lots.condominiumId, documents.condominiumId)),
    and(eq(documents.scope, 'building'), eq(lots.buildingId, documents.buildingId)),
    and(eq(documents.scope, 'lot'), eq(lots.id, documents.lotId)),
  );

/**
 * THE rule of who reads a document, as one SQL condition on `documents` — the SQL form of
 * `relationsTo` in src/domain/document-audience.ts, checked against it by documents.visibility.test.ts. Every
 * person-side query (list, detail, file, notifications) uses it, so it is written nowhere else:
 * - never a withdrawn document;
 * - a person document: its addressee;
 * - a council document: the members of that condominium's council in force today;
 * - a condominium, building or lot document: owners (ownership in force) and landlords (mandate in force on a
 *   unit that is one of the lots) of a lot under its scope, whatever the folder; tenants (lease in force on
 *   such a unit) only in the folders open to tenants.
 */
export function visibleDocumentsCondition(
  person: PersonRef,
  today: string,
  tenantFolders: readonly DocumentFolder[] = TENANT_SHARED_FOLDERS,
): SQL {
  const owner = qb
    .select({ one })
    .from(ownerships)
    .innerJoin(lots, eq(lots.id, ownerships.lotId))
    .where(and(eq(ownerships.personId, person), inForce(ownerships.startDate, ownerships.endDate, today), lotUnderScope()));
  const landlord = qb
    .select({ one })
    .from(managementMandates)
    .innerJoin(managedUnits, eq(managedUnits.mandateId, managementMandates.id))
    .innerJoin(lots, eq(lots.id, managedUnits.lotId))
    .where(
      and(
        eq(managementMandates.landlordId, person),
        inForce(managementMandates.startDate, managementMandates.endDate, today),
        lotUnderScope(),
      ),
    );
  const tenant = qb
    .select({ one })
    .from(leaseTenants)
    .innerJoin(leases, eq(leases.id, leaseTenants.leaseId))
    .innerJoin(managedUnits, eq(managedUnits.id, leases.managedUnitId))
    .innerJoin(lots, eq(lots.id, managedUnits.lotId))
    .where(and(eq(leaseTenants.personId, person), inForce(leases.startDate, leases.endDate, today), lotUnderScope()));
  const councillor = qb
    .select({ one })
    .from(councilMemberships)
    .where(
      and(
        eq(councilMemberships.personId, person),
        eq(councilMemberships.condominiumId, documents.condominiumId),
        inForce(councilMemberships.startDate, councilMemberships.endDate, today),
      ),
    );
  return and(
    isNull(documents.withdrawnAt),
    or(
      and(eq(documents.scope, 'person'), eq(documents.personId, person)),
      and(eq(documents.scope, 'council'), exists(councillor)),
      and(
        inArray(documents.scope, ['condominium', 'building', 'lot']),
        or(exists(owner), exists(landlord), and(inArray(documents.folder, [...tenantFolders]), exists(tenant))),
      ),
    ),
  ) as SQL;
}

export interface LotPlace {
  id: string;
  buildingId: string | null;
  condominiumId: string;
}

/**
 * The documents about a lot (its Documents tab): those of its condominium that name no building or its
 * building, and no lot or this lot; and the person's own documents naming this lot, or its condominium only.
 * Who may read them is still `visibleDocumentsCondition`'s answer.
 */
export function aboutLotCondition(lot: LotPlace): SQL {
  return or(
    and(
      ne(documents.scope, 'person'),
      eq(documents.condominiumId, lot.condominiumId),
      lot.buildingId ? or(isNull(documents.buildingId), eq(documents.buildingId, lot.buildingId)) : isNull(documents.buildingId),
      or(isNull(documents.lotId), eq(documents.lotId, lot.id)),
    ),
    and(
      eq(documents.scope, 'person'),
      or(eq(documents.lotId, lot.id), and(isNull(documents.lotId), eq(documents.condominiumId, lot.condominiumId))),
    ),
  ) as SQL;
}

/** A unit's documents: the person documents naming it and, when it is a lot of a condominium, the lot's. */
export function aboutUnitCondition(unitId: string, lot: LotPlace | undefined): SQL {
  const named = and(eq(documents.scope, 'person'), eq(documents.managedUnitId, unitId)) as SQL;
  return lot ? (or(named, aboutLotCondition(lot)) as SQL) : named;
}

/**
 * A lot the person holds today through any of their relations (owner, landlord of the unit that is this lot,
 * tenant of it): a lot filter with any other id is refused before anything is listed.
 */
export async function findPersonLot(db: Executor, personId: string, lotId: string, today: string) {
  const owned = qb
    .select({ one })
    .from(ownerships)
    .where(
      and(
        eq(ownerships.lotId, lots.id),
        eq(ownerships.personId, personId),
        inForce(ownerships.startDate, ownerships.endDate, today),
      ),
    );
  const entrusted = qb
    .select({ one })
    .from(managedUnits)
    .innerJoin(managementMandates, eq(managementMandates.id, managedUnits.mandateId))
    .where(
      and(
        eq(managedUnits.lotId, lots.id),
        eq(managementMandates.landlordId, personId),
        inForce(managementMandates.startDate, managementMandates.endDate, today),
      ),
    );
  const rented = qb
    .select({ one })
    .from(managedUnits)
    .innerJoin(leases, eq(leases.managedUnitId, managedUnits.id))
    .innerJoin(leaseTenants, eq(leaseTenants.leaseId, leases.id))
    .where(
      and(eq(managedUnits.lotId, lots.id), eq(leaseTenants.personId, personId), inForce(leases.startDate, leases.endDate, today)),
    );
  const [row] = await db
    .select({ id: lots.id, buildingId: lots.buildingId, condominiumId: lots.condominiumId })
    .from(lots)
    .where(and(eq(lots.id, lotId), or(exists(owned), exists(entrusted), exists(rented))));
  return row;
}

export async function findLotPlace(db: Executor, lotId: string): Promise<LotPlace | undefined> {
  const [row] = await db
    .select({ id: lots.id, buildingId: lots.buildingId, condominiumId: lots.condominiumId })
    .from(lots)
    .where(eq(lots.id, lotId));
  return row;
}

/** The current version is the highest number: replacing adds one, nothing is ever renumbered or deleted. */
export const isCurrentVersion = () =>
  eq(
    documentVersions.versionNumber,
    sql`(select max(${sql.raw('v.version_number')}) from ${documentVersions} ${sql.raw('v')} where ${sql.raw('v.document_id')} = ${documents.id})`,
  );

export const documentColumns = {
  document: documents,
  version: { id: documentVersions.id, versionNumber: documentVersions.versionNumber, pageCount: documentVersions.pageCount },
  file: {
    storageKey: storedFiles.storageKey,
    originalName: storedFiles.originalName,
    contentType: storedFiles.contentType,
    sizeBytes: storedFiles.sizeBytes,
  },
  condominiumName: condominiums.name,
  buildingName: buildings.name,
  lotNumber: lots.number,
};

/** Documents with their current version's file and the names their scope label needs. */
export function selectDocuments(db: Executor) {
  return db
    .select(documentColumns)
    .from(documents)
    .innerJoin(documentVersions, and(eq(documentVersions.documentId, documents.id), isCurrentVersion()))
    .innerJoin(storedFiles, eq(storedFiles.id, documentVersions.storedFileId))
    .leftJoin(condominiums, eq(condominiums.id, documents.condominiumId))
    .leftJoin(buildings, eq(buildings.id, documents.buildingId))
    .leftJoin(lots, eq(lots.id, documents.lotId));
}

export type DocumentRow = Awaited<ReturnType<ReturnType<typeof selectDocuments>['execute']>>[number];

export const searchQuery = (q: string) => sql`websearch_to_tsquery('palier_french', ${q})`;
export const matchesSearch = (q: string) => sql`${documents.searchVector} @@ ${searchQuery(q)}`;

export interface DocumentPage {
  where: SQL;
  q: string | undefined;
  limit: number;
  offset: number;
}

/** One page, newest first, or best match first when searching. */
export async function listDocumentPage(db: Executor, page: DocumentPage): Promise<{ rows: DocumentRow[]; total: number }> {
  const order = page.q
    ? [desc(sql`ts_rank(${documents.searchVector}, ${searchQuery(page.q)})`), desc(documents.publishedAt), documents.id]
    : [desc(documents.publishedAt), documents.id];
  const [rows, [count]] = await Promise.all([
    selectDocuments(db)
      .where(page.where)
      .orderBy(...order)
      .limit(page.limit)
      .offset(page.offset),
    db.select({ total: sql<number>`count(*)::int` }).from(documents).where(page.where),
  ]);
  return { rows, total: count?.total ?? 0 };
}

/** What the filters offer (folders, years, kinds with their counts) and how many are new, in one pass. */
export async function documentFacets(db: Executor, where: SQL, threshold: Date) {
  return db
    .select({
      folder: documents.folder,
      year: documents.year,
      kind: documents.kind,
      count: sql<number>`count(*)::int`,
      newCount: sql<number>`(count(*) filter (where ${documents.publishedAt} > ${threshold.toISOString()}))::int`,
    })
    .from(documents)
    .where(where)
    .groupBy(documents.folder, documents.year, documents.kind);
}

export async function countDocumentsSince(db: Executor, where: SQL, threshold: Date): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(documents)
    .where(and(where, gt(documents.publishedAt, threshold)));
  return row?.count ?? 0;
}

/**
 * Short extracts of the PDF text around the words searched, « between guillemets », for the page's documents
 * only: ts_headline reads the whole text, so it never runs on rows the page does not show.
 */
export async function searchSnippets(db: Executor, documentIds: string[], q: string): Promise<Map<string, string>> {
  if (documentIds.length === 0) return new Map();
  const rows = await db
    .select({
      id: documents.id,
      snippet: sql<string>`ts_headline('palier_french', ${documents.bodyText}, ${searchQuery(q)}, 'StartSel=«, StopSel=», MaxWords=18, MinWords=6, MaxFragments=2, FragmentDelimiter=" … "')`,
    })
    .from(documents)
    .where(and(inArray(documents.id, documentIds), ne(documents.bodyText, '')));
  return new Map(rows.map((row) => [row.id, row.snippet]));
}

export async function findVisit(db: Executor, accountId: string) {
  const [row] = await db.select().from(documentVisits).where(eq(documentVisits.accountId, accountId));
  return row;
}

export async function saveVisit(db: Executor, accountId: string, state: { lastSeenAt: Date; newSince: Date | null }) {
  await db
    .insert(documentVisits)
    .values({ accountId, ...state })
    .onConflictDoUpdate({ target: documentVisits.accountId, set: state });
}

export async function insertDownload(db: Executor, download: Omit<typeof documentDownloads.$inferInsert, 'id' | 'createdAt'>) {
  await db.insert(documentDownloads).values(download);
}

/**
 * Everyone who can read each of these documents, by the same rule as the person side (the rule is asked the
 * other way round: the person is a column). Candidates are first narrowed to the people of the documents'
 * condominiums and their addressees, so the rule is not evaluated for every person of the database.
 */
export async function personsWhoCanSee(db: Executor, documentIds: string[], today: string) {
  if (documentIds.length === 0) return [];
  const ids = sql`any(${sql.param(documentIds)}::uuid[])`;
  const condominiumsOfDocuments = sql`(select d.condominium_id from documents d where d.id = ${ids})`;
  const candidates: SQLWrapper = sql`(
    select o.person_id from ownerships o join lots l on l.id = o.lot_id where l.condominium_id in ${condominiumsOfDocuments}
    union select m.person_id from council_memberships m where m.condominium_id in ${condominiumsOfDocuments}
    union select mm.landlord_id from management_mandates mm join managed_units u on u.mandate_id = mm.id
      join lots l on l.id = u.lot_id where l.condominium_id in ${condominiumsOfDocuments}
    union select lt.person_id from lease_tenants lt join leases le on le.id = lt.lease_id
      join managed_units u on u.id = le.managed_unit_id join lots l on l.id = u.lot_id
      where l.condominium_id in ${condominiumsOfDocuments}
    union select d.person_id from documents d where d.id = ${ids} and d.person_id is not null)`;
  return db
    .select({ documentId: documents.id, personId: persons.id })
    .from(documents)
    .innerJoin(persons, sql`${persons.id} in ${candidates}`)
    .where(and(inArray(documents.id, documentIds), visibleDocumentsCondition(persons.id, today)))
    .orderBy(persons.id, documents.publishedAt);
}
