import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buffer } from 'node:stream/consumers';
import { extractText } from 'unpdf';
import { afterAll, beforeAll, expect } from 'vitest';
import { hasDemoData, loadDemoData } from '../../src/server/demo/demo-data.ts';
import { localFolderStorage } from '../../src/server/platform/storage/local-folder-storage.ts';
import { createTestDatabase, type TestDatabase } from './database.ts';

/**
 * The demo loaded once for the test file that calls this (at describe level) into its own database and file
 * folder, with raw SQL reads and the documents' files as the portal serves them.
 */
export function loadedDemo() {
  let database: TestDatabase | undefined;
  const folder = mkdtempSync(path.join(os.tmpdir(), 'palier-demo-'));
  const storage = localFolderStorage(folder);
  const opened = () => {
    if (!database) throw new Error('the demo is loaded in beforeAll');
    return database;
  };
  const query = async <Row>(text: string, values: unknown[] = []): Promise<Row[]> =>
    (await opened().pool.query(text, values)).rows as Row[];

  /** The current file of a document, as the portal would serve it. */
  const fileOf = async (documentId: string) => {
    const [file] = await query<{ storage_key: string; size_bytes: number; sha256: string; page_count: number }>(
      `select f.storage_key, f.size_bytes, f.sha256, v.page_count from document_versions v
       join stored_files f on f.id = v.stored_file_id where v.document_id = $1 order by v.version_number desc limit 1`,
      [documentId],
    );
    if (!file) throw new Error(`no file for document ${documentId}`);
    const bytes = await buffer(await storage.get(file.storage_key));
    return { ...file, bytes, text: async () => (await extractText(new Uint8Array(bytes), { mergePages: true })).text };
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    expect(await hasDemoData(database.db)).toBe(false);
    await loadDemoData(database.db, storage);
  });
  afterAll(async () => {
    await database?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  return {
    get database() {
      return opened();
    },
    storage,
    query,
    fileOf,
    storedObjects: () => readdirSync(path.join(folder, 'documents')).length,
  };
}
