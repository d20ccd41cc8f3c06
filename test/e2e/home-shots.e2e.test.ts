import { afterAll, beforeAll, describe, it } from 'vitest';
import { logIn, type Portal, startPortal } from './support/portal.ts';

describe('shots', () => {
  let portal: Portal;
  beforeAll(async () => {
    portal = await startPortal();
  });
  afterAll(() => portal?.close());
  it('takes screenshots', async () => {
    const t0 = Date.now();
    const { page, context } = await portal.newPage();
    await logIn(page, 'CO100452');
    await page.getByRole('region', { name: 'À venir' }).getByRole('listitem').first().waitFor();
    console.info('login+home', Date.now() - t0);
    await page.waitForTimeout(500);
    await page.screenshot({ path: '/tmp/c-helper/home.png', fullPage: true });
    await page.getByRole('banner').getByRole('button', { name: /^Notifications, / }).click();
    await page.waitForTimeout(500);
    await page.screenshot({ path: '/tmp/c-helper/bell.png' });
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Contacter un conseiller' }).click();
    await page.waitForTimeout(500);
    await page.screenshot({ path: '/tmp/c-helper/modal.png' });
    await context.close();
    const staff = await portal.newPage();
    await logIn(staff.page, 'gestion@immocity.example');
    await staff.page.getByRole('heading', { name: /Bonjour/ }).waitFor();
    await staff.page.waitForTimeout(500);
    await staff.page.screenshot({ path: '/tmp/c-helper/staff-home.png', fullPage: true });
    await staff.page.goto('/gestion/agenda');
    await staff.page.getByRole('heading', { name: 'Agenda des copropriétés' }).waitFor();
    await staff.page.waitForTimeout(800);
    await staff.page.screenshot({ path: '/tmp/c-helper/staff-agenda.png', fullPage: true });
    await staff.page.goto('/profil');
    await staff.context.close();
    const tenant = await portal.newPage({ width: 390, height: 844 });
    await logIn(tenant.page, 'LO300115');
    await tenant.page.getByRole('region', { name: 'À venir' }).getByRole('listitem').first().waitFor();
    await tenant.page.waitForTimeout(500);
    await tenant.page.screenshot({ path: '/tmp/c-helper/tenant-mobile.png', fullPage: true });
    await tenant.page.goto('/profil');
    await tenant.page.getByText('Résumé quotidien par email').waitFor();
    await tenant.page.screenshot({ path: '/tmp/c-helper/profile.png', fullPage: true });
    await tenant.context.close();
  });
});
