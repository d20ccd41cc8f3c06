import contentDisposition from 'content-disposition';
import type { FastifyReply } from 'fastify';
import { DOCUMENT_FOLDERS, type DocumentFolder, folderLabel } from '../../../domain/document-audience.ts';
import { foldForSearch } from '../../../domain/search-folding.ts';
import type { DocumentType } from '../../platform/storage/stored-files.ts';
import type { DocumentRow } from './documents.repository.ts';
import type { DocumentItem, DocumentList } from './documents.schema.ts';
import type { OpenedFile } from './documents.service.ts';

export const documentFileUrl = (documentId: string) => `/api/documents/${documentId}/file`;

/** "Copropriété Les Tilleuls", but "Copropriété du 100 avenue…" stays as named, never "Copropriété Copropriété…". */
function prefixed(word: string, name: string | null): string {
  if (!name) return word;
  return foldForSearch(name).startsWith(foldForSearch(word)) ? name : `${word} ${name}`;
}

export function scopeLabel(row: Pick<DocumentRow, 'document' | 'condominiumName' | 'buildingName' | 'lotNumber'>): string {
  switch (row.document.scope) {
    case 'condominium':
      return prefixed('Copropriété', row.condominiumName);
    case 'building':
      return prefixed('Bâtiment', row.buildingName);
    case 'lot':
      return row.lotNumber ? `Lot ${row.lotNumber}` : 'Lot';
    case 'person':
      return 'Personnel';
    case 'council':
      return 'Conseil syndical';
  }
}

/** The file of the current version; only the three types checked at upload are ever stored. */
export const presentFile = (row: Pick<DocumentRow, 'file' | 'version'>) => ({
  contentType: row.file.contentType as DocumentType,
  sizeBytes: row.file.sizeBytes,
  pageCount: row.version.pageCount,
  originalName: row.file.originalName,
});

export function presentDocumentItem(row: DocumentRow, threshold: Date, snippet: string | null = null): DocumentItem {
  const { document } = row;
  return {
    id: document.id,
    title: document.title,
    folder: document.folder,
    folderLabel: folderLabel(document.folder),
    kind: document.kind,
    year: document.year,
    publishedAt: document.publishedAt.toISOString(),
    isNew: document.publishedAt.getTime() > threshold.getTime(),
    scope: document.scope,
    scopeLabel: scopeLabel(row),
    condominiumName: row.condominiumName,
    file: presentFile(row),
    versionNumber: row.version.versionNumber,
    snippet,
    previewUrl: `${documentFileUrl(document.id)}?disposition=inline`,
    downloadUrl: documentFileUrl(document.id),
  };
}

export interface FacetRow {
  folder: DocumentFolder;
  year: number;
  kind: string;
  count: number;
  newCount: number;
}

/** Folders in display order (only those holding something), years newest first, kinds alphabetically. */
export function presentFacets(rows: FacetRow[]): { facets: DocumentList['facets']; newCount: number } {
  const byFolder = new Map<DocumentFolder, number>();
  const years = new Set<number>();
  const kinds = new Set<string>();
  let newCount = 0;
  for (const row of rows) {
    byFolder.set(row.folder, (byFolder.get(row.folder) ?? 0) + row.count);
    years.add(row.year);
    kinds.add(row.kind);
    newCount += row.newCount;
  }
  return {
    facets: {
      folders: DOCUMENT_FOLDERS.filter((entry) => byFolder.has(entry.folder)).map((entry) => ({
        folder: entry.folder,
        label: entry.label,
        count: byFolder.get(entry.folder) ?? 0,
      })),
      years: [...years].sort((a, b) => b - a),
      kinds: [...kinds].sort((a, b) => a.localeCompare(b, 'fr')),
    },
    newCount,
  };
}

/**
 * Served inside the portal's own pages (PDF or image in a frame): only the portal may frame it, and the file
 * may not run or load anything. The PDF viewer of Chromium is a plugin, hence `object-src 'self'`.
 */
export const fileSecurityHeaders = {
  contentSecurityPolicy: {
    directives: {
      defaultSrc: ["'none'"],
      imgSrc: ["'self'"],
      objectSrc: ["'self'"],
      styleSrc: ["'unsafe-inline'"],
      frameAncestors: ["'self'"],
    },
  },
  frameguard: { action: 'sameorigin' as const },
};

/** A stored file as the browser must receive it: its detected type, its name, never sniffed, never cached. */
export function sendFile(reply: FastifyReply, file: OpenedFile, disposition: 'inline' | 'attachment') {
  return reply
    .header('content-type', file.contentType)
    .header('content-length', String(file.sizeBytes))
    .header('content-disposition', contentDisposition(file.originalName, { type: disposition }))
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store')
    .send(file.body);
}
