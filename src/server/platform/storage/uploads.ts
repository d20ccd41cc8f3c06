import type { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors.ts';
import type { FileStorage } from './file-storage.ts';
import { discardFiles, type ReceivedFile, receiveFile } from './stored-files.ts';

export interface UploadLimits {
  fileSizeBytes: number;
  files: number;
  fields: number;
  fieldSizeBytes: number;
}

/** The limits of every multipart form, given to @fastify/multipart when the app is built. */
export const UPLOAD_LIMITS: UploadLimits = {
  fileSizeBytes: 10 * 1024 * 1024,
  files: 6,
  fields: 30,
  fieldSizeBytes: 16 * 1024,
};

export interface UploadedFile extends ReceivedFile {
  /** The form field that carried it, e.g. "identityDocument". */
  field: string;
}

export interface MultipartForm {
  fields: Record<string, string>;
  files: UploadedFile[];
}

export interface ReadFormOptions {
  /** Storage area of the files of this form. */
  area: string;
  /** The only field names accepted for files. */
  fileFields: readonly string[];
  /** Limits of this form when they differ from the app-wide `UPLOAD_LIMITS` (given to the parser for this request). */
  limits?: UploadLimits;
  /** Turns the refusal of one file (e.g. its content is not an accepted type) into the error the route answers. */
  refuseFile?: (error: unknown) => unknown;
}

/**
 * Reads a multipart form, storing each file as it arrives (never holding a whole file in memory). Either it
 * answers every field and every stored file, or it throws with nothing left in storage. After a refusal the
 * rest of the request is still read, so the browser receives the answer instead of a reset connection.
 */
export async function readMultipartForm(
  request: FastifyRequest,
  storage: FileStorage,
  options: ReadFormOptions,
): Promise<MultipartForm> {
  if (!request.isMultipart())
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Le formulaire doit être envoyé au format multipart/form-data.');

  const limits = options.limits ?? UPLOAD_LIMITS;
  const fields: Record<string, string> = {};
  const files: UploadedFile[] = [];
  let refusal: unknown;
  try {
    const parts = options.limits
      ? request.parts({
          limits: {
            fileSize: limits.fileSizeBytes,
            files: limits.files,
            fields: limits.fields,
            fieldSize: limits.fieldSizeBytes,
          },
        })
      : request.parts();
    for await (const part of parts) {
      if (part.type === 'field') {
        if (part.valueTruncated || part.fieldnameTruncated) {
          refusal ??= new AppError('PAYLOAD_TOO_LARGE', `Le champ « ${part.fieldname} » est trop long.`);
        } else if (!(part.fieldname in fields)) {
          fields[part.fieldname] = String(part.value);
        }
        continue;
      }
      // An empty file input is sent as a part without a name: it means "no file".
      if (refusal || part.filename === '') {
        await discardRest(part.file);
        continue;
      }
      if (!options.fileFields.includes(part.fieldname)) {
        await discardRest(part.file);
        refusal = new AppError('BAD_REQUEST', `Le champ « ${part.fieldname} » n'accepte pas de fichier.`);
        continue;
      }
      try {
        const stored = await receiveFile(storage, {
          area: options.area,
          source: part.file,
          originalName: part.filename,
          maxBytes: limits.fileSizeBytes,
          truncated: () => part.file.truncated,
        });
        files.push({ ...stored, field: part.fieldname });
      } catch (error) {
        await discardRest(part.file);
        refusal = options.refuseFile ? options.refuseFile(error) : error;
      }
    }
  } catch (error) {
    refusal ??= fromParserError(error, limits);
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

/** The limits and malformations reported by @fastify/multipart, in the words of Palier. */
function fromParserError(error: unknown, limits: UploadLimits): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'FST_REQ_FILE_TOO_LARGE':
      return new AppError(
        'PAYLOAD_TOO_LARGE',
        `Un fichier dépasse la taille maximale de ${Math.round(limits.fileSizeBytes / (1024 * 1024))} Mo.`,
      );
    case 'FST_FILES_LIMIT':
      return new AppError('PAYLOAD_TOO_LARGE', `Trop de fichiers : ${limits.files} au maximum.`);
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
