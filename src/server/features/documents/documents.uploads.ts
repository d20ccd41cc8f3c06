import type { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { finished } from 'node:stream/promises';
import type { FastifyRequest } from 'fastify';
import { extractText, getDocumentProxy } from 'unpdf';
import { AppError, isAppError } from '../../platform/errors.ts';
import type { FileStorage } from '../../platform/storage/file-storage.ts';
import { discardFiles, type ReceivedFile, receiveFile } from '../../platform/storage/stored-files.ts';
import type { MultipartForm, UploadedFile } from '../../platform/storage/uploads.ts';

/**
 * Documents are bigger and more numerous than the proofs of an activation request (whole minutes of general
 * meetings, a year of calls for funds dropped at once), so their forms have their own limits. They are given
 * to @fastify/multipart for this request only (`request.parts({ limits })`); `readMultipartForm` keeps the
 * app-wide limits of the public forms.
 */
export const DOCUMENT_UPLOAD_LIMITS = {
  fileSizeBytes: 25 * 1024 * 1024,
  files: 50,
  fields: 30,
  fieldSizeBytes: 16 * 1024,
} as const;

/** Storage area of published documents, apart from the proofs of identity. */
export const DOCUMENT_AREA = 'documents';

/**
 * Reads a multipart form of documents, storing each file as it arrives (checked by its content, hashed), like
 * `readMultipartForm`; either every field and stored file is answered, or nothing is left in storage. A file
 * that is not a PDF, JPEG or PNG is refused as 422, naming it.
 */
export async function readDocumentForm(
  request: FastifyRequest,
  storage: FileStorage,
  fileFields: readonly string[],
): Promise<MultipartForm> {
  if (!request.isMultipart())
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Le formulaire doit être envoyé au format multipart/form-data.');
  const limits = DOCUMENT_UPLOAD_LIMITS;
  const fields: Record<string, string> = {};
  const files: UploadedFile[] = [];
  let refusal: unknown;
  try {
    const parts = request.parts({
      limits: { fileSize: limits.fileSizeBytes, files: limits.files, fields: limits.fields, fieldSize: limits.fieldSizeBytes },
    });
    for await (const part of parts) {
      if (part.type === 'field') {
        if (part.valueTruncated || part.fieldnameTruncated) {
          refusal ??= new AppError('PAYLOAD_TOO_LARGE', `Le champ « ${part.fieldname} » est trop long.`);
        } else if (!(part.fieldname in fields)) {
          fields[part.fieldname] = String(part.value);
        }
        continue;
      }
      if (refusal || part.filename === '') {
        await discardRest(part.file);
        continue;
      }
      if (!fileFields.includes(part.fieldname)) {
        await discardRest(part.file);
        refusal = new AppError('BAD_REQUEST', `Le champ « ${part.fieldname} » n'accepte pas de fichier.`);
        continue;
      }
      try {
        const stored = await receiveFile(storage, {
          area: DOCUMENT_AREA,
          source: part.file,
          originalName: part.filename,
          maxBytes: limits.fileSizeBytes,
          truncated: () => part.file.truncated,
        });
        files.push({ ...stored, field: part.fieldname });
      } catch (error) {
        await discardRest(part.file);
        // The content is not what its name claims: the form is understood but cannot be published.
        refusal =
          isAppError(error) && error.code === 'UNSUPPORTED_MEDIA_TYPE'
            ? new AppError('DOCUMENT_FILE_REJECTED', error.message, error.details)
            : error;
      }
    }
  } catch (error) {
    refusal ??= fromParserError(error);
  }
  if (refusal) {
    await discardFiles(storage, files);
    throw refusal;
  }
  return { fields, files };
}

async function discardRest(stream: Readable): Promise<void> {
  if (stream.readableEnded || stream.destroyed) return;
  stream.resume();
  await finished(stream).catch(() => undefined);
}

function fromParserError(error: unknown): unknown {
  switch ((error as { code?: unknown } | null)?.code) {
    case 'FST_FILES_LIMIT':
      return new AppError('PAYLOAD_TOO_LARGE', `Trop de fichiers : ${DOCUMENT_UPLOAD_LIMITS.files} au maximum par envoi.`);
    case 'FST_FIELDS_LIMIT':
    case 'FST_PARTS_LIMIT':
      return new AppError('PAYLOAD_TOO_LARGE', 'Le formulaire contient trop de champs.');
    case 'FST_PROTO_VIOLATION':
    case 'FST_MP_PREMATURE_CLOSE':
      return new AppError('BAD_REQUEST');
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return new AppError('UNSUPPORTED_MEDIA_TYPE', 'Le formulaire doit être envoyé au format multipart/form-data.');
    default:
      return error;
  }
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
