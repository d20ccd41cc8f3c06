import { Readable } from 'node:stream';
import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { assertStorageKey, type FileStorage, StoredObjectMissing } from './file-storage.ts';

export interface S3StorageSettings {
  /** Absent: AWS itself, at the endpoint of `region`. Otherwise any S3-compatible store (Scaleway, OVH, MinIO…). */
  endpoint?: string;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** The bucket in the path (`host/bucket/key`) rather than the host name: what most S3-compatible stores expect. */
  forcePathStyle: boolean;
  /** Keys are stored as `prefix/key`, so a bucket can be shared (several instances, other data). */
  prefix?: string;
}

/**
 * S3's minimum part size. A stream of unknown length is sent in parts of this size; a smaller stream becomes
 * a single PutObject. Each part is held in memory while it is sent, so the smallest part is also the cheapest.
 */
export const PART_SIZE_BYTES = 5 * 1024 * 1024;

/**
 * Files in an S3-compatible bucket, one object per key. An object only appears when it is complete (PutObject,
 * or CompleteMultipartUpload for a stream): a reader never sees a half-written file.
 */
export function s3Storage(settings: S3StorageSettings): FileStorage {
  if (settings.prefix !== undefined) assertStorageKey(settings.prefix);
  const bucket = settings.bucket;
  const client = new S3Client({
    endpoint: settings.endpoint,
    region: settings.region,
    forcePathStyle: settings.forcePathStyle,
    // Explicit keys only: never the SDK's default chain (environment, ~/.aws, instance metadata), so what
    // Palier uses is exactly what its configuration says.
    credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
    // Since January 2025 (v3.729) the SDK adds CRC32 checksums to every upload (aws-chunked bodies with
    // trailers) and validates them on downloads. Many S3-compatible stores reject those requests; checksums
    // only where an operation requires them keep Palier portable. Bytes in transit are protected by TLS, and
    // Palier keeps its own SHA-256 of every upload (`stored_files`).
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });

  const objectKey = (key: string) => {
    assertStorageKey(key);
    return settings.prefix === undefined ? key : `${settings.prefix}/${key}`;
  };

  return {
    async put(key, body, contentType) {
      const Key = objectKey(key);
      if (Buffer.isBuffer(body)) {
        await client.send(new PutObjectCommand({ Bucket: bucket, Key, Body: body, ContentType: contentType }));
        return;
      }
      // Remembered so that the reason of a failure stays the source's own error (see below).
      let sourceError: unknown;
      body.once('error', (error) => {
        sourceError = error;
      });
      // `leavePartsOnError` stays false: on any failure Upload aborts the multipart upload, so its parts are
      // discarded and no object ever appears under the key.
      const upload = new Upload({
        client,
        partSize: PART_SIZE_BYTES,
        params: { Bucket: bucket, Key, Body: body, ContentType: contentType },
      });
      try {
        await upload.done();
      } catch (error) {
        // As a failed local write does: the source is not read any further.
        body.destroy();
        // When the abort itself fails, Upload throws the abort's error and the real cause is lost; the source's
        // error is what the caller must see, the failed abort is kept as its cause (orphan parts to clean up,
        // which a bucket lifecycle rule "AbortIncompleteMultipartUpload" does).
        if (sourceError instanceof Error && error !== sourceError) {
          if (sourceError.cause === undefined) sourceError.cause = error;
          throw sourceError;
        }
        throw error;
      }
    },

    async get(key) {
      const Key = objectKey(key);
      try {
        // Awaited here, so a missing object is reported now rather than as a stream error later.
        const { Body } = await client.send(new GetObjectCommand({ Bucket: bucket, Key }));
        // In Node the body is the HTTP response itself (an IncomingMessage), a Readable.
        if (!(Body instanceof Readable)) throw new Error(`GetObject answered no readable body for ${Key}`);
        return Body;
      } catch (error) {
        if (isMissingObject(error)) throw new StoredObjectMissing(key);
        throw error;
      }
    },

    async delete(key) {
      const Key = objectKey(key);
      try {
        // S3 answers 204 for a key that does not exist; a few compatible stores answer NoSuchKey instead.
        await client.send(new DeleteObjectCommand({ Bucket: bucket, Key }));
      } catch (error) {
        if (!isMissingObject(error)) throw error;
      }
    },
  };
}

/** NoSuchKey, or a bare 404 (HEAD-like answers carry no code), but never a missing bucket: that is a misconfiguration. */
function isMissingObject(error: unknown): boolean {
  const { name, $metadata } = (error ?? {}) as { name?: string; $metadata?: { httpStatusCode?: number } };
  if (name === 'NoSuchBucket') return false;
  return name === 'NoSuchKey' || $metadata?.httpStatusCode === 404;
}
