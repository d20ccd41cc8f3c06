import { buffer } from 'node:stream/consumers';
import type { FastifyRequest } from 'fastify';
import { extractText, getDocumentProxy } from 'unpdf';
import { AppError, isAppError } from '../../platform/errors.ts';
import type { FileStorage } from '../../platform/storage/file-storage.ts';
import type { ReceivedFile } from '../../platform/storage/stored-files.ts';
import { readMultipartForm, type UploadLimits } from '../../platform/storage/uploads.ts';

/**
 * Documents are bigger and more numerous than the proofs of an activation request (whole minutes of general
 * meetings, a year of calls for funds dropped at once), so their forms have their own limits. They are given
 * to the parser for this request only; the public forms keep the app-wide `UPLOAD_LIMITS`.
 */
export const DOCUMENT_UPLOAD_LIMITS: UploadLimits = {
  fileSizeBytes: 25 * 1024 * 1024,
  files: 50,
  fields: 30,
  fieldSizeBytes: 16 * 1024,
};

/** Storage area of published documents, apart from the proofs of identity. */
export const DOCUMENT_AREA = 'documents';

/** Reads a form of documents: a file that is not a PDF, JPEG or PNG is refused as 422, naming it. */
export function readDocumentForm(request: FastifyRequest, storage: FileStorage, fileFields: readonly string[]) {
  return readMultipartForm(request, storage, {
    area: DOCUMENT_AREA,
    fileFields,
    limits: DOCUMENT_UPLOAD_LIMITS,
    // The content is not what its name claims: the form is understood but cannot be published.
    refuseFile: (error) =>
      isAppError(error) && error.code === 'UNSUPPORTED_MEDIA_TYPE'
        ? new AppError('DOCUMENT_FILE_REJECTED', error.message, error.details)
        : error,
  });
}

export interface ExtractedText {
  bodyText: string;
  pageCount: number | null;
}

// PostgreSQL refuses a tsvector over 1 MB; the first 400 000 characters are plenty to find a document.
const MAX_BODY_CHARACTERS = 400_000;

/**
 * The text layer of a PDF (for full-text search) and its page count. A scanned PDF has no text, a damaged one
 * cannot be read: either way the document is still published, with no text — never refused for that.
 */
export async function extractPdfText(storage: FileStorage, file: Pick<ReceivedFile, 'storageKey' | 'contentType'>) {
  if (file.contentType !== 'application/pdf') return { bodyText: '', pageCount: null } satisfies ExtractedText;
  try {
    const bytes = new Uint8Array(await buffer(await storage.get(file.storageKey)));
    const pdf = await getDocumentProxy(bytes, { verbosity: 0 });
    try {
      const { totalPages, text } = await extractText(pdf, { mergePages: true });
      return { bodyText: clean(text).slice(0, MAX_BODY_CHARACTERS), pageCount: totalPages } satisfies ExtractedText;
    } finally {
      await pdf.destroy();
    }
  } catch {
    return { bodyText: '', pageCount: null } satisfies ExtractedText;
  }
}

// NUL characters cannot be stored in a PostgreSQL text column; runs of blanks carry nothing for the search.
const clean = (text: string) =>
  text
    .replaceAll(String.fromCharCode(0), '')
    .replace(/[ \t]+/g, ' ')
    .trim();
