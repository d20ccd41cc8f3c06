import openapiTS, { astToString } from 'openapi-typescript';
import { buildApp } from '../src/server/app.ts';
import { loadConfig } from '../src/server/config.ts';
import { connectDatabase } from '../src/server/db/client.ts';

export const apiTypesFile = 'src/web/api/schema.d.ts';

/**
 * The web client's types, generated from the server's OpenAPI document. Building the app opens no database
 * connection (the pool connects on first query), so this runs without PostgreSQL.
 */
export async function renderApiTypes(): Promise<string> {
  const database = connectDatabase('postgres://palier@127.0.0.1:1/palier');
  const config = loadConfig({
    NODE_ENV: 'test',
    DEMO_MODE: 'true',
    SESSION_SECRET: 'x'.repeat(32),
    PUBLIC_URL: 'http://localhost:3000',
  });
  const app = await buildApp({ config, db: database.db, logger: false });
  try {
    await app.ready();
    const document = app.swagger() as Parameters<typeof openapiTS>[0];
    const header = '// Generated from the OpenAPI document by `npm run api:types`. Do not edit by hand.\n\n';
    return header + astToString(await openapiTS(document));
  } finally {
    await app.close();
    await database.close();
  }
}
