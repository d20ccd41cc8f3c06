/// <reference lib="dom" />
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, logIn, type Portal, startPortal } from './support/portal.ts';

describe('passkeys, the "biométrie" of the mobile app', () => {
  let portal: Portal;
  beforeAll(async () => {
    portal = await startPortal();
  });
  afterAll(() => portal?.close());

  it('adds a passkey from the profile, then signs the co-owner in with it alone', async () => {
    const { page, context } = await portal.newPage();
    try {
      // Chromium's virtual authenticator stands for the phone's fingerprint reader: it keeps discoverable keys
      // and confirms the person's presence and identity without a prompt.
      const cdp = await context.newCDPSession(page);
      await cdp.send('WebAuthn.enable');
      await cdp.send('WebAuthn.addVirtualAuthenticator', {
        options: {
          protocol: 'ctap2',
          transport: 'internal',
          hasResidentKey: true,
          hasUserVerification: true,
          isUserVerified: true,
          automaticPresenceSimulation: true,
        },
      });

      await logIn(page, 'CO100452');
      await page.getByText('Copropriétaire de 4 biens').waitFor();
      await page.goto('/profil');
      const card = page.getByRole('region', { name: "Clés d'accès (biométrie)" });
      await card.getByText("Aucune clé d'accès pour le moment.").waitFor();
      await expectAccessible(page);

      await card.getByRole('button', { name: "Ajouter une clé d'accès" }).click();
      const naming = page.getByRole('dialog', { name: "Nommer la nouvelle clé d'accès" });
      await naming.waitFor();
      await expectAccessible(page);
      await naming.getByLabel('Nom de la clé').fill('Téléphone de Jean');
      await naming.getByRole('button', { name: 'Enregistrer' }).click();
      await naming.waitFor({ state: 'detached' });
      await card.getByText('Téléphone de Jean').waitFor();
      expect(await card.getByText('jamais utilisée').isVisible()).toBe(true);
      await card.getByRole('status').getByText("Clé d'accès ajoutée").waitFor();
      await expectAccessible(page);

      await page.getByRole('button', { name: /Menu utilisateur/ }).click();
      await page.getByRole('menuitem', { name: 'Déconnexion' }).click();
      await page.waitForURL('**/connexion');

      await page.getByRole('button', { name: "Se connecter avec une clé d'accès" }).click();
      await page.getByText('Copropriétaire de 4 biens').waitFor();
      expect(await page.getByText('M. et Mme Allouard').first().isVisible()).toBe(true);

      await page.goto('/profil');
      await card.getByText(/dernière utilisation le/).waitFor();
      const devices = page.getByRole('region', { name: 'Appareils connectés' });
      await devices.getByText("Clé d'accès").waitFor();
    } finally {
      await context.close();
    }
  });

  it('renames and removes a passkey after confirmation', async () => {
    const { page, context } = await portal.newPage();
    try {
      const cdp = await context.newCDPSession(page);
      await cdp.send('WebAuthn.enable');
      await cdp.send('WebAuthn.addVirtualAuthenticator', {
        options: {
          protocol: 'ctap2',
          transport: 'internal',
          hasResidentKey: true,
          hasUserVerification: true,
          isUserVerified: true,
        },
      });
      await logIn(page, 'LO300115');
      await page.getByText('Locataire').first().waitFor();
      await page.goto('/profil');
      const card = page.getByRole('region', { name: "Clés d'accès (biométrie)" });
      await card.getByRole('button', { name: "Ajouter une clé d'accès" }).click();
      const naming = page.getByRole('dialog', { name: "Nommer la nouvelle clé d'accès" });
      // The name proposed is the browser and system of this device.
      expect(await naming.getByLabel('Nom de la clé').inputValue()).toMatch(/ sur Linux$/);
      await naming.getByRole('button', { name: 'Enregistrer' }).click();
      await naming.waitFor({ state: 'detached' });

      await card.getByRole('button', { name: /^Renommer la clé/ }).click();
      const renaming = page.getByRole('dialog', { name: "Renommer la clé d'accès" });
      await renaming.getByLabel('Nom de la clé').fill('PC du salon');
      await renaming.getByRole('button', { name: 'Enregistrer' }).click();
      await card.getByText('PC du salon').waitFor();

      await card.getByRole('button', { name: 'Supprimer la clé PC du salon' }).click();
      const confirm = page.getByRole('dialog', { name: "Supprimer la clé d'accès" });
      await confirm.getByText('Supprimer la clé « PC du salon » ?', { exact: false }).waitFor();
      await expectAccessible(page);
      await confirm.getByRole('button', { name: 'Supprimer' }).click();
      await card.getByText("Aucune clé d'accès pour le moment.").waitFor();

      // On a 360 px phone the card fits the screen.
      await page.setViewportSize({ width: 360, height: 740 });
      await card.getByRole('button', { name: "Ajouter une clé d'accès" }).waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    } finally {
      await context.close();
    }
  });

  it('answers calmly when the person closes the device prompt', async () => {
    const { page, context } = await portal.newPage();
    try {
      // What browsers report when the person dismisses the fingerprint or face prompt.
      await page.addInitScript(() => {
        navigator.credentials.get = () => Promise.reject(new DOMException('The operation was cancelled.', 'NotAllowedError'));
      });
      await page.goto('/connexion');
      await page.getByRole('button', { name: "Se connecter avec une clé d'accès" }).click();
      await page.getByRole('status').getByText("Connexion avec une clé d'accès annulée.", { exact: false }).waitFor();
      expect(await page.getByRole('alert').count()).toBe(0);
      expect(await page.getByLabel('Identifiant ou adresse email').isVisible()).toBe(true);
      await expectAccessible(page);
    } finally {
      await context.close();
    }
  });
});
