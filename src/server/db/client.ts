import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import * as schema from './schema/index.ts';

export type Database = NodePgDatabase<typeof schema>;
/** The handle given to repositories: the database itself or a transaction opened on it. */
export type Executor = Database | Parameters<Parameters<Database['transaction']>[0]>[0];

// Calendar dates stay "YYYY-MM-DD" strings: turning them into Date objects would shift them by time zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

export interface DatabaseHandle {
  db: Database;
  pool: pg.Pool;
  close(): Promise<void>;
}

export interface ConnectOptions {
  maxConnections?: number;
  /**
   * An idle pooled connection can die (server restart, network cut, database dropped): the pool discards it and
   * opens another when needed, but emits 'error', which would end the process if nobody listened.
   */
  onIdleClientError?: (error: Error) => void;
}

const reportIdleClientError = (error: Error) =>
  process.stderr.write(`Connexion PostgreSQL inactive perdue (elle sera rouverte) : ${error.message}\n`);

export function connectDatabase(url: string, options: ConnectOptions = {}): DatabaseHandle {
  const pool = new pg.Pool({ connectionString: url, max: options.maxConnections ?? 10, application_name: 'palier' });
  pool.on('error', options.onIdleClientError ?? reportIdleClientError);
  const db = drizzle({ client: pool, schema, casing: 'snake_case' });
  return { db, pool, close: () => pool.end() };
}
