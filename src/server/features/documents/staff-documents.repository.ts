import { and, asc, count, desc, eq, inArray, isNull, max, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client.ts';
import {
  accounts,
  buildings,
  clientReferences,
  condominiums,
  documentDownloads,
  documents,
  documentVersions,
  leases,
  leaseTenants,
  lots,
  managedUnits,
  managementMandates,
  persons,
  staffMembers,
  storedFiles,
} from '../../db/schema/index.ts';
import { type DocumentRow, selectDocuments } from './documents.repository.ts';

/*
 * The agency's side. Every query is scoped by the staff member's agency: a document, condominium, lot or
 * person of another agency is simply not found.
 */

export type NewDocument = Omit<
  typeof documents.$inferInsert,
  'id' | 'createdAt' | 'searchVector' | 'withdrawnAt' | 'withdrawnByStaffId' | 'withdrawalReason'
>;

export async function insertDocument(db: Executor, values: NewDocument) {
  const [row] = await db.insert(documents).values(values).returning({ id: documents.id });
  if (!row) throw new Error('document insert returned no row');
  return row;
}

export async function insertVersion(db: Executor, values: Omit<typeof documentVersions.$inferInsert, 'id' | 'createdAt'>) {
  const [row] = await db.insert(documentVersions).values(values).returning({ id: documentVersions.id });
  if (!row) throw new Error('document version insert returned no row');
  return row;
}

/** The agency's document, locked for the change about to be made (a new version, a withdrawal). */
export async function lockAgencyDocument(db: Executor, agencyId: string, documentId: string) {
  const [row] = await db
    .select()
    .from(documents)
    .where(and(eq(documents.id, documentId), eq(documents.agencyId, agencyId)))
    .for('update');
  return row;
}

export async function lastVersionNumber(db: Executor, documentId: string): Promise<number> {
  const [row] = await db
    .select({ last: max(documentVersions.versionNumber) })
    .from(documentVersions)
    .where(eq(documentVersions.documentId, documentId));
  return row?.last ?? 0;
}

export async function replaceBodyText(db: Executor, documentId: string, bodyText: string) {
  await db.update(documents).set({ bodyText }).where(eq(documents.id, documentId));
}

export async function markWithdrawn(db: Executor, documentId: string, staffMemberId: string, reason: string) {
  await db
    .update(documents)
    .set({ withdrawnAt: new Date(), withdrawnByStaffId: staffMemberId, withdrawalReason: reason })
    .where(eq(documents.id, documentId));
}

export async function findAgencyCondominium(db: Executor, agencyId: string, condominiumId: string) {
  const [row] = await db
    .select({ id: condominiums.id })
    .from(condominiums)
    .where(and(eq(condominiums.id, condominiumId), eq(condominiums.agencyId, agencyId)));
  return row;
}

export async function findAgencyBuilding(db: Executor, agencyId: string, buildingId: string) {
  const [row] = await db
    .select({ id: buildings.id, condominiumId: buildings.condominiumId })
    .from(buildings)
    .innerJoin(condominiums, eq(condominiums.id, buildings.condominiumId))
    .where(and(eq(buildings.id, buildingId), eq(condominiums.agencyId, agencyId)));
  return row;
}

export async function findAgencyLot(db: Executor, agencyId: string, lotId: string) {
  const [row] = await db
    .select({ id: lots.id, condominiumId: lots.condominiumId, buildingId: lots.buildingId })
    .from(lots)
    .innerJoin(condominiums, eq(condominiums.id, lots.condominiumId))
    .where(and(eq(lots.id, lotId), eq(condominiums.agencyId, agencyId)));
  return row;
}

export async function findAgencyUnit(db: Executor, agencyId: string, unitId: string) {
  const [row] = await db
    .select({ id: managedUnits.id, lotId: managedUnits.lotId, landlordId: managementMandates.landlordId })
    .from(managedUnits)
    .innerJoin(managementMandates, eq(managementMandates.id, managedUnits.mandateId))
    .where(and(eq(managedUnits.id, unitId), eq(managementMandates.agencyId, agencyId)));
  return row;
}

/** A client of the agency: one who holds a client reference there (as the staff client search finds them). */
export async function isAgencyClient(db: Executor, agencyId: string, personId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: clientReferences.id })
    .from(clientReferences)
    .where(and(eq(clientReferences.personId, personId), eq(clientReferences.agencyId, agencyId)))
    .limit(1);
  return row !== undefined;
}

/** The units under the agency's mandates that the person entrusts (landlord) or rents (tenant, any lease). */
export async function listPersonUnits(db: Executor, agencyId: string, personId: string) {
  const unitColumns = {
    id: managedUnits.id,
    reference: managedUnits.reference,
    kind: managedUnits.kind,
    addressLine1: managedUnits.addressLine1,
    postalCode: managedUnits.postalCode,
    city: managedUnits.city,
  };
  const [entrusted, rented] = await Promise.all([
    db
      .select(unitColumns)
      .from(managedUnits)
      .innerJoin(managementMandates, eq(managementMandates.id, managedUnits.mandateId))
      .where(and(eq(managementMandates.agencyId, agencyId), eq(managementMandates.landlordId, personId)))
      .orderBy(asc(managedUnits.reference)),
    db
      .selectDistinct(unitColumns)
      .from(leaseTenants)
      .innerJoin(leases, eq(leases.id, leaseTenants.leaseId))
      .innerJoin(managedUnits, eq(managedUnits.id, leases.managedUnitId))
      .innerJoin(managementMandates, eq(managementMandates.id, managedUnits.mandateId))
      .where(and(eq(managementMandates.agencyId, agencyId), eq(leaseTenants.personId, personId)))
      .orderBy(asc(managedUnits.reference)),
  ]);
  return [
    ...entrusted.map((unit) => ({ ...unit, relation: 'landlord' as const })),
    ...rented.map((unit) => ({ ...unit, relation: 'tenant' as const })),
  ];
}

export async function listAgencyCondominiums(db: Executor, agencyId: string) {
  return db
    .select({ id: condominiums.id, reference: condominiums.reference, name: condominiums.name })
    .from(condominiums)
    .where(eq(condominiums.agencyId, agencyId))
    .orderBy(asc(condominiums.name));
}

export async function listCondominiumBuildings(db: Executor, condominiumId: string) {
  return db
    .select({ id: buildings.id, name: buildings.name })
    .from(buildings)
    .where(eq(buildings.condominiumId, condominiumId))
    .orderBy(asc(buildings.name));
}

export async function listCondominiumLots(db: Executor, condominiumId: string) {
  return db
    .select({ id: lots.id, number: lots.number, kind: lots.kind, buildingId: lots.buildingId, buildingName: buildings.name })
    .from(lots)
    .leftJoin(buildings, eq(buildings.id, lots.buildingId))
    .where(eq(lots.condominiumId, condominiumId))
    .orderBy(sql`length(${lots.number})`, lots.number);
}

const publisher = alias(staffMembers, 'publisher');
const addressee = alias(persons, 'addressee');

/** What the staff screens add to a document: who published it, for whom, how many versions and downloads. */
const staffExtras = {
  publisherFirstName: publisher.firstName,
  publisherLastName: publisher.lastName,
  addressee: {
    civility: addressee.civility,
    firstName: addressee.firstName,
    lastName: addressee.lastName,
    companyName: addressee.companyName,
  },
  versionCount: sql<number>`(select count(*)::int from ${documentVersions} v where v.document_id = ${documents.id})`,
  downloadCount: sql<number>`(select count(*)::int from ${documentDownloads} dl where dl.document_id = ${documents.id})`,
};

export type StaffDocumentRow = DocumentRow & {
  publisherFirstName: string | null;
  publisherLastName: string | null;
  addressee: {
    civility: 'M' | 'MME' | 'M_ET_MME' | 'MM' | 'MMES' | 'SOCIETE';
    firstName: string | null;
    lastName: string | null;
    companyName: string | null;
  } | null;
  versionCount: number;
  downloadCount: number;
  currentVersionId: string;
};

async function withExtras(db: Executor, rows: DocumentRow[]): Promise<StaffDocumentRow[]> {
  if (rows.length === 0) return [];
  const extras = await db
    .select({ id: documents.id, ...staffExtras })
    .from(documents)
    .leftJoin(publisher, eq(publisher.id, documents.publishedByStaffId))
    .leftJoin(addressee, eq(addressee.id, documents.personId))
    .where(
      inArray(
        documents.id,
        rows.map((row) => row.document.id),
      ),
    );
  const byId = new Map(extras.map((extra) => [extra.id, extra]));
  return rows.map((row) => {
    const extra = byId.get(row.document.id);
    return {
      ...row,
      publisherFirstName: extra?.publisherFirstName ?? null,
      publisherLastName: extra?.publisherLastName ?? null,
      addressee: extra?.addressee?.civility ? extra.addressee : null,
      versionCount: extra?.versionCount ?? 0,
      downloadCount: extra?.downloadCount ?? 0,
      currentVersionId: row.version.id,
    };
  });
}

export interface StaffListFilter {
  agencyId: string;
  condominiumId?: string;
  folder?: (typeof documents.$inferSelect)['folder'];
  year?: number;
  q?: string;
  includeWithdrawn: boolean;
}

export async function listAgencyDocuments(db: Executor, filter: StaffListFilter, limit: number, offset: number) {
  const where = and(
    eq(documents.agencyId, filter.agencyId),
    filter.condominiumId ? eq(documents.condominiumId, filter.condominiumId) : undefined,
    filter.folder ? eq(documents.folder, filter.folder) : undefined,
    filter.year ? eq(documents.year, filter.year) : undefined,
    filter.q ? sql`${documents.searchVector} @@ websearch_to_tsquery('palier_french', ${filter.q})` : undefined,
    filter.includeWithdrawn ? undefined : isNull(documents.withdrawnAt),
  ) as SQL;
  const [rows, [total]] = await Promise.all([
    selectDocuments(db).where(where).orderBy(desc(documents.publishedAt), documents.id).limit(limit).offset(offset),
    db.select({ count: count() }).from(documents).where(where),
  ]);
  return { rows: await withExtras(db, rows), total: total?.count ?? 0 };
}

export async function findAgencyDocuments(db: Executor, agencyId: string, documentIds: string[]) {
  if (documentIds.length === 0) return [];
  const rows = await selectDocuments(db)
    .where(and(eq(documents.agencyId, agencyId), inArray(documents.id, documentIds)))
    .orderBy(documents.publishedAt, documents.title);
  return withExtras(db, rows);
}

export async function listVersions(db: Executor, documentId: string) {
  return db
    .select({
      id: documentVersions.id,
      versionNumber: documentVersions.versionNumber,
      pageCount: documentVersions.pageCount,
      note: documentVersions.note,
      createdAt: documentVersions.createdAt,
      file: {
        originalName: storedFiles.originalName,
        contentType: storedFiles.contentType,
        sizeBytes: storedFiles.sizeBytes,
      },
      publisherFirstName: staffMembers.firstName,
      publisherLastName: staffMembers.lastName,
    })
    .from(documentVersions)
    .innerJoin(storedFiles, eq(storedFiles.id, documentVersions.storedFileId))
    .leftJoin(staffMembers, eq(staffMembers.id, documentVersions.publishedByStaffId))
    .where(eq(documentVersions.documentId, documentId))
    .orderBy(desc(documentVersions.versionNumber));
}

const downloaderStaff = alias(staffMembers, 'downloader_staff');

export async function listDownloads(db: Executor, documentId: string, limit: number) {
  return db
    .select({
      at: documentDownloads.createdAt,
      disposition: documentDownloads.disposition,
      ipAddress: documentDownloads.ipAddress,
      versionNumber: documentVersions.versionNumber,
      person: {
        civility: persons.civility,
        firstName: persons.firstName,
        lastName: persons.lastName,
        companyName: persons.companyName,
      },
      staffFirstName: downloaderStaff.firstName,
      staffLastName: downloaderStaff.lastName,
    })
    .from(documentDownloads)
    .innerJoin(documentVersions, eq(documentVersions.id, documentDownloads.versionId))
    .innerJoin(accounts, eq(accounts.id, documentDownloads.accountId))
    .leftJoin(persons, eq(persons.id, accounts.personId))
    .leftJoin(downloaderStaff, eq(downloaderStaff.id, accounts.staffMemberId))
    .where(eq(documentDownloads.documentId, documentId))
    .orderBy(desc(documentDownloads.createdAt))
    .limit(limit);
}

export async function findWithdrawer(db: Executor, staffMemberId: string | null) {
  if (!staffMemberId) return undefined;
  const [row] = await db
    .select({ firstName: staffMembers.firstName, lastName: staffMembers.lastName })
    .from(staffMembers)
    .where(eq(staffMembers.id, staffMemberId));
  return row;
}

/** Any version of the agency's document, with its stored file (staff may open every version, withdrawn or not). */
export async function findAgencyVersionFile(db: Executor, agencyId: string, documentId: string, versionId: string) {
  const [row] = await db
    .select({
      storageKey: storedFiles.storageKey,
      contentType: storedFiles.contentType,
      sizeBytes: storedFiles.sizeBytes,
      originalName: storedFiles.originalName,
    })
    .from(documentVersions)
    .innerJoin(documents, eq(documents.id, documentVersions.documentId))
    .innerJoin(storedFiles, eq(storedFiles.id, documentVersions.storedFileId))
    .where(and(eq(documentVersions.id, versionId), eq(documents.id, documentId), eq(documents.agencyId, agencyId)));
  return row;
}
