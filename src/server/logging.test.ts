import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/support/database.ts';
import { factories, TEST_PASSWORD } from '../../test/support/factories.ts';
import { buildApp } from './app.ts';
import { loadConfig } from './config.ts';

describe('the logs', () => {
  let database: TestDatabase;
  const lines: Record<string, unknown>[] = [];
  let app: Awaited<ReturnType<typeof buildApp>>;
  const secret = 'log-test-secret-long-enough-for-the-hmac-key';

  beforeAll(async () => {
    database = await createTestDatabase();
    const destination = new PassThrough();
    destination.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line));
    });
    const config = loadConfig({
      NODE_ENV: 'test',
      DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'palier-log-')),
      SESSION_SECRET: secret,
      LOG_LEVEL: 'info',
    });
    app = await buildApp({ config, db: database.db, logDestination: destination });
    const make = factories(database.db);
    await make.client((await make.agency()).id, { reference: 'LG100001' });
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it('are JSON lines with a request id, and never hold a password, a session token, a cookie or a secret', async () => {
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { identifier: 'LG100001', password: TEST_PASSWORD },
    });
    const cookie = String(login.headers['set-cookie']).split(';')[0] ?? '';
    await app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
    await app.inject({ method: 'GET', url: '/api/health?token=one-time-link-token' });

    const requestLines = lines.filter((line) => line.reqId);
    expect(requestLines.length).toBeGreaterThanOrEqual(6);
    expect(requestLines.some((line) => (line.req as { url?: string } | undefined)?.url === '/api/me')).toBe(true);
    const everything = JSON.stringify(lines);
    const token = cookie.split('=')[1] ?? 'missing';
    for (const forbidden of [TEST_PASSWORD, token, secret, 'one-time-link-token']) expect(everything).not.toContain(forbidden);
  });
});
