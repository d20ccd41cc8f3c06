import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/support/database.ts';
import { connectDatabase } from './client.ts';

describe('connectDatabase', () => {
  it('survives an idle connection killed by the server, and reconnects on the next query', async () => {
    const database = await createTestDatabase();
    const seen: Error[] = [];
    const handle = connectDatabase(database.url, { maxConnections: 1, onIdleClientError: (error) => seen.push(error) });
    try {
      const pid = (await handle.pool.query('select pg_backend_pid() as pid')).rows[0].pid as number;
      const admin = new pg.Client({ connectionString: database.url });
      await admin.connect();
      await admin.query('select pg_terminate_backend($1)', [pid]);
      await admin.end();
      await expect.poll(() => seen.length).toBe(1);
      expect((await handle.pool.query('select 1 as one')).rows[0].one).toBe(1);
    } finally {
      await handle.close();
      await database.close();
    }
  });
});
