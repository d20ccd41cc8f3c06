import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { it } from 'vitest';
import { createTestDatabase } from '../../../test/support/database.ts';
import { localFolderStorage } from '../platform/storage/local-folder-storage.ts';
import { loadDemoData } from './demo-data.ts';

it('times', async () => {
  for (let i = 0; i < 3; i++) {
    const database = await createTestDatabase();
    const storage = localFolderStorage(mkdtempSync(path.join(os.tmpdir(), 'palier-t-')));
    const t = performance.now();
    await loadDemoData(database.db, storage);
    console.info('load', i, (performance.now() - t).toFixed(0));
    await database.close();
  }
}, 120_000);
