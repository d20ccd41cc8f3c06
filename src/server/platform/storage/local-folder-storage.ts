import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { assertStorageKey, type FileStorage, StoredObjectMissing } from './file-storage.ts';

/** Written here first, then renamed into place; on the same file system, so the rename is atomic. */
const INCOMING = '.incoming';

/**
 * Files in a folder of the machine (by default `DATA_DIR/files`), one file per key. A write goes to a
 * temporary file, is flushed to disk, then renamed: a crash leaves at worst an orphan in `.incoming`, never a
 * truncated file under a real key.
 */
export function localFolderStorage(root: string): FileStorage {
  const pathOf = (key: string) => {
    assertStorageKey(key);
    return path.join(root, ...key.split('/'));
  };

  return {
    async put(key, body) {
      const target = pathOf(key);
      const incoming = path.join(root, INCOMING);
      await mkdir(incoming, { recursive: true, mode: 0o700 });
      await mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
      const temporary = path.join(incoming, `${randomUUID()}.part`);
      try {
        const source = Buffer.isBuffer(body) ? Readable.from([body]) : body;
        // Proofs of identity: readable by Palier's own user only.
        await pipeline(source, createWriteStream(temporary, { flags: 'wx', mode: 0o600, flush: true }));
        await rename(temporary, target);
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
    },

    async get(key) {
      try {
        // Opened before answering, so a missing file is reported now rather than as a stream error later.
        const handle = await open(pathOf(key), 'r');
        return handle.createReadStream();
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new StoredObjectMissing(key);
        throw error;
      }
    },

    async delete(key) {
      await rm(pathOf(key), { force: true });
    },
  };
}
