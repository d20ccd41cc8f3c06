/// <reference lib="dom" />
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, logIn, type Portal, startPortal } from './support/portal.ts';

describe('signing in to the portal', () => {
  let portal: Portal;
  beforeAll(async () => {
    portal = await startPortal();
  });
  afterAll(() => portal?.close());

  it('lets the demo co-owner in, shows "Copropriétaire de 4 biens", and lets him out', async () => {
    const { page, context } = await portal.newPage();
    try {
      await page.goto('/');
      await page.waitForURL('**/connexion');
      await page.getByRole('heading', { name: 'Bienvenue sur votre espace client' }).waitFor();
      await expectAccessible(page);

      await logIn(page, 'CO100452');
      await page.getByText('Copropriétaire de 4 biens').waitFor();
      expect(await page.getByText('M. et Mme Allouard').first().isVisible()).toBe(true);
      expect(await page.getByText('ImmoCity Coulon').first().isVisible()).toBe(true);
      await expectAccessible(page);

      await page.getByRole('button', { name: /Menu utilisateur/ }).click();
      await page.getByRole('menuitem', { name: 'Déconnexion' }).click();
      await page.waitForURL('**/connexion');
      // The session is gone on the server too: the home page sends back to the login page.
      await page.goto('/');
      await page.waitForURL('**/connexion');
    } finally {
      await context.close();
    }
  });

  it('accepts the identifier typed with a zero instead of the letter O', async () => {
    const { page, context } = await portal.newPage();
    try {
      await logIn(page, 'c0100452');
      await page.getByText('Copropriétaire de 4 biens').waitFor();
    } finally {
      await context.close();
    }
  });

  it('says in French why a wrong password is refused, and stays on the password step', async () => {
    const { page, context } = await portal.newPage();
    try {
      await logIn(page, 'CO100452', 'pas-le-bon');
      const alert = page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.textContent()).toContain('Identifiant ou mot de passe incorrect.');
      expect(await page.getByLabel('Mot de passe', { exact: true }).isVisible()).toBe(true);
    } finally {
      await context.close();
    }
  });
});

describe('the navigation follows the person’s roles', () => {
  let portal: Portal;
  beforeAll(async () => {
    portal = await startPortal();
  });
  afterAll(() => portal?.close());

  const navigationOf = async (identifier: string, expected: string) => {
    const { page, context } = await portal.newPage();
    try {
      await logIn(page, identifier);
      await page.getByText(expected).first().waitFor();
      const navigation = page.getByRole('navigation', { name: /principale|Navigation/i });
      return (await navigation.getByRole('link').allTextContents()).map((text) => text.trim());
    } finally {
      await context.close();
    }
  };

  it('shows "Conseil Syndical" to a council member only', async () => {
    const council = await navigationOf('CO100417', 'Membre du conseil syndical');
    expect(council).toEqual(
      expect.arrayContaining(['Accueil', 'Biens', 'Finances', 'Interventions', 'Documents', 'AG', 'Conseil Syndical']),
    );
    expect(council).not.toContain('Locataires');
    expect(await navigationOf('CO100452', 'Copropriétaire de 4 biens')).not.toContain('Conseil Syndical');
  });

  it('shows "Locataires" to the landlord, with his 28 managed units', async () => {
    const landlord = await navigationOf('BA200028', 'Propriétaire de 28 biens en gérance');
    expect(landlord).toContain('Locataires');
    expect(landlord).not.toContain('Conseil Syndical');
  });

  it('welcomes a tenant as "Locataire"', async () => {
    const tenant = await navigationOf('LO300115', 'Locataire');
    expect(tenant).not.toContain('Locataires');
  });

  it('lands staff on their own home', async () => {
    const { page, context } = await portal.newPage();
    try {
      await logIn(page, 'gestion@immocity.example');
      await page.getByText('Bonjour, Claire').waitFor();
      await expectAccessible(page);
    } finally {
      await context.close();
    }
  });
});

describe('on a 360 px phone', () => {
  let portal: Portal;
  beforeAll(async () => {
    portal = await startPortal();
  });
  afterAll(() => portal?.close());

  it('fits the screen and folds the navigation behind a menu button', async () => {
    const { page, context } = await portal.newPage({ width: 360, height: 740 });
    try {
      await logIn(page, 'CO100452');
      await page.getByText('Copropriétaire de 4 biens').waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      const burger = page.getByRole('button', { name: /menu|navigation/i }).first();
      expect(await burger.isVisible()).toBe(true);
      await expectAccessible(page);
    } finally {
      await context.close();
    }
  });
});
