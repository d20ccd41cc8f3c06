import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, expectAccessible, logIn, type Portal, startPortal } from './support/portal.ts';

describe('Mes coordonnées, their history for the manager, and the Contrats tab', () => {
  let portal: Portal;
  beforeAll(async () => {
    portal = await startPortal();
  });
  afterAll(() => portal?.close());

  it('the demo co-owner edits his landline and address with the pencil; the manager sees the change', async () => {
    const coOwner = await portal.newPage();
    const manager = await portal.newPage();
    try {
      await logIn(coOwner.page, 'CO100452');
      await coOwner.page.getByText('Copropriétaire de 4 biens').waitFor();
      await coOwner.page.goto('/profil');
      const details = coOwner.page.getByRole('region', { name: 'Mes coordonnées' });
      await details.getByText('Adresse postale').waitFor();
      await expectAccessible(coOwner.page);

      await details.getByRole('button', { name: 'Modifier mes coordonnées' }).click();
      const form = details.getByRole('form', { name: 'Modifier mes coordonnées' });
      await form.getByLabel('Téléphone fixe').fill('01.43.99.12.34');
      await form.getByLabel("Complément d'adresse").fill('Escalier B, 3e étage');
      await form.getByLabel('Code postal').fill('9400');
      await form.getByRole('button', { name: 'Enregistrer' }).click();
      await form.getByText('Le code postal comporte 5 chiffres, par exemple 94000.').waitFor();
      await expectAccessible(coOwner.page);

      await form.getByLabel('Code postal').fill('94000');
      await form.getByRole('button', { name: 'Enregistrer' }).click();
      await details.getByText('Vos coordonnées ont été enregistrées.').waitFor();
      // Saved as the agency writes numbers, whatever the way it was typed; and still there after a reload.
      await coOwner.page.reload();
      await details.getByText('01 43 99 12 34').waitFor();
      await details.getByText('Escalier B, 3e étage').waitFor();
      expect(await details.getByText('94000 Créteil').count()).toBe(1);

      // The mobile receives the SMS codes: changing it asks for the password.
      await details.getByRole('button', { name: 'Modifier mes coordonnées' }).click();
      await form.getByLabel('Téléphone mobile').fill('07 11 22 33 44');
      await form.getByRole('button', { name: 'Enregistrer' }).click();
      await form.getByText('Saisissez votre mot de passe actuel pour changer de mobile.').waitFor();
      await form.getByLabel('Mot de passe actuel').fill(DEMO_PASSWORD);
      await form.getByRole('button', { name: 'Enregistrer' }).click();
      await details.getByText('Vos coordonnées ont été enregistrées.').waitFor();
      await details.getByText('07 11 22 33 44').waitFor();

      await details.getByRole('radio', { name: 'Courrier' }).check();
      await details.getByText('Votre préférence de contact a été enregistrée.').waitFor();
      await coOwner.page.getByRole('region', { name: 'Mon agence' }).getByText('Claire Martin').waitFor();
      await coOwner.page.getByRole('region', { name: 'Aide' }).waitFor();
      await expectAccessible(coOwner.page);

      await logIn(manager.page, 'gestion@immocity.example');
      await manager.page.getByText('Bonjour', { exact: false }).first().waitFor();
      await manager.page.goto('/gestion/clients?q=CO100452');
      await manager.page.getByRole('link', { name: 'M. et Mme Allouard' }).first().click();
      await manager.page.getByRole('heading', { name: 'M. et Mme Allouard', level: 1 }).waitFor();
      const history = manager.page.getByRole('table', { name: 'Historique des modifications des coordonnées' });
      const landline = history.getByRole('row', { name: /Téléphone fixe/ });
      await landline.waitFor();
      expect(await landline.textContent()).toContain('01 43 99 12 34');
      expect(await landline.textContent()).toContain('Le client');
      await history.getByRole('row', { name: /Complément d'adresse.*Escalier B, 3e étage/ }).waitFor();
      await history.getByRole('row', { name: /Préférence de contact.*Email.*Courrier/ }).waitFor();
      await expectAccessible(manager.page);
    } finally {
      await coOwner.context.close();
      await manager.context.close();
    }
  });

  it("a council member sees the co-owners' contacts of those who agreed; a plain co-owner does not", async () => {
    const president = await portal.newPage();
    const coOwner = await portal.newPage();
    try {
      await logIn(president.page, 'CO100409');
      await president.page.getByRole('link', { name: 'Conseil Syndical' }).waitFor();
      await president.page.goto('/biens');
      await president.page
        .getByRole('link', { name: /^Voir le détail : Lot/ })
        .first()
        .click();
      await president.page.getByRole('tab', { name: 'Contacts' }).click();
      const coOwners = president.page.getByRole('region', { name: 'Copropriétaires' });
      // The demo co-owner agreed to share: his phone is a link to call him.
      const allouard = coOwners.getByRole('listitem').filter({ hasText: 'M. et Mme Allouard' });
      await allouard
        .getByRole('link', { name: /^0[67]( \d{2}){4}$/ })
        .first()
        .waitFor();
      expect(await coOwners.getByText("n'a pas choisi de partager ses coordonnées").count()).toBeGreaterThan(0);
      await expectAccessible(president.page);

      await logIn(coOwner.page, 'CO100452');
      await coOwner.page.getByText('Copropriétaire de 4 biens').waitFor();
      await coOwner.page.goto('/biens');
      await coOwner.page.getByRole('link', { name: 'Voir le détail : Lot 101 · Appartement' }).click();
      await coOwner.page.getByRole('tab', { name: 'Contacts' }).click();
      await coOwner.page.getByRole('region', { name: 'Conseil syndical' }).waitFor();
      expect(await coOwner.page.getByRole('region', { name: 'Copropriétaires' }).count()).toBe(0);
    } finally {
      await president.context.close();
      await coOwner.context.close();
    }
  });

  it('the manager records a contract of the demo condominium; the co-owner finds it under Contrats, the French way', async () => {
    const manager = await portal.newPage();
    const coOwner = await portal.newPage();
    try {
      await logIn(manager.page, 'gestion@immocity.example');
      await manager.page.getByRole('link', { name: 'Contrats' }).click();
      await manager.page.getByRole('heading', { name: 'Contrats des copropriétés', level: 1 }).waitFor();
      await manager.page.getByRole('combobox', { name: 'Copropriété' }).click();
      await manager.page.getByRole('option', { name: /Copropriété du 100 avenue Anatole France/ }).click();
      await manager.page.getByRole('button', { name: 'Ajouter un contrat' }).click();
      const dialog = manager.page.getByRole('dialog', { name: 'Ajouter un contrat' });
      await dialog.getByRole('combobox', { name: 'Type de contrat' }).click();
      await manager.page.getByRole('option', { name: 'Gardiennage' }).click();
      await dialog.getByLabel('Objet').fill('Gardiennage et sortie des conteneurs');
      await dialog.getByRole('textbox', { name: /^Fournisseur/ }).fill('Loge Services');
      await dialog.getByLabel('Téléphone du fournisseur').fill('+33 1 45 67 89 00');
      await dialog.getByLabel('Date de début').fill('2025-09-01');
      await dialog.getByLabel('Montant annuel TTC (€)').fill('18 234,5');
      await expectAccessible(manager.page);
      await dialog.getByRole('button', { name: 'Enregistrer' }).click();
      await manager.page.getByText('Le contrat « Gardiennage et sortie des conteneurs » a été enregistré.').waitFor();
      const row = manager.page.getByRole('row', { name: /Gardiennage et sortie des conteneurs/ });
      expect(await row.textContent()).toMatch(/18\s234,50\s€/);
      await expectAccessible(manager.page);

      await logIn(coOwner.page, 'CO100452');
      await coOwner.page.getByText('Copropriétaire de 4 biens').waitFor();
      await coOwner.page.goto('/biens');
      await coOwner.page.getByRole('link', { name: 'Voir le détail : Lot 101 · Appartement' }).click();
      await coOwner.page.getByRole('tab', { name: 'Contrats' }).click();
      const contracts = coOwner.page.getByRole('table', { name: /Contrats de l'immeuble/ });
      const contract = contracts.getByRole('row', { name: /Gardiennage et sortie des conteneurs/ });
      await contract.waitFor();
      const text = (await contract.textContent()) ?? '';
      expect(text).toContain('01/09/2025');
      expect(text).toContain('Loge Services');
      expect(text).toContain('01 45 67 89 00');
      expect(text).toContain('Reconduction tacite');
      expect(text).toMatch(/18\s234,50\s€/);
      await expectAccessible(coOwner.page);
    } finally {
      await manager.context.close();
      await coOwner.context.close();
    }
  });
});
