import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { fileTypeFromBuffer } from 'file-type';
import type { Executor } from '../../db/client.ts';
import { AppError } from '../errors.ts';
import { type FileStorage, newStorageKey } from './file-storage.ts';
import { insertStoredFile, type StoredFileRow } from './stored-files.repository.ts';

/** What the uploaders of Palier accept: documents people scan or photograph. */
export const DOCUMENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/** Bytes stored, row not yet written: the caller records it inside its own transaction, or discards it. */
export interface ReceivedFile {
  storageKey: string;
  originalName: string;
  /** Detected from the first bytes, never taken from the name or the browser's claim. */
  contentType: DocumentType;
  sizeBytes: number;
  sha256: string;
}

export interface ReceiveOptions {
  /** First segment of the storage key, e.g. "activation-proofs". */
  area: string;
  source: Readable;
  originalName: string;
  maxBytes: number;
  /** Set by a parser that cut the stream at its own limit (busboy's `truncated`). */
  truncated?: () => boolean;
}

// file-type's own default sample: enough for the signatures of PDF, JPEG and PNG.
const SAMPLE_BYTES = 4100;
const MAX_NAME_LENGTH = 180;

const megabytes = (bytes: number) => Math.round(bytes / (1024 * 1024));

/**
 * Streams an upload into storage while checking it: its type from its content (a text file named ".pdf" is
 * refused), its size, and its SHA-256. On any refusal the bytes already written are deleted.
 */
export async function receiveFile(storage: FileStorage, options: ReceiveOptions): Promise<ReceivedFile> {
  const originalName = cleanFileName(options.originalName);
  const chunks = options.source[Symbol.asyncIterator]();
  const head = await readHead(chunks, SAMPLE_BYTES);
  const detected = await fileTypeFromBuffer(head.bytes);
  const contentType = DOCUMENT_TYPES.find((type) => type === detected?.mime);
  if (!contentType) {
    await drain(chunks);
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', `Le fichier « ${originalName} » n'est pas un PDF, JPEG ou PNG.`, {
      fileName: originalName,
    });
  }

  const hash = createHash('sha256');
  let sizeBytes = 0;
  async function* measured() {
    for (const chunk of head.chunks) {
      hash.update(chunk);
      sizeBytes += chunk.length;
      yield chunk;
    }
    if (head.ended) return;
    for (let next = await chunks.next(); !next.done; next = await chunks.next()) {
      const chunk = next.value as Buffer;
      hash.update(chunk);
      sizeBytes += chunk.length;
      // Stop writing at once: the rest is not kept, only read away by `drain` below.
      if (sizeBytes > options.maxBytes) return;
      yield chunk;
    }
  }

  const storageKey = newStorageKey(options.area);
  await storage.put(storageKey, Readable.from(measured()), contentType);
  if (sizeBytes > options.maxBytes || options.truncated?.()) {
    await drain(chunks);
    await storage.delete(storageKey);
    throw new AppError(
      'PAYLOAD_TOO_LARGE',
      `Le fichier « ${originalName} » dépasse la taille maximale de ${megabytes(options.maxBytes)} Mo.`,
      { fileName: originalName, maxBytes: options.maxBytes },
    );
  }
  return { storageKey, originalName, contentType, sizeBytes, sha256: hash.digest('hex') };
}

/** Records a received file; call it inside the transaction that links the file to what it proves. */
export function recordStoredFile(db: Executor, file: ReceivedFile): Promise<StoredFileRow> {
  return insertStoredFile(db, file);
}

/** Deletes the bytes of files whose rows were never written (refused form, failed transaction). */
export async function discardFiles(storage: FileStorage, files: readonly Pick<ReceivedFile, 'storageKey'>[]): Promise<void> {
  // Every file is tried even if one fails; the first failure is reported once all were attempted.
  const results = await Promise.allSettled(files.map((file) => storage.delete(file.storageKey)));
  const failure = results.find((result) => result.status === 'rejected');
  if (failure) throw failure.reason;
}

/** The name as the person's computer gave it, without any folder, control character or excessive length. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is removed.
  const printable = base.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return printable.slice(0, MAX_NAME_LENGTH) || 'document';
}

interface Head {
  bytes: Buffer;
  chunks: Buffer[];
  ended: boolean;
}

async function readHead(chunks: AsyncIterator<unknown>, size: number): Promise<Head> {
  const read: Buffer[] = [];
  let length = 0;
  while (length < size) {
    const next = await chunks.next();
    if (next.done) return { bytes: Buffer.concat(read), chunks: read, ended: true };
    const chunk = next.value as Buffer;
    read.push(chunk);
    length += chunk.length;
  }
  return { bytes: Buffer.concat(read), chunks: read, ended: false };
}

/** Reads what is left of a refused upload, so the request carrying it can still be answered cleanly. */
async function drain(chunks: AsyncIterator<unknown>): Promise<void> {
  for (let next = await chunks.next(); !next.done; next = await chunks.next()) {
    // Discarded on purpose.
  }
}
