import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TINY_PNG, tinyPdf } from '../support/proof-files.ts';
import { expectAccessible, logIn, type Portal, startPortal } from './support/portal.ts';

/**
 * The seed's "real bottleneck": a person the portal does not know asks for access with their proofs, the
 * agency checks them and opens the access, and the first-connection email goes out.
 */
describe('an activation request, from the form to the approval', () => {
  let portal: Portal;
  beforeAll(async () => {
    portal = await startPortal();
  });
  afterAll(() => portal?.close());

  it('is filled on a phone, followed, approved by the manager, and the first-connection email is sent', async () => {
    const person = await portal.newPage({ width: 390, height: 844 });
    const manager = await portal.newPage();
    try {
      // The person, from the login page, with a phone.
      const { page } = person;
      await page.goto('/connexion');
      await page.getByRole('link', { name: "Demander l'ouverture de votre accès" }).click();
      await page.getByRole('heading', { name: "Demander l'ouverture de votre accès", level: 1 }).waitFor();
      const agency = page.getByRole('combobox', { name: /^Agence/ });
      await agency.locator('option', { hasText: 'ImmoCity Coulon' }).waitFor({ state: 'attached' });
      const coulon = await agency.locator('option', { hasText: 'ImmoCity Coulon' }).getAttribute('value');
      await agency.selectOption(coulon ?? '');
      await page.getByLabel('Prénom').fill('Gérard');
      await page.getByLabel('Nom (ou raison sociale)').fill('Lemoine');
      await page.getByLabel('Adresse email').fill('gerard.lemoine@example.fr');
      await page.getByLabel('Téléphone').fill('01 43 77 12 34');
      await page.getByLabel('Numéro de lot (si vous le connaissez)').fill('203');
      await page.getByLabel('Adresse du bien').fill('100 avenue Anatole France, 94000 Créteil');
      await page.getByLabel("Pièce d'identité").setInputFiles({
        name: 'carte-identite.pdf',
        mimeType: 'application/pdf',
        buffer: tinyPdf('Carte nationale'),
      });
      await page.getByLabel('Justificatif du lien avec le bien').setInputFiles({
        name: 'acte-de-vente.png',
        mimeType: 'image/png',
        buffer: TINY_PNG,
      });
      await page.getByText('carte-identite.pdf (1 Ko)').waitFor();
      await expectAccessible(page);
      await page.getByRole('button', { name: 'Envoyer ma demande' }).click();

      await page.waitForURL('**/demande-acces/suivi?**');
      await page.getByText('Votre demande a bien été envoyée').waitFor();
      await page.getByRole('heading', { name: 'Votre demande est en cours de traitement' }).waitFor();
      await expectAccessible(page);
      const trackingUrl = page.url().replace(/&nouvelle=true|nouvelle=true&?/, '');

      // The demo manager of ImmoCity Coulon sees it waiting, with its proofs.
      const staff = manager.page;
      await logIn(staff, 'gestion@immocity.example');
      // The menu tells how many requests wait, in words for screen readers too.
      await staff.getByRole('link', { name: "Demandes d'accès 1 demande en attente" }).click();
      await staff.getByRole('heading', { name: "Demandes d'accès", level: 1 }).waitFor();
      await staff.getByRole('link', { name: 'M. Gérard Lemoine' }).click();
      await staff.getByRole('heading', { name: 'Demande de M. Gérard Lemoine', level: 1 }).waitFor();

      await staff.getByRole('button', { name: "Afficher le justificatif Pièce d'identité : carte-identite.pdf" }).click();
      const frame = staff.getByTitle("Aperçu du justificatif Pièce d'identité : carte-identite.pdf");
      const pdfUrl = await frame.getAttribute('src');
      const pdf = await staff.request.get(pdfUrl ?? '');
      expect(pdf.headers()['content-type']).toBe('application/pdf');
      expect(pdf.headers()['x-content-type-options']).toBe('nosniff');
      await staff.getByRole('button', { name: 'Afficher le justificatif Lien avec le bien : acte-de-vente.png' }).click();
      const image = staff.getByRole('img', { name: 'Aperçu du justificatif Lien avec le bien : acte-de-vente.png' });
      await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.naturalWidth)).toBe(1);

      // The search starts from the requester's name and finds the demo co-owner who sold lot 203.
      const match = staff.getByRole('radio', { name: /M\. Gérard Lemoine/ });
      await match.waitFor();
      await expectAccessible(staff);
      await match.check();
      await staff.getByRole('button', { name: 'Valider' }).click();
      const dialog = staff.getByRole('dialog', { name: 'Valider la demande ?' });
      await dialog.getByText('gerard.lemoine@example.fr y sera enregistrée').waitFor();
      await dialog.getByRole('button', { name: 'Confirmer la validation' }).click();
      await staff.getByText('Demande acceptée').waitFor();
      await staff.getByRole('link', { name: "Demandes d'accès", exact: true }).waitFor();

      // The person's tracking page now says so, and the demo outbox holds the first-connection email.
      await page.goto(trackingUrl);
      await page.getByRole('heading', { name: 'Votre demande a été acceptée' }).waitFor();
      const outbox = await (await page.request.get('/api/demo/outbox')).json();
      const subjects = outbox.messages
        .filter((message: { recipient: string }) => message.recipient === 'gerard.lemoine@example.fr')
        .map((message: { subject: string }) => message.subject);
      expect(subjects).toEqual(
        expect.arrayContaining([
          "Nous avons bien reçu votre demande d'accès",
          'Bienvenue sur votre espace client',
          "Votre demande d'accès est acceptée",
        ]),
      );
    } finally {
      await person.context.close();
      await manager.context.close();
    }
  });
});
