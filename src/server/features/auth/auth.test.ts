import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, sessionCookieFrom, type TestApp } from '../../../../test/support/app.ts';
import { factories, TEST_PASSWORD } from '../../../../test/support/factories.ts';
import { accountBlocks, accounts, auditEvents, sessions } from '../../db/schema/index.ts';

describe('login and logout', () => {
  let t: TestApp;
  let client: Awaited<ReturnType<ReturnType<typeof factories>['client']>>;

  beforeAll(async () => {
    t = await createTestApp();
    const make = factories(t.database.db);
    const agency = await make.agency();
    client = await make.client(agency.id, {
      civility: 'M_ET_MME',
      lastName: 'Allouard',
      reference: 'CO700452',
      email: 'Allouard.Famille@Example.fr',
    });
  });
  afterAll(() => t.close());

  const logIn = (identifier: string, password = TEST_PASSWORD, extra: Record<string, unknown> = {}, ip = '203.0.113.10') =>
    t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { identifier, password, ...extra }, remoteAddress: ip });

  it.each([
    ['as printed', 'CO700452'],
    ['with a zero instead of the O', 'C0700452'],
    ['in lower case with spaces', ' co 700452 '],
    ['by email, whatever its case', 'allouard.famille@example.fr'],
  ])('opens a session with the identifier %s', async (_case, identifier) => {
    const response = await logIn(identifier);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ kind: 'client', displayName: 'M. et Mme Allouard' });
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/me',
      headers: { cookie: sessionCookieFrom(response.headers['set-cookie']) },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json().displayName).toBe('M. et Mme Allouard');
  });

  it('answers a wrong password and an unknown identifier in the same words', async () => {
    const wrongPassword = await logIn('CO700452', 'pas-le-bon-mot-de-passe');
    const unknown = await logIn('ZZ999999');
    for (const response of [wrongPassword, unknown]) {
      expect(response.statusCode).toBe(401);
      expect(response.json()).toEqual({ code: 'INVALID_CREDENTIALS', message: 'Identifiant ou mot de passe incorrect.' });
      expect(response.headers['set-cookie']).toBeUndefined();
    }
  });

  it('refuses a locked account without saying so', async () => {
    await t.database.db
      .update(accounts)
      .set({ lockedUntil: new Date(Date.now() + 60_000) })
      .where(eq(accounts.id, client.account.id));
    try {
      expect((await logIn('CO700452', TEST_PASSWORD, {}, '203.0.113.11')).json().code).toBe('INVALID_CREDENTIALS');
    } finally {
      await t.database.db.update(accounts).set({ lockedUntil: null }).where(eq(accounts.id, client.account.id));
    }
  });

  it('tells a person whose access the agency suspended, once the password is right', async () => {
    await t.database.db.insert(accountBlocks).values({ accountId: client.account.id, reason: 'Vente du lot' });
    try {
      const response = await logIn('CO700452', TEST_PASSWORD, {}, '203.0.113.16');
      expect(response.statusCode).toBe(403);
      expect(response.json()).toEqual({
        code: 'ACCOUNT_BLOCKED',
        message: 'Votre accès a été suspendu par votre agence. Merci de la contacter.',
      });
      expect(response.headers['set-cookie']).toBeUndefined();
      // A wrong password still gets the answer that reveals nothing.
      expect((await logIn('CO700452', 'faux', {}, '203.0.113.16')).json().code).toBe('INVALID_CREDENTIALS');
    } finally {
      await t.database.db.delete(accountBlocks).where(eq(accountBlocks.accountId, client.account.id));
    }
  });

  it('names each missing field in French', async () => {
    const response = await logIn('', '', {}, '203.0.113.12');
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(body.details.fields).toEqual([
      { field: 'identifier', message: 'Saisissez votre identifiant ou votre adresse email.' },
      { field: 'password', message: 'Saisissez votre mot de passe.' },
    ]);
  });

  it('sets an httpOnly SameSite cookie that ends with the browser unless "Rester connecté" is ticked', async () => {
    const browserOnly = String((await logIn('CO700452', TEST_PASSWORD, {}, '203.0.113.13')).headers['set-cookie']);
    expect(browserOnly).toMatch(/HttpOnly/);
    expect(browserOnly).toMatch(/SameSite=Lax/);
    expect(browserOnly).not.toMatch(/Expires=/);

    const remembered = String(
      (await logIn('CO700452', TEST_PASSWORD, { rememberMe: true }, '203.0.113.13')).headers['set-cookie'],
    );
    const expires = new Date(/Expires=([^;]+)/.exec(remembered)?.[1] ?? '');
    const days = (expires.getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29);
    expect(days).toBeLessThanOrEqual(30);
  });

  it('stores only a hash of the session token', async () => {
    const cookie = sessionCookieFrom((await logIn('CO700452', TEST_PASSWORD, {}, '203.0.113.14')).headers['set-cookie']);
    const token = cookie.split('=')[1] ?? '';
    const stored = await t.database.db.select({ tokenHash: sessions.tokenHash }).from(sessions);
    expect(stored.length).toBeGreaterThan(0);
    expect(stored.some((row) => row.tokenHash === token)).toBe(false);
  });

  it('ends the session on the server at logout: the same cookie no longer opens anything', async () => {
    const cookie = sessionCookieFrom((await logIn('CO700452', TEST_PASSWORD, {}, '203.0.113.15')).headers['set-cookie']);
    const logout = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } });
    expect(logout.statusCode).toBe(204);
    const after = await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
    expect(after.statusCode).toBe(401);
    expect(after.json().code).toBe('UNAUTHENTICATED');
  });

  it('keeps an audit trail of sign-ins, failures and logouts, without passwords', async () => {
    const trail = await t.database.db.select().from(auditEvents).where(eq(auditEvents.accountId, client.account.id));
    const actions = new Set(trail.map((event) => event.action));
    expect(actions).toEqual(new Set(['login.succeeded', 'login.failed', 'login.refused', 'logout']));
    expect(trail.find((event) => event.action === 'login.succeeded')?.ipAddress).toMatch(/^203\.0\.113\./);
    expect(JSON.stringify(trail)).not.toContain(TEST_PASSWORD);
  });

  it('slows down guessing: the 11th attempt in a minute from one address is refused with a delay', async () => {
    const attempts = [];
    // A different identifier each time: this is the per-address limit, not the per-account delay (below).
    for (let index = 0; index < 11; index++) attempts.push(await logIn(`ZZ70${index}452`, 'mauvais', {}, '198.51.100.7'));
    expect(attempts.slice(0, 10).every((response) => response.statusCode === 401)).toBe(true);
    const refused = attempts[10];
    expect(refused?.statusCode).toBe(429);
    expect(refused?.json().code).toBe('RATE_LIMITED');
    expect(Number(refused?.headers['retry-after'])).toBeGreaterThan(0);
    // Another address is not held back by the first one's failures.
    expect((await logIn('CO700452', TEST_PASSWORD, {}, '198.51.100.8')).statusCode).toBe(200);
  });
});
