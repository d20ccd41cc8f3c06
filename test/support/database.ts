import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { connectDatabase, type DatabaseHandle } from '../../src/server/db/client.ts';

const TEMPLATE_DATABASE = 'palier_template';

export interface TestDatabase extends DatabaseHandle {
  url: string;
}

/** A fresh, migrated database copied from the template; `close()` drops it. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = inject('adminDatabaseUrl');
  const name = `test_${randomBytes(6).toString('hex')}`;
  await withAdmin(adminUrl, (admin) => admin.query(`create database ${name} template ${TEMPLATE_DATABASE}`));
  const url = adminUrl.replace(/\/[^/]+$/, `/${name}`);
  // Closing drops the database with its connections: those still ending are expected to be cut.
  const handle = connectDatabase(url, { maxConnections: 4, onIdleClientError: () => {} });
  return {
    ...handle,
    url,
    async close() {
      await handle.close();
      await withAdmin(adminUrl, (admin) => admin.query(`drop database if exists ${name} with (force)`));
    },
  };
}

async function withAdmin<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
