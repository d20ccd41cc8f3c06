import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, logIn, type Portal, startPortal } from './support/portal.ts';

const BLOCKED_MESSAGE = 'Votre accès a été suspendu par votre agence. Merci de la contacter.';

describe('staff manage a client’s access', () => {
  let portal: Portal;
  beforeAll(async () => {
    portal = await startPortal();
  });
  afterAll(() => portal?.close());

  it('finds the client, sees the last sign-in, suspends the access then restores it', async () => {
    const coOwner = await portal.newPage();
    const manager = await portal.newPage();
    try {
      await logIn(coOwner.page, 'CO100452');
      await coOwner.page.getByText('Copropriétaire de 4 biens').waitFor();

      await logIn(manager.page, 'gestion@immocity.example');
      await manager.page.getByRole('link', { name: 'Clients' }).click();
      await manager.page.getByRole('heading', { name: 'Clients', level: 1 }).waitFor();
      await manager.page.getByLabel('Rechercher un client').fill('Allouard');
      const result = manager.page.getByRole('link', { name: 'M. et Mme Allouard' }).first();
      await result.waitFor();
      await manager.page.getByText('1 client', { exact: true }).waitFor();
      await expectAccessible(manager.page);

      await result.click();
      await manager.page.getByRole('heading', { name: 'M. et Mme Allouard', level: 1 }).waitFor();
      const access = manager.page.getByRole('region', { name: "Accès à l'espace client" });
      await access.getByText('Actif').waitFor();
      expect(await access.getByText('Jamais connecté').count()).toBe(0);
      const signIns = manager.page.getByRole('region', { name: 'Dernières connexions' });
      expect(await signIns.getByRole('listitem').count()).toBeGreaterThanOrEqual(1);
      await expectAccessible(manager.page);

      await access.getByRole('button', { name: "Suspendre l'accès" }).click();
      const dialog = manager.page.getByRole('dialog', { name: "Suspendre l'accès de M. et Mme Allouard" });
      await dialog.getByLabel('Motif').fill('Succession en cours, à la demande du notaire');
      await expectAccessible(manager.page);
      await dialog.getByRole('button', { name: "Suspendre l'accès" }).click();
      await manager.page.getByText('Accès suspendu : le client a été déconnecté de tous ses appareils.').waitFor();
      await access.getByText('Succession en cours, à la demande du notaire', { exact: false }).waitFor();

      await coOwner.page.reload();
      await coOwner.page.waitForURL('**/connexion');
      await logIn(coOwner.page, 'CO100452');
      await coOwner.page.getByRole('alert').getByText(BLOCKED_MESSAGE).waitFor();

      await access.getByRole('button', { name: "Rétablir l'accès" }).click();
      const restore = manager.page.getByRole('dialog', { name: "Rétablir l'accès de M. et Mme Allouard" });
      await restore.getByRole('button', { name: "Rétablir l'accès" }).click();
      await manager.page.getByText('Accès rétabli : le client peut de nouveau se connecter.').waitFor();
      await manager.page.getByRole('region', { name: 'Historique du compte' }).getByText('Accès suspendu').first().waitFor();

      await logIn(coOwner.page, 'CO100452');
      await coOwner.page.getByText('Copropriétaire de 4 biens').waitFor();
      // The person's own access history names what the agency did.
      await coOwner.page.goto('/profil');
      const history = coOwner.page.getByRole('region', { name: 'Historique des accès' });
      await history.getByText('Accès suspendu par votre agence').waitFor();
      await history.getByText('Accès rétabli par votre agence').waitFor();
    } finally {
      await coOwner.context.close();
      await manager.context.close();
    }
  });

  it('shows the search results as cards on a phone', async () => {
    const phone = await portal.newPage({ width: 360, height: 780 });
    try {
      await logIn(phone.page, 'gestion@immocity.example');
      await phone.page.getByText('Bonjour', { exact: false }).first().waitFor();
      await phone.page.goto('/gestion/clients?q=CO1OO452');
      const cards = phone.page.getByRole('list').filter({ has: phone.page.getByText('CO100452') });
      await cards.getByRole('link', { name: 'M. et Mme Allouard' }).waitFor();
      expect(await phone.page.getByRole('table').isVisible()).toBe(false);
      await expectAccessible(phone.page);
    } finally {
      await phone.context.close();
    }
  });
});
