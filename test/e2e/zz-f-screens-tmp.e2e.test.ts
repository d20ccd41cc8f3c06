import { afterAll, beforeAll, describe, it } from 'vitest';
import { expectAccessible, logIn, type Portal, startPortal } from './support/portal.ts';

const out = (name: string) => `/tmp/f-work/shots/${name}.png`;

describe('screens (temporary)', () => {
  let portal: Portal;
  beforeAll(async () => {
    portal = await startPortal();
  });
  afterAll(() => portal?.close());

  it('shoots', async () => {
    const tenant = await portal.newPage();
    await logIn(tenant.page, 'LO300115');
    await tenant.page.getByRole('link', { name: 'Documents', exact: true }).waitFor();
    await tenant.page.goto('/biens');
    await tenant.page.getByRole('link', { name: /Voir le détail/ }).first().click();
    await tenant.page.getByRole('tab', { name: 'Documents' }).click();
    await tenant.page.getByRole('heading', { name: 'Dossiers' }).waitFor();
    await tenant.page.waitForTimeout(1000);
    await tenant.page.screenshot({ path: out('4-tenant-unit-tab'), fullPage: true });
    await expectAccessible(tenant.page);
    await tenant.page.goto('/documents');
    await tenant.page.locator('[aria-live="polite"]').getByText(/documents?$/).waitFor();
    await tenant.page.screenshot({ path: out('4b-tenant-documents'), fullPage: true });
    await tenant.context.close();

    const staff = await portal.newPage();
    await logIn(staff.page, 'gestion@immocity.example');
    await staff.page.getByRole('link', { name: 'Documents', exact: true }).click();
    await staff.page.getByRole('table').waitFor();
    await staff.page.screenshot({ path: out('5-staff-list'), fullPage: true });
    await staff.page.getByRole('link', { name: 'Publier des documents' }).click();
    await staff.page.locator('#files-input').setInputFiles([
      { name: 'a.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 x') },
      { name: 'b.png', mimeType: 'image/png', buffer: Buffer.from('x') },
    ]);
    await staff.page.getByRole('radio', { name: 'Une personne' }).check();
    await staff.page.getByLabel('Rechercher le destinataire').fill('Allou');
    await staff.page.waitForTimeout(1500);
    await staff.page.screenshot({ path: out('6-publish'), fullPage: true });
    await expectAccessible(staff.page);
    await staff.page.getByRole('button', { name: /Publier les/ }).click();
    await staff.page.waitForTimeout(1500);
    await staff.page.screenshot({ path: out('6b-publish-errors'), fullPage: true });
    await staff.page.goto('/gestion/documents');
    await staff.page.getByRole('table').waitFor();
    await staff.page.getByRole('table').getByRole('link').first().click();
    await staff.page.getByRole('heading', { name: 'Versions' }).waitFor();
    await staff.page.screenshot({ path: out('7-staff-detail'), fullPage: true });
    await expectAccessible(staff.page);
    await staff.page.getByRole('button', { name: 'Retirer' }).click();
    await staff.page.getByRole('dialog').waitFor();
    await staff.page.screenshot({ path: out('8-withdraw'), fullPage: true });
    await expectAccessible(staff.page);
    await staff.context.close();
  }, 180_000);
});
