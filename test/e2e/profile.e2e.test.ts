import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, logIn, type Portal, startPortal } from './support/portal.ts';

describe('the profile page', () => {
  let portal: Portal;
  beforeAll(async () => {
    portal = await startPortal();
  });
  afterAll(() => portal?.close());

  it('lists the devices signed in and signs another one out', async () => {
    const laptop = await portal.newPage();
    const phone = await portal.newPage({ width: 390, height: 844 });
    try {
      await logIn(phone.page, 'CO100452');
      await phone.page.getByText('Copropriétaire de 4 biens').waitFor();
      await logIn(laptop.page, 'CO100452');
      await laptop.page.getByText('Copropriétaire de 4 biens').waitFor();

      await laptop.page.getByRole('button', { name: /Menu utilisateur/ }).click();
      await laptop.page.getByRole('menuitem', { name: 'Voir le profil' }).click();
      await laptop.page.getByRole('heading', { name: 'Profil', level: 1 }).waitFor();
      const devices = laptop.page.getByRole('region', { name: 'Appareils connectés' });
      await devices.getByText('Cet appareil').waitFor();
      expect(await devices.getByRole('listitem').count()).toBe(2);
      await laptop.page.getByRole('region', { name: 'Historique des accès' }).getByText('Connexion').first().waitFor();
      await expectAccessible(laptop.page);

      await devices.getByRole('button', { name: 'Déconnecter tous les autres appareils' }).click();
      await devices.getByRole('button', { name: 'Déconnecter tous les autres appareils' }).waitFor({ state: 'detached' });
      expect(await devices.getByRole('listitem').count()).toBe(1);

      await phone.page.reload();
      await phone.page.waitForURL('**/connexion');
    } finally {
      await laptop.context.close();
      await phone.context.close();
    }
  });
});
