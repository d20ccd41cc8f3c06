import { mkdtempSync } from 'node:fs';
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { afterAll, describe, expect, it } from 'vitest';
import { newStorageKey, StoredObjectMissing } from './file-storage.ts';
import { localFolderStorage } from './local-folder-storage.ts';

describe('the local folder storage', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'palier-storage-'));
  const storage = localFolderStorage(root);
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('stores bytes or streams under random keys, readable back, private to Palier', async () => {
    const key = newStorageKey('activation-proofs');
    expect(key).toMatch(/^activation-proofs\/[0-9a-f-]{36}$/);
    await storage.put(key, Readable.from([Buffer.from('premier '), Buffer.from('morceau')]), 'application/pdf');
    expect(await text(await storage.get(key))).toBe('premier morceau');
    expect((await stat(path.join(root, ...key.split('/')))).mode & 0o777).toBe(0o600);

    const other = newStorageKey('activation-proofs');
    await storage.put(other, Buffer.from('octets'), 'image/png');
    expect(await readFile(path.join(root, ...other.split('/')), 'utf8')).toBe('octets');
  });

  it('leaves nothing under the key, nor in the incoming folder, when the stream fails', async () => {
    const key = newStorageKey('activation-proofs');
    async function* failing() {
      yield Buffer.from('début');
      throw new Error('connexion coupée');
    }
    await expect(storage.put(key, Readable.from(failing()), 'application/pdf')).rejects.toThrow('connexion coupée');
    await expect(storage.get(key)).rejects.toBeInstanceOf(StoredObjectMissing);
    expect(await readdir(path.join(root, '.incoming'))).toEqual([]);
  });

  it('deletes idempotently, and reports a missing object as such', async () => {
    const key = newStorageKey('activation-proofs');
    await storage.put(key, Buffer.from('x'), 'image/png');
    await storage.delete(key);
    await storage.delete(key);
    await expect(storage.get(key)).rejects.toBeInstanceOf(StoredObjectMissing);
  });

  it('refuses a key that could leave its folder', async () => {
    for (const key of ['../secret', 'activation-proofs/../../etc', '/absolu', 'Majuscule/x', '']) {
      await expect(storage.put(key, Buffer.from('x'), 'image/png')).rejects.toThrow('invalid storage key');
      await expect(storage.get(key)).rejects.toThrow('invalid storage key');
      await expect(storage.delete(key)).rejects.toThrow('invalid storage key');
    }
  });
});
