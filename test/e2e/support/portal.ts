import { existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { FastifyInstance } from 'fastify';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { buildApp, webRoot } from '../../../src/server/app.ts';
import { loadConfig } from '../../../src/server/config.ts';
import { loadDemoData } from '../../../src/server/demo/demo-data.ts';
import { localFolderStorage } from '../../../src/server/platform/storage/local-folder-storage.ts';
import { createTestDatabase, type TestDatabase } from '../../support/database.ts';
import { freePort } from '../../support/free-port.ts';

/**
 * The whole portal as a person meets it: the real server on a free port, serving the built web client, on a
 * fresh database holding the demo data, driven by Debian's Chromium.
 */
export interface Portal {
  url: string;
  browser: Browser;
  database: TestDatabase;
  newPage(options?: { width?: number; height?: number }): Promise<{ page: Page; context: BrowserContext }>;
  close(): Promise<void>;
}

export const DEMO_PASSWORD = 'Palier-demo-2026';
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** `environment`: extra variables for the portal's configuration (e.g. an identity provider to use). */
export async function startPortal(environment: Record<string, string> = {}): Promise<Portal> {
  if (!existsSync(path.join(webRoot, 'index.html')))
    throw new Error('Web client not built: run `npm run build` (npm test does it).');
  const database = await createTestDatabase();
  // localhost, not 127.0.0.1: WebAuthn accepts a domain as relying party, never an IP address.
  const port = await freePort();
  const url = `http://localhost:${port}`;
  const config = loadConfig({
    NODE_ENV: 'test',
    PUBLIC_URL: url,
    DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'palier-e2e-')),
    SESSION_SECRET: 'browser-test-secret-long-enough-for-hmac',
    DEMO_MODE: 'true',
    ...environment,
  });
  // The demo's PDFs are put in the folder the portal then serves them from.
  const storage = localFolderStorage(path.join(config.dataDir, 'files'));
  await loadDemoData(database.db, storage);
  const app: FastifyInstance = await buildApp({ config, db: database.db, logger: false, storage });
  await app.listen({ port, host: '127.0.0.1' });
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    // The machine has no network beyond loopback: keep Chromium from calling home.
    args: [
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    url,
    browser,
    database,
    async newPage({ width = 1280, height = 900 } = {}) {
      const context = await browser.newContext({
        baseURL: url,
        viewport: { width, height },
        locale: 'fr-FR',
        timezoneId: 'Europe/Paris',
      });
      return { page: await context.newPage(), context };
    },
    async close() {
      await browser.close();
      await app.close();
      await database.close();
    },
  };
}

/** The two-step login of the seed: identifier → "Suivant" → password → "Envoyer". */
export async function logIn(page: Page, identifier: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/connexion');
  await page.getByLabel('Identifiant ou adresse email').fill(identifier);
  await page.getByRole('button', { name: 'Suivant' }).click();
  await page.getByLabel('Mot de passe', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Envoyer' }).click();
}

/** No serious or critical WCAG 2.1 A/AA violation on the page as it stands. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const blocking = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
    );
  expect(blocking).toEqual([]);
}
