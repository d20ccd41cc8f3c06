/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, expectAccessible, logIn, type Portal, startPortal } from './support/portal.ts';

const NEW_PASSWORD = 'Quatre chevaux bleus dansent';

interface OutboxMessage {
  channel: 'email' | 'sms';
  recipient: string;
  subject: string | null;
  textBody: string;
}

describe('first connection through the emailed link', () => {
  let portal: Portal;
  beforeAll(async () => {
    portal = await startPortal();
  });
  afterAll(() => portal?.close());

  const query = async <T>(text: string, values: unknown[] = []) => (await portal.database.pool.query(text, values)).rows as T[];

  /** The demo inbox, as the person's mailbox: the newest message to `recipient` with this subject. */
  const linkInInbox = async (page: Page, recipient: string, subject: string, path: string) => {
    const response = await page.request.get('/api/demo/outbox');
    const { messages } = (await response.json()) as { messages: OutboxMessage[] };
    const message = messages.find((item) => item.recipient === recipient && item.subject === subject);
    const link = new RegExp(`https?://[^\\s]+/${path}\\?[^\\s]+`).exec(message?.textBody ?? '')?.[0];
    if (!link) throw new Error(`no "${subject}" email to ${recipient}`);
    return link;
  };

  /** The demo outbox, as the person's phone: the code in the newest SMS to `mobile`. */
  const codeInSms = async (page: Page, mobile: string) => {
    const response = await page.request.get('/api/demo/outbox');
    const { messages } = (await response.json()) as { messages: OutboxMessage[] };
    const sms = messages.find((item) => item.channel === 'sms' && item.recipient === mobile);
    const code = /code de vérification est (\d{6})/.exec(sms?.textBody ?? '')?.[1];
    if (!code) throw new Error(`no verification SMS to ${mobile}`);
    return code;
  };

  it('takes a person without a password from "Mot de passe oublié ?" to their home page, on a small phone', async () => {
    const [account] = await query<{ id: string; email: string }>(
      `update accounts a set password_hash = null from client_references r
        where r.person_id = a.person_id and r.reference = 'CO100452' returning a.id, a.email`,
    );
    expect(account?.email).toBeTruthy();
    const { page, context } = await portal.newPage({ width: 360, height: 780 });
    try {
      await page.goto('/connexion');
      await page.getByLabel('Identifiant ou adresse email').fill('CO100452');
      await page.getByRole('button', { name: 'Suivant' }).click();
      await page.getByRole('link', { name: 'Mot de passe oublié ?' }).click();
      await page.getByRole('heading', { name: 'Mot de passe oublié', level: 1 }).waitFor();
      // The identifier typed at the login step is already there.
      expect(await page.getByLabel('Identifiant ou adresse email').inputValue()).toBe('CO100452');
      await expectAccessible(page);
      await page.getByRole('button', { name: 'Envoyer' }).click();
      await page
        .getByRole('status')
        .getByText(/Si un compte correspond à cet identifiant/)
        .waitFor();
      await expectAccessible(page);

      const link = await linkInInbox(page, account?.email ?? '', 'Créez votre mot de passe', 'mot-de-passe/nouveau');
      await page.goto(link);
      await page.getByRole('heading', { name: 'Créez votre mot de passe', level: 1 }).waitFor();
      const rules = page.locator('#new-password-rules');
      const field = page.getByLabel('Nouveau mot de passe');

      await field.pressSequentially('azerty');
      await rules.getByText('(non respecté)').first().waitFor();
      await field.fill('azertyuiop123');
      await rules
        .getByText(/courant|deviner/)
        .first()
        .waitFor();
      expect(await rules.getByText('(respecté)', { exact: true }).count()).toBe(1);
      await field.fill(NEW_PASSWORD);
      await rules.getByText('Ce mot de passe convient.').waitFor();
      expect(await rules.getByText('(respecté)', { exact: true }).count()).toBe(2);
      await expectAccessible(page);

      await page.getByRole('button', { name: 'Enregistrer' }).click();
      await page.waitForURL((url) => url.pathname === '/');
      await page.getByText('Copropriétaire de 4 biens').waitFor();

      await page.getByRole('button', { name: /Menu utilisateur/ }).click();
      await page.getByRole('menuitem', { name: 'Déconnexion' }).click();
      await page.waitForURL('**/connexion');
      await logIn(page, 'CO100452', NEW_PASSWORD);
      await page.getByText('Copropriétaire de 4 biens').waitFor();

      // The link served once: opened again, it says so and offers a new one.
      await page.goto(link);
      await page.getByRole('alert').getByText('Lien déjà utilisé').waitFor();
      expect(await page.getByRole('link', { name: 'Recevoir un nouveau lien' }).isVisible()).toBe(true);
      await expectAccessible(page);
    } finally {
      await context.close();
    }
  });

  it('lets a person without email give one, confirm it with the mailbox and the code sent to their mobile, then create the password', async () => {
    const [account] = await query<{ reference: string; mobile: string }>(
      `select r.reference, p.mobile_phone as mobile from accounts a join persons p on p.id = a.person_id
        join client_references r on r.person_id = a.person_id
        where a.email is null and p.mobile_phone is not null order by r.reference limit 1`,
    );
    const reference = account?.reference ?? '';
    const mobile = account?.mobile ?? '';
    expect(mobile).toMatch(/^0[67]( \d\d){4}$/);
    const { page, context } = await portal.newPage();
    try {
      await page.goto('/mot-de-passe-oublie');
      await page.getByLabel('Identifiant ou adresse email').fill(reference);
      await page.getByRole('button', { name: 'Envoyer' }).click();
      await page.getByText("Nous n'avons pas d'adresse email sur votre fiche client.", { exact: false }).waitFor();
      await expectAccessible(page);

      // Someone else's address is refused in the seed's words.
      await page.getByLabel('Adresse email', { exact: true }).fill('gestion@immocity.example');
      await page.getByRole('button', { name: 'Enregistrer' }).click();
      await page.getByText('Le courriel existe déjà.').waitFor();

      await page.getByRole('button', { name: "Je n'ai pas d'adresse email" }).click();
      await page
        .getByRole('alert')
        .getByText("L'email de réinitialisation n'a pas pu être envoyé, merci de vous rapprocher de votre agence.")
        .waitFor();
      expect(await page.getByText("Horaires d'ouverture").isVisible()).toBe(true);
      await expectAccessible(page);

      await page.goto(`/mot-de-passe-oublie?identifiant=${encodeURIComponent(reference)}`);
      await page.getByRole('button', { name: 'Envoyer' }).click();
      await page.getByText("Nous n'avons pas d'adresse email sur votre fiche client.", { exact: false }).waitFor();
      await page.getByLabel('Adresse email', { exact: true }).fill('nouvelle.adresse@example.fr');
      await page.getByRole('button', { name: 'Enregistrer' }).click();
      const masked = `${mobile.slice(0, 2)} •• •• •• ${mobile.slice(-2)}`;
      await page
        .getByText(`Un email vient d'être envoyé à nouvelle.adresse@example.fr, et un code par SMS au ${masked}.`, {
          exact: false,
        })
        .waitFor();

      const link = await linkInInbox(page, 'nouvelle.adresse@example.fr', 'Confirmez votre adresse email', 'email/confirmer');
      await page.goto(link);
      await page.getByRole('heading', { name: 'Confirmer mon adresse email', level: 1 }).waitFor();
      // The link alone does not attach the address: the code sent to the mobile on file is asked for.
      const codeField = page.getByLabel('Code reçu par SMS');
      await codeField.waitFor();
      expect(await codeField.getAttribute('inputmode')).toBe('numeric');
      expect(await codeField.getAttribute('autocomplete')).toBe('one-time-code');
      await page.getByText(`envoyé par SMS au ${masked}`, { exact: false }).waitFor();
      await expectAccessible(page);
      const confirmButton = page.getByRole('button', { name: 'Confirmer mon adresse email' });
      await confirmButton.click();
      await page.getByRole('alert').getByText('Saisissez le code à 6 chiffres reçu par SMS.').waitFor();

      const code = await codeInSms(page, mobile);
      await codeField.fill(String((Number(code) + 1) % 1_000_000).padStart(6, '0'));
      await confirmButton.click();
      await page.getByRole('alert').getByText('Code incorrect. Il vous reste 4 essais.').waitFor();
      await expectAccessible(page);
      await codeField.fill(code);
      await confirmButton.click();
      await page.getByRole('heading', { name: /Créez votre mot de passe|Choisissez un nouveau mot de passe/ }).waitFor();
      await page.getByLabel('Nouveau mot de passe').fill(NEW_PASSWORD);
      await page.getByRole('button', { name: 'Enregistrer' }).click();
      await page.waitForURL((url) => url.pathname === '/');

      await page.context().clearCookies();
      await logIn(page, 'nouvelle.adresse@example.fr', NEW_PASSWORD);
      await page.waitForURL((url) => url.pathname === '/');
      await page.getByRole('link', { name: 'Accueil' }).first().waitFor();
    } finally {
      await context.close();
    }
  });
  it('sends a person with neither email nor mobile on file to their agency, attaching nothing', async () => {
    // The journey above already met this address's hourly cap on answers that reveal an account; that cap is
    // tested by the API tests, not here.
    await query(`delete from login_throttles where key like 'reset:%'`);
    const [account] = await query<{ id: string; reference: string }>(
      `select a.id, r.reference from accounts a join persons p on p.id = a.person_id
        join client_references r on r.person_id = a.person_id
        where a.email is null and p.mobile_phone is null order by r.reference limit 1`,
    );
    const { page, context } = await portal.newPage({ width: 360, height: 780 });
    try {
      await page.goto(`/mot-de-passe-oublie?identifiant=${encodeURIComponent(account?.reference ?? '')}`);
      await page.getByRole('button', { name: 'Envoyer' }).click();
      await page.getByText("Nous n'avons pas d'adresse email sur votre fiche client.", { exact: false }).waitFor();
      await page.getByLabel('Adresse email', { exact: true }).fill('quelquun.autre@example.fr');
      await page.getByRole('button', { name: 'Enregistrer' }).click();
      await page
        .getByRole('alert')
        .getByText('Pour protéger votre compte, votre agence doit vérifier votre identité', { exact: false })
        .waitFor();
      expect(await page.getByText("Horaires d'ouverture").isVisible()).toBe(true);
      await expectAccessible(page);

      const outbox = await query<{ recipient: string }>(`select recipient from outbox_messages where recipient = $1`, [
        'quelquun.autre@example.fr',
      ]);
      expect(outbox).toEqual([]);
      const [after] = await query<{ email: string | null }>('select email from accounts where id = $1', [account?.id]);
      expect(after?.email).toBeNull();

      await page.getByRole('link', { name: "Demander l'ouverture de mon accès" }).click();
      await page.waitForURL((url) => url.pathname === '/demande-acces');
    } finally {
      await context.close();
    }
  });

  it('shows a new address as pending on the profile until it is confirmed from its mailbox', async () => {
    const { page, context } = await portal.newPage();
    try {
      await logIn(page, 'CO100417');
      await page.getByRole('button', { name: /Menu utilisateur/ }).click();
      await page.getByRole('menuitem', { name: 'Voir le profil' }).click();
      const card = page.getByRole('region', { name: 'Mot de passe et adresse email' });
      const emailForm = card.getByRole('group', { name: 'Changer mon adresse email' });
      await emailForm.getByLabel('Nouvelle adresse email').fill('co100417.nouvelle@example.fr');
      await emailForm.getByLabel('Mot de passe actuel').fill(DEMO_PASSWORD);
      await emailForm.getByRole('button', { name: 'Enregistrer' }).click();
      await card.getByText('En attente de confirmation').waitFor();
      await expectAccessible(page);

      const link = await linkInInbox(page, 'co100417.nouvelle@example.fr', 'Confirmez votre adresse email', 'email/confirmer');
      await page.goto(link);
      await page.getByRole('button', { name: 'Confirmer mon adresse email' }).click();
      await page.getByText('Adresse email confirmée').waitFor();
      await page.goto('/profil');
      await card.getByText('Adresse email : co100417.nouvelle@example.fr').waitFor();
      expect(await card.getByText('En attente de confirmation').count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});
