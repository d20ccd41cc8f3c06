/// <reference lib="dom" />
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/free-port.ts';
import { emailOf, type OidcTestProvider, startOidcTestProvider, TEST_CLIENT } from '../support/oidc-test-provider.ts';
import { expectAccessible, logIn, type Portal, startPortal } from './support/portal.ts';

/**
 * The local OpenID Connect provider stands in for Google, which lies outside this machine: the portal is
 * configured with it as its "Google" (OIDC_GOOGLE_ISSUER), and Chromium goes through its sign-in page.
 */
describe('signing in with a linked Google account', () => {
  let portal: Portal;
  let idp: OidcTestProvider;

  beforeAll(async () => {
    // The portal reads the issuer at boot but reaches it only at the first click: the provider can start after
    // it, once the portal's address (its callback) is known.
    const idpPort = await freePort();
    portal = await startPortal({
      OIDC_GOOGLE_ISSUER: `http://127.0.0.1:${idpPort}`,
      OIDC_GOOGLE_CLIENT_ID: TEST_CLIENT.id,
      OIDC_GOOGLE_CLIENT_SECRET: TEST_CLIENT.secret,
    });
    idp = await startOidcTestProvider({ port: idpPort, redirectUris: [`${portal.url}/api/auth/oidc/google/callback`] });
  });
  afterAll(async () => {
    await portal?.close();
    await idp?.close();
  });

  it('links Google from the profile, then brings the co-owner back with it after logging out', async () => {
    const { page, context } = await portal.newPage();
    try {
      await logIn(page, 'CO100452');
      await page.getByText('Copropriétaire de 4 biens').waitFor();
      await page.getByRole('button', { name: /Menu utilisateur/ }).click();
      await page.getByRole('menuitem', { name: 'Voir le profil' }).click();
      const linked = page.getByRole('region', { name: 'Comptes reliés' });
      await linked.getByText('Non relié').waitFor();
      await expectAccessible(page);

      await linked.getByRole('button', { name: 'Relier un compte Google' }).click();
      await page.waitForURL(`${idp.issuer}/interaction/**`);
      await page.getByLabel('Compte').fill('allouard');
      await page.getByRole('button', { name: 'Continuer' }).click();

      await page.waitForURL('**/profil?**');
      await page.getByRole('status').getByText('Votre compte Google est maintenant relié').waitFor();
      await linked.getByText(emailOf('allouard')).waitFor();
      await expectAccessible(page);

      await page.getByRole('button', { name: /Menu utilisateur/ }).click();
      await page.getByRole('menuitem', { name: 'Déconnexion' }).click();
      await page.waitForURL('**/connexion');
      await page.getByText('Ou bien connectez-vous en utilisant un réseau social...').waitFor();
      await expectAccessible(page);

      // The provider remembers the person from the linking (like Google): no second sign-in page there.
      await page.getByRole('link', { name: 'Se connecter avec Google' }).click();
      await page.getByText('Copropriétaire de 4 biens').waitFor();
      expect(new URL(page.url()).pathname).toBe('/');
    } finally {
      await context.close();
    }
  });

  it('explains that a Google account linked to nobody opens nothing', async () => {
    const { page, context } = await portal.newPage({ width: 360, height: 740 });
    try {
      await page.goto('/connexion');
      await page.getByRole('link', { name: 'Se connecter avec Google' }).click();
      await page.getByLabel('Compte').fill('quelqu-un-d-autre');
      await page.getByRole('button', { name: 'Continuer' }).click();
      await page.waitForURL('**/connexion?**');
      const alert = page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.textContent()).toContain(
        "Ce compte Google n'est relié à aucun espace client. Connectez-vous avec votre identifiant, puis reliez-le depuis votre profil.",
      );
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await expectAccessible(page);
    } finally {
      await context.close();
    }
  });
});
