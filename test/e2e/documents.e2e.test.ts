import { readFile } from 'node:fs/promises';
import PDFDocument from 'pdfkit';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, expectAccessible, logIn, type Portal, startPortal } from './support/portal.ts';
import { DEMO_CO_OWNER, demoCoOwnerCondominium, openProperty, openSection } from './support/steps.ts';

/** A real one-page PDF, as an agency's office software would produce it. */
function noticePdf(title: string, body: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', info: { Title: title, Author: 'ImmoCity Coulon' } });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.fontSize(18).text(title).moveDown().fontSize(12).text(body);
    doc.end();
  });
}

/** Signs in through the API in a context of its own (the cookie stays in that context). */
async function apiSession(portal: Portal, identifier: string): Promise<BrowserContext> {
  const context = await portal.browser.newContext({ baseURL: portal.url });
  const answer = await context.request.post('/api/auth/login', { data: { identifier, password: DEMO_PASSWORD } });
  expect(answer.status(), `login of ${identifier}`).toBe(200);
  return context;
}

const documentsHeading = (page: Page) => page.getByRole('heading', { name: 'Documents', level: 1 });

describe('documents', () => {
  let portal: Portal;
  beforeAll(async () => {
    portal = await startPortal();
  });
  afterAll(() => portal?.close());

  it('lets the demo co-owner find the minutes of the last general meeting under a lot and download the PDF', async () => {
    const { page, context } = await portal.newPage();
    try {
      const condominium = await demoCoOwnerCondominium(page);
      expect(await condominium.getByRole('listitem').count()).toBe(4);

      await openProperty(page, condominium, 'Lot 101 · Appartement');
      await page.getByRole('tab', { name: 'Documents' }).click();
      await page.getByRole('heading', { name: 'Dossiers', level: 2 }).waitFor();

      // The minutes are in the owners' folders, under the seed's note; the newest meeting comes first.
      const meetings = page.getByRole('region', { name: 'Assemblées générales' });
      await meetings.getByRole('listitem').first().waitFor();
      await page.getByText('Uniquement pour les propriétaires et copropriétaires').waitFor();
      const minutes = meetings.getByRole('listitem').filter({ hasText: /Procès-verbal/ });
      expect(await minutes.count()).toBeGreaterThanOrEqual(3);
      const latestMinutes = minutes.first();
      const latestTitle = (await latestMinutes.locator('p').first().textContent()) ?? '';
      expect(latestTitle).toMatch(/^Procès-verbal de l'assemblée générale/);
      const years = (await minutes.locator('p:first-child').allTextContents()).map((text) => Number(/(\d{4})$/.exec(text)?.[1]));
      expect(Number(/(\d{4})$/.exec(latestTitle)?.[1])).toBe(Math.max(...years));
      await expectAccessible(page);

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        latestMinutes.getByRole('link', { name: `Télécharger : ${latestTitle}` }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/\.pdf$/);
      const path = await download.path();
      const bytes = await readFile(path);
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(bytes.length).toBeGreaterThan(1000);

      // The preview shows the same document in a frame, inside the portal.
      await latestMinutes.getByRole('button', { name: `Aperçu : ${latestTitle}` }).click();
      const dialog = page.getByRole('dialog', { name: latestTitle });
      await dialog.locator(`iframe[title="Aperçu du document : ${latestTitle}"]`).waitFor();
      await expectAccessible(page);
      await dialog.getByRole('button', { name: 'Fermer' }).first().click();
      await dialog.waitFor({ state: 'hidden' });
    } finally {
      await context.close();
    }
  });

  it('never shows the accounts to the demo tenant, not even by their exact address', async () => {
    // The co-owner can open an accounts PDF: its address is what the tenant will try.
    const coOwner = await apiSession(portal, DEMO_CO_OWNER);
    const { page, context } = await portal.newPage();
    try {
      const accounts = await coOwner.request.get('/api/documents?folder=comptabilite');
      expect(accounts.status()).toBe(200);
      const [accountsPdf] = (await accounts.json()).items as { id: string; downloadUrl: string }[];
      if (!accountsPdf) throw new Error('The demo data holds no accounts document');
      const owned = await coOwner.request.get(accountsPdf.downloadUrl);
      expect(owned.status()).toBe(200);
      expect((await owned.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');

      await logIn(page, 'LO300115');
      await openSection(page, 'Documents');
      await documentsHeading(page).waitFor();
      await page
        .locator('[aria-live="polite"]')
        .getByText(/^\d+ documents?$/)
        .waitFor();
      await page.getByRole('heading', { name: 'Dossiers', level: 2 }).waitFor();
      expect(await page.getByText('Comptabilité').count()).toBe(0);
      expect(await page.locator('option', { hasText: 'Comptabilité' }).count()).toBe(0);
      expect(await page.getByText('Uniquement pour les propriétaires et copropriétaires').count()).toBe(0);
      await expectAccessible(page);

      for (const url of [accountsPdf.downloadUrl, `/api/documents/${accountsPdf.id}/file?disposition=inline`]) {
        const answer = await page.request.get(url);
        expect(answer.status(), url).toBe(404);
        expect(answer.headers()['content-type']).toMatch(/application\/json/);
      }
      expect((await page.request.get(`/api/documents/${accountsPdf.id}`)).status()).toBe(404);

      // A link naming that document (as a notification would) opens nothing but a plain message.
      await page.goto(`/documents?document=${accountsPdf.id}`);
      await documentsHeading(page).waitFor();
      await page.getByRole('alert').getByText("Ce document n'existe pas ou ne vous est pas destiné.").waitFor();
      expect(await page.getByRole('dialog').count()).toBe(0);
      expect(await page.getByText('Comptabilité').count()).toBe(0);
    } finally {
      await context.close();
      await coOwner.close();
    }
  });

  it('lets staff publish a PDF to one building, which its co-owner then sees as new, with a notification', async () => {
    const title = `Coupure d'eau du bâtiment A — ${Date.now()}`;
    const pdf = await noticePdf(title, "L'alimentation en eau du bâtiment A sera coupée de 9 h à 12 h pour travaux.");
    const manager = await portal.newPage();
    const coOwner = await portal.newPage();
    try {
      // M. et Mme Allouard own lot 101 in building A; their bell already counts the demo's notifications.
      await logIn(coOwner.page, DEMO_CO_OWNER);
      await coOwner.page.getByText('Copropriétaire de 4 biens').waitFor();
      // Counted by the server, not read from the bell, which says "aucune" until its first answer arrives.
      const before = await coOwner.page.request.get('/api/notifications');
      const unreadBefore = ((await before.json()) as { unreadCount: number }).unreadCount;
      expect(unreadBefore).toBeGreaterThan(0);

      const staff = manager.page;
      await logIn(staff, 'gestion@immocity.example');
      await openSection(staff, 'Documents');
      await documentsHeading(staff).waitFor();
      await staff.getByRole('table').waitFor();
      await expectAccessible(staff);

      await staff.getByRole('link', { name: 'Publier des documents' }).click();
      await staff.getByRole('heading', { name: 'Publier des documents', level: 1 }).waitFor();
      await staff
        .locator('#files-input')
        .setInputFiles({ name: 'coupure-eau-batiment-a.pdf', mimeType: 'application/pdf', buffer: pdf });
      await staff.getByRole('list', { name: 'Fichiers choisis' }).getByText('coupure-eau-batiment-a.pdf').waitFor();
      await staff.getByLabel('Titre du document (facultatif)').fill(title);
      await staff.getByRole('combobox', { name: 'Dossier', exact: true }).selectOption('vie_immeuble');
      const kind = staff.getByRole('combobox', { name: 'Type de document' });
      await kind.fill('Coupure programmée');
      await kind.press('Escape');
      await staff.getByRole('radio', { name: 'Un bâtiment' }).check();
      const condominiumSelect = staff.getByRole('combobox', { name: 'Copropriété' });
      const condominiumId = await condominiumSelect.locator('option', { hasText: 'Anatole France' }).getAttribute('value');
      await condominiumSelect.selectOption(condominiumId ?? '');
      const buildingSelect = staff.getByRole('combobox', { name: 'Bâtiment' });
      await buildingSelect.locator('option', { hasText: 'Bâtiment A' }).waitFor({ state: 'attached' });
      await buildingSelect.selectOption({ label: 'Bâtiment A' });
      expect(await staff.getByRole('checkbox', { name: /Prévenir les personnes concernées/ }).isChecked()).toBe(true);
      await expectAccessible(staff);

      await staff.getByRole('button', { name: 'Publier le document' }).click();
      await staff.getByText('1 document publié.').waitFor();
      const row = staff.getByRole('row', { name: new RegExp(escapeRegExp(title)) });
      await row.waitFor();
      expect(await row.textContent()).toContain('Bâtiment A');

      // The co-owner's bell counts one more, and its entry opens the document.
      await coOwner.page.reload();
      await coOwner.page.getByRole('button', { name: new RegExp(`^Notifications, ${unreadBefore + 1} non lues?$`) }).click();
      await coOwner.page.getByRole('button', { name: `Non lue : Nouveau document : ${title}` }).click();
      await coOwner.page.waitForURL(/\/documents\?document=/);
      const preview = coOwner.page.getByRole('dialog', { name: title });
      await preview.locator(`iframe[title="Aperçu du document : ${title}"]`).waitFor();
      await preview.getByRole('button', { name: 'Fermer' }).first().click();
      await preview.waitFor({ state: 'hidden' });

      const item = coOwner.page.getByRole('listitem').filter({ hasText: title });
      await item.waitFor();
      await item.getByText('Nouveau', { exact: true }).waitFor();
      expect(await item.textContent()).toContain('Bâtiment A');
      await coOwner.page.getByText(/nouveaux? documents? depuis votre dernière visite/).waitFor();
      await expectAccessible(coOwner.page);
    } finally {
      await manager.context.close();
      await coOwner.context.close();
    }
  }, 120_000);

  it('lets staff replace a document by a new version, then withdraw it from everyone', async () => {
    const coOwner = await apiSession(portal, DEMO_CO_OWNER);
    const { page, context } = await portal.newPage();
    try {
      const listed = await coOwner.request.get(`/api/documents?q=${encodeURIComponent('tri sélectif')}`);
      const [sorting] = (await listed.json()).items as { id: string; title: string }[];
      if (!sorting) throw new Error('The demo data holds no waste-sorting notice');
      // Opening it is logged, and staff see it in the document's downloads.
      expect((await coOwner.request.get(`/api/documents/${sorting.id}/file?disposition=inline`)).status()).toBe(200);

      await logIn(page, 'gestion@immocity.example');
      await page.getByRole('link', { name: 'Documents', exact: true }).click();
      await page.getByLabel('Rechercher').fill('tri sélectif');
      await page.getByRole('link', { name: sorting.title }).click();
      await page.getByRole('heading', { name: sorting.title, level: 1 }).waitFor();
      const downloads = page.getByRole('region', { name: 'Consultations et téléchargements' });
      await downloads.getByRole('row', { name: /M\. et Mme Allouard .* Aperçu/ }).waitFor();

      const replacement = await noticePdf(sorting.title, 'Nouvelles consignes : le verre se dépose dans la borne de la rue.');
      const replace = page.getByRole('form', { name: 'Remplacer par une nouvelle version' });
      await replace.locator('#version-file-input').setInputFiles({
        name: 'consignes-tri-2026.pdf',
        mimeType: 'application/pdf',
        buffer: replacement,
      });
      await replace.getByLabel('Note').fill('Ajout de la borne à verre');
      await replace.getByRole('button', { name: 'Publier la nouvelle version' }).click();
      await page.getByText("La nouvelle version est en ligne ; les précédentes restent dans l'historique.").waitFor();
      const versions = page.getByRole('region', { name: 'Versions' });
      await versions.getByRole('row', { name: /Version 2 consignes-tri-2026\.pdf .* Ajout de la borne à verre/ }).waitFor();
      await versions.getByRole('row', { name: /Version 1/ }).waitFor();
      await expectAccessible(page);
      // People get the new bytes.
      const current = await coOwner.request.get(`/api/documents/${sorting.id}/file`);
      expect((await current.body()).equals(replacement)).toBe(true);

      await page.getByRole('button', { name: 'Retirer', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: `Retirer « ${sorting.title} »` });
      await dialog.getByLabel('Motif du retrait').fill('Remplacé par le règlement intérieur');
      await expectAccessible(page);
      await dialog.getByRole('button', { name: 'Retirer le document' }).click();
      await page.getByText('Le document est retiré : plus personne ne le voit dans son espace.').waitFor();
      await page.getByText('Retiré', { exact: true }).first().waitFor();
      expect((await coOwner.request.get(`/api/documents/${sorting.id}`)).status()).toBe(404);
      expect((await coOwner.request.get(`/api/documents/${sorting.id}/file`)).status()).toBe(404);
    } finally {
      await context.close();
      await coOwner.close();
    }
  }, 90_000);
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
