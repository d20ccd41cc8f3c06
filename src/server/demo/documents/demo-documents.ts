import { createHash, randomUUID } from 'node:crypto';
import type { documentFolder, documentScope } from '../../db/schema/index.ts';
import {
  type PdfBuilder,
  type PdfDocumentOptions,
  type PdfLetterhead,
  type RenderedPdf,
  renderPdfDocument,
} from '../../platform/pdf/pdf-document.ts';
import { type FileStorage, newStorageKey } from '../../platform/storage/file-storage.ts';
import type { DemoBatch } from '../batch.ts';

export type DocumentFolder = (typeof documentFolder.enumValues)[number];
export type DocumentScope = (typeof documentScope.enumValues)[number];

/** Who a demo document is for: the columns of `documents` that the scope requires (see its check constraint). */
export interface DocumentTarget {
  scope: DocumentScope;
  condominiumId?: string | null;
  buildingId?: string | null;
  lotId?: string | null;
  personId?: string | null;
  managedUnitId?: string | null;
}

export interface DemoDocumentSpec extends DocumentTarget {
  agencyId: string;
  folder: DocumentFolder;
  kind: string;
  title: string;
  year: number;
  publishedAt: Date;
  publishedByStaffId: string;
  /** The name a download is saved under. */
  fileName: string;
  /** Metadata and letterhead; the title defaults to the document's. */
  pdf: Omit<PdfDocumentOptions, 'title'> & { title?: string };
  build: (pdf: PdfBuilder) => void;
}

/**
 * The demo's documents, described first and rendered later: ids are chosen when a document is described, so
 * contracts and notifications can point at it before any byte exists.
 */
export class DemoDocuments {
  readonly specs: Array<DemoDocumentSpec & { id: string }> = [];

  add(spec: DemoDocumentSpec): string {
    const id = randomUUID();
    this.specs.push({ ...spec, id });
    return id;
  }

  idOf(title: string): string {
    const found = this.specs.find((spec) => spec.title === title);
    if (!found) throw new Error(`Demo data refers to an unknown document: ${title}`);
    return found.id;
  }
}

/**
 * Rendered PDFs by the day they were rendered for: a test run loads the demo into many databases, and the
 * documents only change with the date (relative dates in notices and receipts). The bytes are immutable.
 */
const renderCache = new Map<string, Promise<RenderedPdf>>();

function render(spec: DemoDocumentSpec, today: string): Promise<RenderedPdf> {
  const key = `${today}\u0000${spec.fileName}\u0000${spec.title}`;
  let rendered = renderCache.get(key);
  if (!rendered) {
    rendered = renderPdfDocument({ ...spec.pdf, title: spec.pdf.title ?? spec.title, createdAt: spec.publishedAt }, spec.build);
    // A failed rendering is not kept: the next load tries again instead of failing from the cache.
    rendered.catch(() => renderCache.delete(key));
    renderCache.set(key, rendered);
  }
  return rendered;
}

/**
 * Renders every document, puts its bytes in storage and adds its rows (stored file, document, first version)
 * to the batch. The bytes are written before the batch's transaction: if the load then fails, the objects
 * stay in storage with no row pointing at them — harmless, since storage keys are random and never listed,
 * and the retried load writes new ones.
 */
export async function storeDemoDocuments(
  batch: DemoBatch,
  documents: DemoDocuments,
  storage: FileStorage,
  today: string,
): Promise<void> {
  const stored = await Promise.all(
    documents.specs.map(async (spec) => {
      const rendered = await render(spec, today);
      const storageKey = newStorageKey('documents');
      await storage.put(storageKey, rendered.bytes, 'application/pdf');
      return { spec, rendered, storageKey };
    }),
  );
  for (const { spec, rendered, storageKey } of stored) {
    const storedFileId = batch.add(batch.storedFiles, {
      storageKey,
      originalName: spec.fileName,
      contentType: 'application/pdf',
      sizeBytes: rendered.bytes.length,
      sha256: createHash('sha256').update(rendered.bytes).digest('hex'),
      createdAt: spec.publishedAt,
    });
    batch.documents.push({
      id: spec.id,
      agencyId: spec.agencyId,
      folder: spec.folder,
      kind: spec.kind,
      title: spec.title,
      year: spec.year,
      scope: spec.scope,
      condominiumId: spec.condominiumId ?? null,
      buildingId: spec.buildingId ?? null,
      lotId: spec.lotId ?? null,
      personId: spec.personId ?? null,
      managedUnitId: spec.managedUnitId ?? null,
      bodyText: rendered.text,
      publishedAt: spec.publishedAt,
      publishedByStaffId: spec.publishedByStaffId,
      createdAt: spec.publishedAt,
    });
    batch.documentVersions.push({
      documentId: spec.id,
      versionNumber: 1,
      storedFileId,
      pageCount: rendered.pageCount,
      publishedByStaffId: spec.publishedByStaffId,
      createdAt: spec.publishedAt,
    });
  }
}

/** The letterhead of a demo agency, read from its row in the batch. */
export function letterheadOf(batch: DemoBatch, agencyId: string): PdfLetterhead {
  const agency = batch.agencies.find((row) => row.id === agencyId);
  if (!agency) throw new Error(`Demo data refers to an unknown agency: ${agencyId}`);
  return {
    name: agency.name,
    addressLines: [agency.addressLine1 ?? '', `${agency.postalCode ?? ''} ${agency.city ?? ''}`],
    phone: agency.phone ?? null,
    email: agency.email ?? null,
  };
}

/** "Procès-verbal de l'AG du 12 juin 2026" → "proces-verbal-de-l-ag-du-12-juin-2026.pdf". */
export function pdfFileName(title: string): string {
  const base = title
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${base.slice(0, 100)}.pdf`;
}
