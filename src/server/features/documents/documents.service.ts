import type { Readable } from 'node:stream';
import { and, eq, gt, type SQL } from 'drizzle-orm';
import { parisDate } from '../../../domain/calendar.ts';
import { openVisit } from '../../../domain/document-audience.ts';
import type { Database } from '../../db/client.ts';
import { documents } from '../../db/schema/index.ts';
import { recordAuditEvent } from '../../platform/audit.ts';
import type { Viewer } from '../../platform/auth/viewer.ts';
import { AppError } from '../../platform/errors.ts';
import type { Evidence } from '../../platform/http/evidence.ts';
import { type FileStorage, StoredObjectMissing } from '../../platform/storage/file-storage.ts';
import { listManagedUnits, listRentedUnits } from '../properties/properties.repository.ts';
import { presentDocumentItem, presentFacets } from './documents.presenter.ts';
import {
  aboutLotCondition,
  aboutUnitCondition,
  countDocumentsSince,
  type DocumentRow,
  documentFacets,
  findLotPlace,
  findPersonLot,
  findVisit,
  insertDownload,
  listDocumentPage,
  matchesSearch,
  saveVisit,
  searchSnippets,
  selectDocuments,
  visibleDocumentsCondition,
} from './documents.repository.ts';
import type { DocumentItem, DocumentList, DocumentListQuery } from './documents.schema.ts';

type ClientViewer = Extract<Viewer, { kind: 'client' }>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const documentNotFound = () => new AppError('NOT_FOUND', "Ce document n'existe pas ou ne vous est pas destiné.");
const propertyNotFound = () => new AppError('NOT_FOUND', "Ce bien n'existe pas ou ne fait pas partie de vos biens.");

export interface DocumentsDependencies {
  db: Database;
  storage: FileStorage;
}

export interface OpenedFile {
  body: Readable;
  contentType: string;
  sizeBytes: number;
  originalName: string;
}

/**
 * The documents a person may read, as the Documents page, a property's Documents tab and the home page show
 * them. Everything starts from `visibleDocumentsCondition`: a document outside it does not exist for the
 * person, and asking for one by its id is answered 404 and written in the audit trail.
 */
export class DocumentsService {
  constructor(private readonly deps: DocumentsDependencies) {}

  async list(viewer: ClientViewer, query: DocumentListQuery, evidence: Evidence, now = new Date()): Promise<DocumentList> {
    const { db } = this.deps;
    const today = parisDate(now);
    const about = await this.aboutCondition(viewer, query, evidence, today);
    const visible = and(visibleDocumentsCondition(viewer.personId, today), about) as SQL;

    // Opening the page itself (no filter but paging) is what counts as a visit.
    const isVisit = !query.folder && !query.year && !query.kind && !query.q && !query.lotId && !query.unitId && !query.onlyNew;
    const visit = openVisit(await findVisit(db, viewer.accountId), now);
    if (isVisit) await saveVisit(db, viewer.accountId, visit.state);

    const where = and(
      visible,
      query.folder ? eq(documents.folder, query.folder) : undefined,
      query.year ? eq(documents.year, query.year) : undefined,
      query.kind ? eq(documents.kind, query.kind) : undefined,
      query.q ? matchesSearch(query.q) : undefined,
      query.onlyNew ? gt(documents.publishedAt, visit.threshold) : undefined,
    ) as SQL;
    const [page, facetRows] = await Promise.all([
      listDocumentPage(db, { where, q: query.q, limit: query.pageSize, offset: (query.page - 1) * query.pageSize }),
      documentFacets(db, visible, visit.threshold),
    ]);
    const snippets = query.q
      ? await searchSnippets(
          db,
          page.rows.map((row) => row.document.id),
          query.q,
        )
      : new Map<string, string>();
    return {
      items: page.rows.map((row) => presentDocumentItem(row, visit.threshold, snippets.get(row.document.id) ?? null)),
      total: page.total,
      ...presentFacets(facetRows),
      newSince: visit.newSince?.toISOString() ?? null,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  /** "N nouveaux documents" on the home page: what opening the documents page now would mark new, without opening it. */
  async summary(viewer: ClientViewer, now = new Date()): Promise<{ newCount: number }> {
    const { db } = this.deps;
    const visit = openVisit(await findVisit(db, viewer.accountId), now);
    return {
      newCount: await countDocumentsSince(db, visibleDocumentsCondition(viewer.personId, parisDate(now)), visit.threshold),
    };
  }

  async detail(viewer: ClientViewer, documentId: string, evidence: Evidence, now = new Date()): Promise<DocumentItem> {
    const row = await this.findVisible(viewer, documentId, evidence, 'detail', now);
    const visit = openVisit(await findVisit(this.deps.db, viewer.accountId), now);
    return presentDocumentItem(row, visit.threshold);
  }

  /** The current version's bytes. Every download and preview is recorded: a document's reading is evidence too. */
  async openFile(
    viewer: ClientViewer,
    documentId: string,
    disposition: 'inline' | 'attachment',
    evidence: Evidence,
    now = new Date(),
  ): Promise<OpenedFile> {
    const { db, storage } = this.deps;
    const row = await this.findVisible(viewer, documentId, evidence, 'file', now);
    let body: Readable;
    try {
      body = await storage.get(row.file.storageKey);
    } catch (error) {
      if (error instanceof StoredObjectMissing) throw new AppError('NOT_FOUND', "Ce document n'est plus disponible.");
      throw error;
    }
    await insertDownload(db, {
      documentId: row.document.id,
      versionId: row.version.id,
      accountId: viewer.accountId,
      disposition: disposition === 'inline' ? 'preview' : 'download',
      ipAddress: evidence.ipAddress,
      userAgent: evidence.userAgent,
    });
    return { body, contentType: row.file.contentType, sizeBytes: row.file.sizeBytes, originalName: row.file.originalName };
  }

  private async findVisible(
    viewer: ClientViewer,
    documentId: string,
    evidence: Evidence,
    asked: 'detail' | 'file',
    now: Date,
  ): Promise<DocumentRow> {
    const { db } = this.deps;
    const [row] = UUID.test(documentId)
      ? await selectDocuments(db).where(
          and(eq(documents.id, documentId), visibleDocumentsCondition(viewer.personId, parisDate(now))),
        )
      : [];
    if (row) return row;
    await this.recordDenial(viewer, 'document', documentId, asked, evidence);
    throw documentNotFound();
  }

  /** The lot or unit filter of a property's Documents tab; a property that is not the person's is refused. */
  private async aboutCondition(
    viewer: ClientViewer,
    query: DocumentListQuery,
    evidence: Evidence,
    today: string,
  ): Promise<SQL | undefined> {
    const { db } = this.deps;
    if (query.lotId) {
      const lot = await findPersonLot(db, viewer.personId, query.lotId, today);
      if (!lot) {
        await this.recordDenial(viewer, 'lot', query.lotId, 'list', evidence);
        throw propertyNotFound();
      }
      return aboutLotCondition(lot);
    }
    if (query.unitId) {
      const [unit] = [
        ...(await listManagedUnits(db, viewer.personId, today, query.unitId)),
        ...(await listRentedUnits(db, viewer.personId, today, query.unitId)),
      ];
      if (!unit) {
        await this.recordDenial(viewer, 'managed_unit', query.unitId, 'list', evidence);
        throw propertyNotFound();
      }
      return aboutUnitCondition(unit.id, unit.lotId ? await findLotPlace(db, unit.lotId) : undefined);
    }
    return undefined;
  }

  /** "404, and it is logged": a person trying an id that is not theirs leaves a trace staff can review. */
  private async recordDenial(
    viewer: ClientViewer,
    targetType: 'document' | 'lot' | 'managed_unit',
    targetId: string,
    asked: 'detail' | 'file' | 'list',
    evidence: Evidence,
  ): Promise<void> {
    await recordAuditEvent(this.deps.db, {
      accountId: viewer.accountId,
      action: 'document.access_denied',
      targetType,
      targetId: targetId.slice(0, 100),
      ...evidence,
      details: { asked },
    });
  }
}
