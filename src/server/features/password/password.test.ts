import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, sessionCookieFrom, type TestApp } from '../../../../test/support/app.ts';
import { factories, TEST_PASSWORD } from '../../../../test/support/factories.ts';
import { accountEmailChanges, accounts, accountTokens, auditEvents, outboxMessages } from '../../db/schema/index.ts';

const NEW_PASSWORD = 'Quatre chevaux bleus dansent';
const SENT = {
  status: 'sent',
  message:
    'Si un compte correspond à cet identifiant, un email vient de vous être envoyé avec un lien pour choisir votre mot de passe. Pensez à regarder dans vos courriers indésirables.',
  agency: null,
  email: null,
  phone: null,
};

describe('forgotten password and first connection', () => {
  let t: TestApp;
  let make: ReturnType<typeof factories>;
  let agency: Awaited<ReturnType<ReturnType<typeof factories>['agency']>>;
  let address = 0;
  const nextIp = () => `203.0.113.${(address++ % 250) + 1}`;

  beforeAll(async () => {
    t = await createTestApp();
    make = factories(t.database.db);
    agency = await make.agency({
      name: 'ImmoCity Coulon',
      phone: '01 43 99 12 34',
      email: 'coulon@immocity.example',
      openingHours: ['Du lundi au jeudi : 9h - 12h // 13h30 - 17h', 'Le vendredi : 9h - 12h // 13h30 - 16h'],
    });
  });
  afterAll(() => t.close());

  const post = (url: string, payload: Record<string, unknown>, ip = nextIp(), cookie?: string) =>
    t.app.inject({ method: 'POST', url, payload, remoteAddress: ip, headers: cookie ? { cookie } : {} });
  const forgotten = (identifier: string, ip?: string) => post('/api/auth/password/forgotten', { identifier }, ip);
  const logIn = (identifier: string, password: string) => post('/api/auth/login', { identifier, password });
  const lastEmailTo = async (recipient: string) => {
    const [email] = await t.database.db
      .select()
      .from(outboxMessages)
      .where(eq(outboxMessages.recipient, recipient))
      .orderBy(desc(outboxMessages.createdAt))
      .limit(1);
    return email;
  };
  const tokenIn = (text: string | undefined, path = 'mot-de-passe/nouveau') =>
    new RegExp(`/${path}\\?jeton=([\\w-]+)`).exec(text ?? '')?.[1] ?? '';
  const linkFor = async (recipient: string) => tokenIn((await lastEmailTo(recipient))?.textBody);
  const smsCodeIn = async (mobile: string) =>
    /code de vérification est (\d{6})/.exec((await lastEmailTo(mobile))?.textBody ?? '')?.[1];

  it('sends a reset link to the address on file, and answers an unknown identifier in the same words', async () => {
    const client = await make.client(agency.id, { reference: 'CO410452' });
    const known = await forgotten('c0 410452');
    const unknown = await forgotten('ZZ410452');
    expect(known.statusCode).toBe(200);
    expect(known.json()).toEqual(SENT);
    expect(unknown.statusCode).toBe(200);
    expect(unknown.json()).toEqual(SENT);

    const email = await lastEmailTo(client.email ?? '');
    expect(email?.subject).toBe('Réinitialisation de votre mot de passe');
    expect(email?.textBody).toContain('ImmoCity Coulon');
    expect(tokenIn(email?.textBody)).toMatch(/^[\w-]{43}$/);
  });

  it('resets the password once: signs this device in, ends every other session, and confirms by email', async () => {
    const client = await make.client(agency.id, { firstName: 'Paul', lastName: 'Girard' });
    const elsewhere = sessionCookieFrom((await logIn(client.reference, TEST_PASSWORD)).headers['set-cookie']);
    await forgotten(client.reference);
    const token = await linkFor(client.email ?? '');

    const link = await post('/api/auth/password/link', { token });
    expect(link.json()).toEqual({ creating: false, displayName: 'M. Paul Girard', identifier: client.reference });

    const reset = await post('/api/auth/password', { token, password: NEW_PASSWORD });
    expect(reset.statusCode).toBe(200);
    expect(reset.json()).toMatchObject({ kind: 'client', displayName: 'M. Paul Girard' });
    const here = sessionCookieFrom(reset.headers['set-cookie']);
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: here } })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: elsewhere } })).statusCode).toBe(401);

    expect((await logIn(client.reference, TEST_PASSWORD)).statusCode).toBe(401);
    expect((await logIn(client.reference, NEW_PASSWORD)).statusCode).toBe(200);
    const notice = await lastEmailTo(client.email ?? '');
    expect(notice?.subject).toBe('Votre mot de passe a été modifié');
    expect(notice?.textBody).toContain('vos autres appareils ont été déconnectés');
    const trail = await t.database.db.select().from(auditEvents).where(eq(auditEvents.accountId, client.account.id));
    expect(trail.map((event) => event.action)).toContain('password.changed');
    expect(JSON.stringify(trail)).not.toContain(NEW_PASSWORD);

    const again = await post('/api/auth/password', { token, password: `${NEW_PASSWORD} encore` });
    expect(again.statusCode).toBe(410);
    expect(again.json()).toMatchObject({
      code: 'LINK_USED',
      message: 'Ce lien a déjà été utilisé. Demandez-en un nouveau si besoin.',
    });
  });

  it('refuses an expired link, in words that say so', async () => {
    const client = await make.client(agency.id);
    await forgotten(client.reference);
    const token = await linkFor(client.email ?? '');
    await t.database.db
      .update(accountTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(accountTokens.accountId, client.account.id));
    for (const response of [
      await post('/api/auth/password/link', { token }),
      await post('/api/auth/password', { token, password: NEW_PASSWORD }),
    ]) {
      expect(response.statusCode).toBe(410);
      expect(response.json()).toMatchObject({
        code: 'LINK_EXPIRED',
        message: 'Ce lien a expiré. Demandez-en un nouveau : il vous sera envoyé par email.',
      });
    }
    expect((await logIn(client.reference, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('refuses a wrong, tampered or replaced link', async () => {
    const client = await make.client(agency.id);
    await forgotten(client.reference);
    const first = await linkFor(client.email ?? '');
    await forgotten(client.reference);
    const second = await linkFor(client.email ?? '');
    const tampered = `${second.slice(0, -1)}${second.endsWith('A') ? 'B' : 'A'}`;

    expect((await post('/api/auth/password/link', { token: 'pas-un-vrai-jeton' })).json().code).toBe('LINK_INVALID');
    const tamperedAnswer = await post('/api/auth/password', { token: tampered, password: NEW_PASSWORD });
    expect(tamperedAnswer.statusCode).toBe(400);
    expect(tamperedAnswer.json().code).toBe('LINK_INVALID');
    // Only the latest link sent works.
    expect((await post('/api/auth/password/link', { token: first })).json().code).toBe('LINK_EXPIRED');
    expect((await post('/api/auth/password/link', { token: second })).statusCode).toBe(200);
  });

  it('refuses a weak password, says why, and leaves the link usable', async () => {
    const client = await make.client(agency.id, { firstName: 'Sophie', lastName: 'Bernardeau' });
    await forgotten(client.reference);
    const token = await linkFor(client.email ?? '');

    const short = await post('/api/auth/password', { token, password: 'court' });
    expect(short.statusCode).toBe(400);
    expect(short.json()).toMatchObject({
      code: 'PASSWORD_TOO_WEAK',
      details: {
        fields: [
          {
            field: 'password',
            message: "Le mot de passe doit comporter au moins 12 caractères, ou être une phrase d'au moins 4 mots.",
          },
        ],
      },
    });
    for (const password of ['motdepasse123', 'azertyuiop123', 'Bernardeau2026!', `${client.reference}${client.reference}`]) {
      const answer = await post('/api/auth/password', { token, password });
      expect(answer.json().code, password).toBe('PASSWORD_TOO_WEAK');
      expect(answer.json().message).toContain('trop facile à deviner');
    }
    expect((await post('/api/auth/password', { token, password: NEW_PASSWORD })).statusCode).toBe(200);
  });

  it('shows the rules while the person types, judged against their own names when the link is given', async () => {
    const client = await make.client(agency.id, { firstName: 'Hortense', lastName: 'Villemagne' });
    await forgotten(client.reference);
    const token = await linkFor(client.email ?? '');
    const strength = async (password: string, withToken = true) =>
      (await post('/api/auth/password/strength', withToken ? { password, token } : { password })).json();

    expect(await strength('abc')).toMatchObject({ acceptable: false, lengthRule: false, length: 3, score: null });
    expect(await strength('le ciel dort ici')).toMatchObject({ lengthRule: true, words: 4 });
    expect(await strength('motdepasse1234')).toMatchObject({ acceptable: false, lengthRule: true, notGuessable: false });
    expect(await strength('Villemagne2026!')).toMatchObject({ acceptable: false, lengthRule: true });
    expect(await strength('Villemagne2026!', false)).toMatchObject({ acceptable: true });
    expect(await strength(NEW_PASSWORD)).toMatchObject({ acceptable: true, notGuessable: true });
  });

  it('lifts the lock after ten failures once the password is reset from the emailed link', async () => {
    const client = await make.client(agency.id);
    await t.database.db
      .update(accounts)
      .set({ lockedUntil: new Date(Date.now() + 10 * 60_000) })
      .where(eq(accounts.id, client.account.id));
    await forgotten(client.reference);
    const reset = await post('/api/auth/password', { token: await linkFor(client.email ?? ''), password: NEW_PASSWORD });
    expect(reset.statusCode).toBe(200);
    expect((await logIn(client.reference, NEW_PASSWORD)).statusCode).toBe(200);
  });

  describe('first connection (no password yet)', () => {
    it('invites the person to create their password, then signs them in', async () => {
      const client = await make.client(agency.id);
      await t.database.db.update(accounts).set({ passwordHash: null }).where(eq(accounts.id, client.account.id));
      expect((await forgotten(client.reference)).json()).toEqual(SENT);
      const email = await lastEmailTo(client.email ?? '');
      expect(email?.subject).toBe('Créez votre mot de passe');
      const token = tokenIn(email?.textBody);
      expect((await post('/api/auth/password/link', { token })).json().creating).toBe(true);
      expect((await post('/api/auth/password', { token, password: NEW_PASSWORD })).statusCode).toBe(200);
      expect((await logIn(client.reference, NEW_PASSWORD)).statusCode).toBe(200);
    });
  });

  describe('no email on file', () => {
    const NO_EMAIL =
      "Nous n'avons pas d'adresse email sur votre fiche client. Cela vous permettrait de récupérer plus facilement votre mot de passe en cas d'oubli.";

    it('says so, with the agency to contact, and lets the person give an address confirmed from its mailbox', async () => {
      const client = await make.client(agency.id, { email: null, mobilePhone: '06 12 34 56 78' });
      await t.database.db.update(accounts).set({ passwordHash: null }).where(eq(accounts.id, client.account.id));
      const answer = await forgotten(client.reference);
      expect(answer.json()).toMatchObject({ status: 'no_email', message: NO_EMAIL, agency: { name: 'ImmoCity Coulon' } });

      const given = await post('/api/auth/password/forgotten/email', {
        identifier: client.reference,
        email: 'Nouvelle.Adresse@Example.fr',
      });
      expect(given.statusCode).toBe(200);
      expect(given.json()).toMatchObject({ status: 'confirmation_sent', email: 'Nouvelle.Adresse@Example.fr' });
      // Not the account's address until confirmed from that mailbox.
      const [before] = await t.database.db.select().from(accounts).where(eq(accounts.id, client.account.id));
      expect(before?.email).toBeNull();

      const confirmation = await lastEmailTo('Nouvelle.Adresse@Example.fr');
      expect(confirmation?.subject).toBe('Confirmez votre adresse email');
      expect(confirmation?.textBody).toContain('&suite=mot-de-passe');
      const token = tokenIn(confirmation?.textBody, 'email/confirmer');
      // The link alone is not enough: the code sent to the mobile on file must come with it.
      expect((await post('/api/auth/email/confirm', { token, continueToPassword: true })).json().code).toBe('SMS_CODE_REQUIRED');
      const smsCode = await smsCodeIn('06 12 34 56 78');
      const confirmed = await post('/api/auth/email/confirm', { token, continueToPassword: true, smsCode });
      expect(confirmed.statusCode).toBe(200);
      expect(confirmed.json().email).toBe('Nouvelle.Adresse@Example.fr');

      const [after] = await t.database.db.select().from(accounts).where(eq(accounts.id, client.account.id));
      expect(after?.email).toBe('Nouvelle.Adresse@Example.fr');
      const history = await t.database.db
        .select()
        .from(accountEmailChanges)
        .where(eq(accountEmailChanges.accountId, client.account.id));
      expect(history).toMatchObject([{ previousEmail: null, newEmail: 'Nouvelle.Adresse@Example.fr' }]);

      const created = await post('/api/auth/password', { token: confirmed.json().passwordToken, password: NEW_PASSWORD });
      expect(created.statusCode).toBe(200);
      expect((await logIn('nouvelle.adresse@example.fr', NEW_PASSWORD)).statusCode).toBe(200);
      expect((await post('/api/auth/email/confirm', { token, smsCode })).json().code).toBe('LINK_USED');
    });

    it('answers "Le courriel existe déjà." when another account uses the address', async () => {
      const other = await make.client(agency.id, { email: 'deja.prise@example.fr' });
      const client = await make.client(agency.id, { email: null, mobilePhone: '07 98 76 54 32' });
      const answer = await post('/api/auth/password/forgotten/email', {
        identifier: client.reference,
        email: 'DEJA.prise@example.fr',
      });
      expect(answer.statusCode).toBe(409);
      expect(answer.json()).toMatchObject({ code: 'EMAIL_TAKEN', message: 'Le courriel existe déjà.' });
      expect(other.email).toBe('deja.prise@example.fr');
    });

    it('never sets an address on an account that has one, nor on an unknown identifier', async () => {
      const client = await make.client(agency.id);
      for (const identifier of [client.reference, 'ZZ000999']) {
        const answer = await post('/api/auth/password/forgotten/email', { identifier, email: 'intrus@example.fr' });
        expect(answer.json()).toEqual(SENT);
      }
      expect(await lastEmailTo('intrus@example.fr')).toBeUndefined();
      const [account] = await t.database.db.select().from(accounts).where(eq(accounts.id, client.account.id));
      expect(account?.email).toBe(client.email);
    });
  });

  it('sends the person to their agency when the address on file refused delivery for good', async () => {
    const client = await make.client(agency.id);
    await t.database.db.insert(outboxMessages).values({
      channel: 'email',
      recipient: client.email ?? '',
      subject: 'Appel de fonds',
      textBody: 'Bonjour',
      status: 'failed',
      attempts: 1,
      lastError: '550 Mailbox unavailable',
    });
    const answer = await forgotten(client.reference);
    expect(answer.json()).toEqual({
      status: 'undeliverable',
      message: "L'email de réinitialisation n'a pas pu être envoyé, merci de vous rapprocher de votre agence.",
      email: null,
      phone: null,
      agency: expect.objectContaining({
        name: 'ImmoCity Coulon',
        phone: '01 43 99 12 34',
        email: 'coulon@immocity.example',
        openingHours: ['Du lundi au jeudi : 9h - 12h // 13h30 - 17h', 'Le vendredi : 9h - 12h // 13h30 - 16h'],
      }),
    });
    expect((await lastEmailTo(client.email ?? ''))?.subject).toBe('Appel de fonds');
  });

  describe('limits', () => {
    it('sends at most five links an hour for one identifier, whatever the address asking', async () => {
      const client = await make.client(agency.id);
      for (let index = 0; index < 5; index++) expect((await forgotten(client.reference)).statusCode).toBe(200);
      const held = await forgotten(client.reference);
      expect(held.statusCode).toBe(429);
      expect(held.json().code).toBe('RATE_LIMITED');
      expect(Number(held.headers['retry-after'])).toBeGreaterThan(3000);
      // Same for an identifier that matches nothing: the limit tells nothing either.
      for (let index = 0; index < 5; index++) await forgotten('ZZ999000');
      expect((await forgotten('ZZ999000')).statusCode).toBe(429);
    });

    it('gives one address at most five answers an hour that reveal an account', async () => {
      const ip = '198.51.100.90';
      for (let index = 0; index < 5; index++) {
        const client = await make.client(agency.id, { email: null });
        expect((await forgotten(client.reference, ip)).json().status).toBe('no_email');
      }
      const client = await make.client(agency.id, { email: null });
      expect((await forgotten(client.reference, ip)).statusCode).toBe(429);
      expect((await forgotten(client.reference, '198.51.100.91')).json().status).toBe('no_email');
    });
  });
});
