import { createHash } from 'node:crypto';
import PDFDocument from 'pdfkit';
import type { DocumentFolder, DocumentScope } from '../../src/domain/document-audience.ts';
import type { Database } from '../../src/server/db/client.ts';
import { buildings, documents, documentVersions, lots, storedFiles } from '../../src/server/db/schema/index.ts';
import { type FileStorage, newStorageKey } from '../../src/server/platform/storage/file-storage.ts';
import { multipartForm, type ProofUpload } from './proof-files.ts';

/** A real PDF with a text layer, one paragraph per entry (pdfkit, as the portal's own documents). */
export async function pdfWithText(...paragraphs: string[]): Promise<Buffer> {
  const pdf = new PDFDocument({ size: 'A4', info: { Title: paragraphs[0] ?? 'Document' } });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve) => pdf.on('end', () => resolve()));
  for (const paragraph of paragraphs) pdf.text(paragraph).moveDown();
  pdf.end();
  await ended;
  return Buffer.concat(chunks);
}

export interface DocumentValues {
  agencyId: string;
  scope: DocumentScope;
  folder: DocumentFolder;
  title?: string;
  kind?: string;
  year?: number;
  condominiumId?: string | null;
  buildingId?: string | null;
  lotId?: string | null;
  personId?: string | null;
  managedUnitId?: string | null;
  publishedAt?: Date;
  withdrawnAt?: Date | null;
  bodyText?: string;
  /** Stored under a fresh key; a tiny PDF naming the title by default. */
  bytes?: Buffer;
  fileName?: string;
}

const one = <T>(rows: T[]): T => {
  const [row] = rows;
  if (!row) throw new Error('insert returned no row');
  return row;
};

/**
 * Builders for the documents tests: buildings and lots placed in them, and documents written straight to the
 * database (with their bytes in storage) when a test is about reading them rather than publishing them.
 */
export function documentFactories(db: Database, storage: FileStorage) {
  return {
    async building(condominiumId: string, name: string) {
      return one(await db.insert(buildings).values({ condominiumId, name }).returning());
    },

    async lot(condominiumId: string, number: string, buildingId: string | null) {
      return one(await db.insert(lots).values({ condominiumId, number, kind: 'appartement', buildingId }).returning());
    },

    async document(values: DocumentValues) {
      const title = values.title ?? `Document ${values.folder} ${values.scope}`;
      const bytes = values.bytes ?? (await pdfWithText(title));
      const storageKey = newStorageKey('documents');
      await storage.put(storageKey, bytes, 'application/pdf');
      const file = one(
        await db
          .insert(storedFiles)
          .values({
            storageKey,
            originalName: values.fileName ?? `${title}.pdf`,
            contentType: 'application/pdf',
            sizeBytes: bytes.length,
            sha256: createHash('sha256').update(bytes).digest('hex'),
          })
          .returning(),
      );
      const document = one(
        await db
          .insert(documents)
          .values({
            agencyId: values.agencyId,
            scope: values.scope,
            folder: values.folder,
            title,
            kind: values.kind ?? 'Divers',
            year: values.year ?? 2025,
            condominiumId: values.condominiumId ?? null,
            buildingId: values.buildingId ?? null,
            lotId: values.lotId ?? null,
            personId: values.personId ?? null,
            managedUnitId: values.managedUnitId ?? null,
            bodyText: values.bodyText ?? title,
            publishedAt: values.publishedAt ?? new Date(),
            withdrawnAt: values.withdrawnAt ?? null,
          })
          .returning(),
      );
      await db
        .insert(documentVersions)
        .values({ documentId: document.id, versionNumber: 1, storedFileId: file.id, pageCount: 1 });
      return { ...document, bytes };
    },
  };
}

/** The publishing form: fields as the web client sends them, files under `files`. */
export function publishForm(fields: Record<string, string>, files: { name: string; bytes: Buffer; type?: string }[]): FormData {
  const uploads: ProofUpload[] = files.map((file) => ({ field: 'files', ...file }));
  return multipartForm(fields, uploads);
}
