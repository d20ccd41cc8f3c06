import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from './support/free-port.ts';

/**
 * `main.ts` as a person runs it: a real process on the embedded database. Killed with SIGKILL, it leaves
 * PostgreSQL running and a stale lock; the next start must take over and keep every row. SIGTERM must end it
 * cleanly, database included.
 */
describe('starting and stopping Palier', () => {
  let dataDir: string;
  let environment: NodeJS.ProcessEnv;
  let baseUrl: string;
  const running: ChildProcess[] = [];

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'palier-start-'));
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    environment = {
      ...process.env,
      NODE_ENV: 'development',
      DATA_DIR: dataDir,
      PORT: String(port),
      EMBEDDED_DATABASE_PORT: String(await freePort()),
      LOG_LEVEL: 'warn',
    };
  });
  afterAll(async () => {
    const alive = running.filter((child) => child.exitCode === null && child.signalCode === null);
    for (const child of alive) child.kill('SIGTERM');
    await Promise.all(alive.map((child) => new Promise((resolve) => child.once('exit', resolve))));
    await rm(dataDir, { recursive: true, force: true });
  });

  function start(): Promise<{ child: ChildProcess; output: () => string }> {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
      env: environment,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    running.push(child);
    let output = '';
    return new Promise((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('Palier est prêt')) resolve({ child, output: () => output });
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', onData);
      child.once('exit', (code) => reject(new Error(`Palier stopped (code ${code}) before being ready:\n${output}`)));
    });
  }

  const logIn = async () => {
    const response = await fetch(`${baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ identifier: 'CO100452', password: 'Palier-demo-2026' }),
    });
    expect(response.status).toBe(200);
    return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  };
  const lotCount = async (cookie: string) => {
    const response = await fetch(`${baseUrl}/api/me`, { headers: { cookie } });
    expect(response.status).toBe(200);
    return ((await response.json()) as { roles: { coOwnerLotCount: number } }).roles.coOwnerLotCount;
  };

  it('loads the demo on first start, survives SIGKILL with its data, and stops cleanly on SIGTERM', async () => {
    const first = await start();
    expect(first.output()).toContain('Chargement des données de démonstration');
    expect(first.output()).toContain('CO100452');
    const cookie = await logIn();
    expect(await lotCount(cookie)).toBe(4);

    first.child.kill('SIGKILL');
    await new Promise((resolve) => first.child.once('exit', resolve));

    const second = await start();
    expect(second.output()).not.toContain('Chargement des données de démonstration');
    // The session opened before the crash is still there: nothing was lost.
    expect(await lotCount(cookie)).toBe(4);

    second.child.kill('SIGTERM');
    const code = await new Promise((resolve) => second.child.once('exit', resolve));
    expect(code).toBe(0);
    expect(existsSync(path.join(dataDir, 'postgres', 'cluster', 'postmaster.pid'))).toBe(false);
  }, 120_000);
});
