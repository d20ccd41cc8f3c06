import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { connectDatabase } from '../../src/server/db/client.ts';
import { startEmbeddedDatabase } from '../../src/server/db/embedded.ts';
import { applyMigrations } from '../../src/server/db/migrate.ts';
import { freePort } from './free-port.ts';

export const TEMPLATE_DATABASE = 'palier_template';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of the server's maintenance database, from which each test file copies the template. */
    adminDatabaseUrl: string;
  }
}

/**
 * One real PostgreSQL server for the whole run (embedded, in a temporary folder), with a migrated template
 * database; each test file then gets its own copy (`createTestDatabase`), so files never share data.
 */
export default async function setup(project: TestProject) {
  const directory = await mkdtemp(path.join(os.tmpdir(), 'palier-test-'));
  const server = await startEmbeddedDatabase({ directory, port: await freePort(), log: () => {} });
  const adminUrl = server.url.replace(/\/[^/]+$/, '/postgres');

  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${TEMPLATE_DATABASE}`);
  await admin.end();
  const template = connectDatabase(server.url.replace(/\/[^/]+$/, `/${TEMPLATE_DATABASE}`), { maxConnections: 1 });
  await applyMigrations(template.pool);
  await template.close();

  project.provide('adminDatabaseUrl', adminUrl);
  return async () => {
    await server.stop();
    await rm(directory, { recursive: true, force: true });
  };
}
