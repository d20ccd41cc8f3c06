import { createHash, randomBytes } from 'node:crypto';
import type { EventEmitter } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { buffer, text } from 'node:stream/consumers';
import { GetObjectCommand, ListMultipartUploadsCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.ts';
import { newStorageKey, StoredObjectMissing } from './file-storage.ts';
import { PART_SIZE_BYTES, type S3StorageSettings, s3Storage } from './s3-storage.ts';
import { storageFromConfig } from './storage-from-config.ts';

const BUCKET = 'palier-test';

/** The records s3rver publishes for each object written or removed, as S3 event notifications. */
interface S3EventRecord {
  eventName: string;
  s3: { object: { key: string } };
}

/**
 * s3rver is a real S3-protocol HTTP server, started on this machine for this file and keeping its objects in a
 * temporary folder: every call below is a signed HTTP request through the AWS SDK, nothing is mocked.
 */
describe('the S3-compatible storage', () => {
  const directory = mkdtempSync(path.join(os.tmpdir(), 'palier-s3rver-'));
  const server = new S3rver({
    port: 0,
    address: '127.0.0.1',
    silent: true,
    directory,
    configureBuckets: [{ name: BUCKET, configs: [] }],
  });
  const events: S3EventRecord[] = [];
  let endpoint: string;
  let settings: S3StorageSettings;
  /** A plain client, to look at the bucket without going through the adapter. */
  let raw: S3Client;

  beforeAll(async () => {
    const { port } = await server.run();
    endpoint = `http://127.0.0.1:${port}`;
    // s3rver checks the signature of every request against its fixed credentials S3RVER / S3RVER.
    settings = {
      endpoint,
      region: 'eu-west-3',
      bucket: BUCKET,
      accessKeyId: 'S3RVER',
      secretAccessKey: 'S3RVER',
      forcePathStyle: true,
    };
    raw = new S3Client({
      endpoint,
      region: 'eu-west-3',
      forcePathStyle: true,
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    });
    // The type definitions omit it, but S3rver is an EventEmitter (a Koa application).
    (server as unknown as EventEmitter).on('event', (event: { Records: S3EventRecord[] }) => events.push(...event.Records));
  });
  afterAll(async () => {
    raw.destroy();
    await server.close();
    await rm(directory, { recursive: true, force: true });
  });

  const eventsFor = (objectKey: string) => events.filter((event) => event.s3.object.key === objectKey);

  it('stores bytes or streams under random keys, readable back with their type', async () => {
    const storage = s3Storage(settings);
    const key = newStorageKey('activation-proofs');
    await storage.put(key, Readable.from([Buffer.from('premier '), Buffer.from('morceau')]), 'application/pdf');
    expect(await text(await storage.get(key))).toBe('premier morceau');
    const object = await raw.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }));
    expect(object.ContentType).toBe('application/pdf');
    await object.Body?.transformToByteArray();

    const other = newStorageKey('activation-proofs');
    await storage.put(other, Buffer.from('octets'), 'image/png');
    expect(await text(await storage.get(other))).toBe('octets');
    // A small stream and a Buffer are each one PutObject.
    expect(eventsFor(key).map((event) => event.eventName)).toEqual(['ObjectCreated:Put']);
    expect(eventsFor(other).map((event) => event.eventName)).toEqual(['ObjectCreated:Put']);
  });

  it('sends a stream longer than one part as a multipart upload, read back byte for byte', async () => {
    const storage = s3Storage(settings);
    const key = newStorageKey('activation-proofs');
    const bytes = randomBytes(PART_SIZE_BYTES + 1);
    // In uneven chunks, as a network delivers them: the adapter cuts its own parts.
    const chunks = [bytes.subarray(0, 1_000_000), bytes.subarray(1_000_000, 5_000_000), bytes.subarray(5_000_000)];
    await storage.put(key, Readable.from(chunks), 'application/pdf');

    const read = await buffer(await storage.get(key));
    const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');
    expect(read.length).toBe(PART_SIZE_BYTES + 1);
    expect(sha256(read)).toBe(sha256(bytes));
    // s3rver announces a completed multipart upload as "ObjectCreated:Post" (AWS: ObjectCreated:CompleteMultipartUpload).
    expect(eventsFor(key).map((event) => event.eventName)).toEqual(['ObjectCreated:Post']);
  });

  it('leaves nothing under the key when the stream fails before a first part is complete', async () => {
    const storage = s3Storage(settings);
    const key = newStorageKey('activation-proofs');
    async function* failing() {
      yield Buffer.from('début');
      throw new Error('connexion coupée');
    }
    await expect(storage.put(key, Readable.from(failing()), 'application/pdf')).rejects.toThrow('connexion coupée');
    await expect(storage.get(key)).rejects.toBeInstanceOf(StoredObjectMissing);
    expect((await raw.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: key }))).KeyCount).toBe(0);
    expect(eventsFor(key)).toEqual([]);
  });

  it('leaves nothing under the key when the stream fails after a part was sent, and tries to abort the upload', async () => {
    const storage = s3Storage(settings);
    const key = newStorageKey('activation-proofs');
    async function* failing() {
      yield randomBytes(PART_SIZE_BYTES);
      yield Buffer.from('suite');
      throw new Error('connexion coupée');
    }
    const failure = await storage.put(key, Readable.from(failing()), 'application/pdf').catch((error: unknown) => error);
    // The caller sees why the upload failed: its source, not the cleanup.
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toBe('connexion coupée');
    // s3rver 3.7.1 implements neither AbortMultipartUpload (it answers 405 MethodNotAllowed) nor
    // ListMultipartUploads (501 NotImplemented). So the abort attempt shows here as the cause of the failure,
    // and "no pending multipart upload" cannot be checked against this server; AWS and the usual compatible
    // stores implement both, and the parts are then discarded.
    expect((failure as Error).cause).toMatchObject({ name: 'MethodNotAllowed' });
    await expect(raw.send(new ListMultipartUploadsCommand({ Bucket: BUCKET }))).rejects.toMatchObject({
      name: 'NotImplemented',
    });
    // What matters to readers holds: no object was ever created under the key.
    await expect(storage.get(key)).rejects.toBeInstanceOf(StoredObjectMissing);
    expect((await raw.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: key }))).KeyCount).toBe(0);
    expect(eventsFor(key)).toEqual([]);
  });

  it('deletes idempotently, and reports a missing object as such', async () => {
    const storage = s3Storage(settings);
    const key = newStorageKey('activation-proofs');
    await storage.put(key, Buffer.from('x'), 'image/png');
    await storage.delete(key);
    await storage.delete(key);
    await expect(storage.get(key)).rejects.toBeInstanceOf(StoredObjectMissing);
  });

  it('reports a missing bucket as the misconfiguration it is, not as a missing object', async () => {
    const storage = s3Storage({ ...settings, bucket: 'palier-absent' });
    await expect(storage.get(newStorageKey('activation-proofs'))).rejects.toMatchObject({ name: 'NoSuchBucket' });
  });

  it('refuses a key that could leave its folder', async () => {
    const storage = s3Storage(settings);
    for (const key of ['../secret', 'activation-proofs/../../etc', '/absolu', 'Majuscule/x', '']) {
      await expect(storage.put(key, Buffer.from('x'), 'image/png')).rejects.toThrow('invalid storage key');
      await expect(storage.get(key)).rejects.toThrow('invalid storage key');
      await expect(storage.delete(key)).rejects.toThrow('invalid storage key');
    }
  });

  it('stores every key under the prefix when one is given', async () => {
    const prefixed = s3Storage({ ...settings, prefix: 'palier/recette' });
    const key = newStorageKey('activation-proofs');
    await prefixed.put(key, Readable.from([Buffer.from('rangé')]), 'image/jpeg');

    const listed = await raw.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: 'palier/recette/' }));
    expect(listed.Contents?.map((object) => object.Key)).toEqual([`palier/recette/${key}`]);
    expect(await text(await prefixed.get(key))).toBe('rangé');
    await expect(s3Storage(settings).get(key)).rejects.toBeInstanceOf(StoredObjectMissing);
    await prefixed.delete(key);
    expect((await raw.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: 'palier/recette/' }))).KeyCount).toBe(0);
  });

  it('is the storage chosen by STORAGE_DRIVER=s3', async () => {
    const config = loadConfig({
      DATA_DIR: directory,
      SESSION_SECRET: 'x'.repeat(40),
      STORAGE_DRIVER: 's3',
      S3_ENDPOINT: endpoint,
      S3_BUCKET: BUCKET,
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
      S3_PREFIX: 'depuis-la-configuration',
    });
    const storage = storageFromConfig(config);
    const key = newStorageKey('activation-proofs');
    await storage.put(key, Buffer.from('configuré'), 'application/pdf');
    const listed = await raw.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: 'depuis-la-configuration/' }));
    expect(listed.Contents?.map((object) => object.Key)).toEqual([`depuis-la-configuration/${key}`]);
  });
});
