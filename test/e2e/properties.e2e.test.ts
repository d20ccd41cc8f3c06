import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, logIn, type Portal, startPortal } from './support/portal.ts';
import { demoCoOwnerCondominium, openProperty } from './support/steps.ts';

describe('the Biens section', () => {
  let portal: Portal;
  beforeAll(async () => {
    portal = await startPortal();
  });
  afterAll(() => portal?.close());

  it("shows the demo co-owner's 4 lots, and lot 101's shares and manager", async () => {
    const { page, context } = await portal.newPage();
    try {
      const condominium = await demoCoOwnerCondominium(page);
      const titles = await condominium.getByRole('heading', { level: 4 }).allTextContents();
      expect(titles).toEqual(['Lot 101 · Appartement', 'Lot 208 · Appartement', 'Lot C01 · Cave', 'Lot P01 · Parking']);
      await expectAccessible(page);

      await openProperty(page, condominium, 'Lot 101 · Appartement');
      await page.getByRole('tab', { name: 'Résumé', selected: true }).waitFor();
      const shares = page.getByRole('table', { name: 'Tantièmes du lot 101' });
      const general = shares.getByRole('row', { name: /Charges générales/ });
      expect(await general.textContent()).toMatch(/\d[\d\s]* \/ 10\s000/);
      await expectAccessible(page);

      await page.getByRole('tab', { name: 'Contacts' }).click();
      const manager = page.getByRole('region', { name: 'Votre gestionnaire' });
      await manager.getByText('Claire Martin').waitFor();
      await manager.getByRole('link', { name: 'gestion@immocity.example' }).waitFor();
      await page.getByRole('region', { name: 'Conseil syndical' }).waitFor();
      await expectAccessible(page);

      await page.getByRole('link', { name: '← Retour' }).click();
      await page.getByRole('heading', { name: 'Biens', level: 1 }).waitFor();
    } finally {
      await context.close();
    }
  });

  it('shows the demo landlord 28 managed units with their rental status', async () => {
    const { page, context } = await portal.newPage();
    try {
      await logIn(page, 'BA200028');
      await page.getByText('Propriétaire de 28 biens en gérance').waitFor();
      await page.goto('/biens');
      const managed = page.getByRole('region', { name: 'Gestion locative' });
      await managed.getByRole('listitem').first().waitFor();
      expect(await managed.getByRole('listitem').count()).toBe(28);
      for (const status of ['Vacant', 'Mise en location', 'Loué']) {
        expect(await managed.getByText(status, { exact: true }).count(), status).toBeGreaterThan(0);
      }
      expect(await page.getByRole('region', { name: 'Copropriété', exact: true }).count()).toBe(0);
      await expectAccessible(page);
    } finally {
      await context.close();
    }
  });

  it('leads from the home page to the properties', async () => {
    const { page, context } = await portal.newPage();
    try {
      await logIn(page, 'BA200028');
      await page.getByText('Propriétaire de 28 biens en gérance').waitFor();
      await page.getByRole('link', { name: 'Voir mes biens' }).click();
      await page.getByRole('heading', { name: 'Biens', level: 1 }).waitFor();
      expect(page.url()).toMatch(/\/biens$/);
    } finally {
      await context.close();
    }
  });
});
