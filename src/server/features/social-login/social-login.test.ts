import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, sessionCookieFrom, type TestApp } from '../../../../test/support/app.ts';
import { factories, TEST_PASSWORD } from '../../../../test/support/factories.ts';
import { freePort } from '../../../../test/support/free-port.ts';
import { emailOf, type OidcTestProvider, startOidcTestProvider } from '../../../../test/support/oidc-test-provider.ts';
import { accounts, auditEvents, linkedIdentities, oauthStates, sessions } from '../../db/schema/index.ts';

// The local provider stands in for Google (outside this machine): the portal reaches it by discovery, exchanges
// codes with PKCE and checks its signed ID tokens exactly as it would Google's.
const PORTAL = 'http://localhost:3000';
const CALLBACK = `${PORTAL}/api/auth/oidc/google/callback`;

describe('social login against a real OpenID Connect provider', () => {
  let t: TestApp;
  let idp: OidcTestProvider;
  let people: Awaited<ReturnType<ReturnType<typeof factories>['client']>>[];

  beforeAll(async () => {
    idp = await startOidcTestProvider({ redirectUris: [CALLBACK] });
    t = await createTestApp({ PUBLIC_URL: PORTAL, ...idp.portalEnvironment('google') });
    const make = factories(t.database.db);
    const agency = await make.agency();
    people = [await make.client(agency.id), await make.client(agency.id), await make.client(agency.id)];
  });
  afterAll(async () => {
    await t?.close();
    await idp?.close();
  });

  const inject = (method: 'GET' | 'POST' | 'DELETE', url: string, cookie?: string) =>
    t.app.inject({ method, url, headers: cookie ? { cookie } : {} });
  const flowCookieOf = (setCookie: string | string[] | undefined) =>
    [setCookie ?? []]
      .flat()
      .find((value) => value.startsWith('palier_oauth_flow='))
      ?.split(';')[0] ?? '';
  const callback = (back: URL, cookie: string) => inject('GET', `${back.pathname}${back.search}`, cookie);

  const passwordSession = async (reference: string) => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { identifier: reference, password: TEST_PASSWORD },
    });
    return sessionCookieFrom(response.headers['set-cookie']);
  };
  const link = async (session: string, subject: string | null) => {
    const start = await inject('POST', '/api/me/linked-accounts/google/start', session);
    expect(start.statusCode).toBe(200);
    const back = await idp.authorize(start.json().url, subject);
    return callback(back, `${session}; ${flowCookieOf(start.headers['set-cookie'])}`);
  };
  const startSignIn = async (query = '') => {
    const start = await inject('GET', `/api/auth/oidc/google/start${query}`);
    expect(start.statusCode).toBe(302);
    return { url: String(start.headers.location), flow: flowCookieOf(start.headers['set-cookie']) };
  };
  const signIn = async (subject: string | null) => {
    const { url, flow } = await startSignIn();
    const back = await idp.authorize(url, subject);
    return { response: await callback(back, flow), back, flow };
  };
  const linksOf = (accountId: string) =>
    t.database.db.select().from(linkedIdentities).where(eq(linkedIdentities.accountId, accountId));

  it('offers Google on the login page', async () => {
    expect((await inject('GET', '/api/auth/providers')).json()).toEqual({ providers: [{ id: 'google', label: 'Google' }] });
  });

  it('links Google from the profile, then signs in with it', async () => {
    const [person] = people;
    if (!person) throw new Error('no person');
    const session = await passwordSession(person.reference);
    const linked = await link(session, 'google-sub-jean');
    expect(linked.statusCode).toBe(302);
    expect(linked.headers.location).toBe('/profil?liaison=reussie&fournisseur=google');

    const list = (await inject('GET', '/api/me/linked-accounts', session)).json().linkedAccounts;
    expect(list).toEqual([
      expect.objectContaining({
        provider: 'google',
        providerLabel: 'Google',
        email: emailOf('google-sub-jean'),
        lastUsedAt: null,
      }),
    ]);
    const [audit] = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.accountId, person.account.id), eq(auditEvents.action, 'identity.linked')));
    expect(audit?.details).toMatchObject({ provider: 'google', email: emailOf('google-sub-jean') });

    const { response } = await signIn('google-sub-jean');
    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toBe('/');
    const cookie = sessionCookieFrom(response.headers['set-cookie']);
    const me = await inject('GET', '/api/me', cookie);
    expect(me.statusCode).toBe(200);
    expect(me.json().email).toBe(person.email);
    const opened = await t.database.db.select().from(sessions).where(eq(sessions.accountId, person.account.id));
    expect(opened.map((row) => row.method)).toContain('oidc:google');
    expect((await linksOf(person.account.id))[0]?.lastUsedAt).not.toBeNull();
  });

  it('never signs in nor creates anything for an identity linked to no account', async () => {
    const accountsBefore = await t.database.db.select({ n: count() }).from(accounts);
    const linksBefore = await t.database.db.select({ n: count() }).from(linkedIdentities);
    const { response } = await signIn('inconnu-chez-palier');
    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toBe('/connexion?fournisseur=google&erreur=compte-non-lie');
    expect(response.headers['set-cookie']).not.toEqual(expect.arrayContaining([expect.stringMatching(/^palier_session=[^;]/)]));
    expect(await t.database.db.select({ n: count() }).from(accounts)).toEqual(accountsBefore);
    expect(await t.database.db.select({ n: count() }).from(linkedIdentities)).toEqual(linksBefore);
    const failures = await t.database.db.select().from(auditEvents).where(eq(auditEvents.action, 'login.failed'));
    expect(failures.map((event) => event.details)).toEqual(
      expect.arrayContaining([expect.objectContaining({ method: 'oidc:google', reason: 'not_linked' })]),
    );
  });

  it('refuses a state used twice, a tampered state, another browser and an expired flow', async () => {
    const [person] = people;
    if (!person) throw new Error('no person');
    const { response, back, flow } = await signIn('google-sub-jean');
    expect(response.headers.location).toBe('/');
    const replay = await callback(back, flow);
    expect(replay.headers.location).toBe('/connexion?fournisseur=google&erreur=demande-expiree');

    const fresh = await startSignIn();
    const answer = await idp.authorize(fresh.url, 'google-sub-jean');
    const tampered = new URL(answer);
    tampered.searchParams.set('state', `${answer.searchParams.get('state')}x`);
    expect((await callback(tampered, fresh.flow)).headers.location).toBe('/connexion?fournisseur=google&erreur=demande-expiree');
    // The genuine state was not consumed by the forgery, but another browser (no flow cookie) cannot use it.
    expect((await callback(answer, '')).headers.location).toBe('/connexion?fournisseur=google&erreur=demande-expiree');

    const late = await startSignIn();
    const lateAnswer = await idp.authorize(late.url, 'google-sub-jean');
    await t.database.db
      .update(oauthStates)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(oauthStates.state, lateAnswer.searchParams.get('state') ?? ''));
    const expired = await callback(lateAnswer, late.flow);
    expect(expired.headers.location).toBe('/connexion?fournisseur=google&erreur=demande-expiree');
    expect(expired.headers['set-cookie']).not.toEqual(expect.arrayContaining([expect.stringMatching(/^palier_session=[^;]/)]));
  });

  it('says so when the person refuses at the provider', async () => {
    const { response } = await signIn(null);
    expect(response.headers.location).toBe('/connexion?fournisseur=google&erreur=acces-refuse');
  });

  it('refuses an identity already linked to another account, and a second Google account on the same one', async () => {
    const [jean, marie] = people;
    if (!jean || !marie) throw new Error('no people');
    const marieSession = await passwordSession(marie.reference);
    const refused = await link(marieSession, 'google-sub-jean');
    expect(refused.headers.location).toBe('/profil?fournisseur=google&liaison=deja-relie-ailleurs');
    expect(await linksOf(marie.account.id)).toEqual([]);

    const jeanSession = await passwordSession(jean.reference);
    const again = await inject('POST', '/api/me/linked-accounts/google/start', jeanSession);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({
      code: 'PROVIDER_ALREADY_LINKED',
      message: 'Un compte Google est déjà relié à votre espace client. Déliez-le avant d’en relier un autre.',
    });
  });

  it('accepts the answer as a form post (Apple’s way) and follows "Rester connecté"', async () => {
    const { url, flow } = await startSignIn('?rememberMe=true');
    const back = await idp.authorize(url, 'google-sub-jean');
    const posted = await t.app.inject({
      method: 'POST',
      url: back.pathname,
      headers: { cookie: flow, 'content-type': 'application/x-www-form-urlencoded' },
      payload: `${back.searchParams}&user=%7B%22name%22%3A%7B%7D%7D`,
    });
    expect(posted.statusCode).toBe(303);
    expect(posted.headers.location).toBe('/');
    expect(String(posted.headers['set-cookie'])).toMatch(/palier_session=[^;]+;.*Expires=/);
  });

  it('unlinks, after which the identity no longer signs in; another person’s link answers 404', async () => {
    const [jean, , paul] = people;
    if (!jean || !paul) throw new Error('no people');
    const paulSession = await passwordSession(paul.reference);
    const [jeanLink] = await linksOf(jean.account.id);
    if (!jeanLink) throw new Error('Jean has no link');
    expect((await inject('DELETE', `/api/me/linked-accounts/${jeanLink.id}`, paulSession)).statusCode).toBe(404);
    expect(await linksOf(jean.account.id)).toHaveLength(1);

    const jeanSession = await passwordSession(jean.reference);
    expect((await inject('DELETE', `/api/me/linked-accounts/${jeanLink.id}`, jeanSession)).statusCode).toBe(204);
    expect(await linksOf(jean.account.id)).toEqual([]);
    const events = await t.database.db.select().from(auditEvents).where(eq(auditEvents.action, 'identity.unlinked'));
    expect(events.map((event) => event.accountId)).toContain(jean.account.id);

    const { response } = await signIn('google-sub-jean');
    expect(response.headers.location).toBe('/connexion?fournisseur=google&erreur=compte-non-lie');
  });

  it('needs a session to link or list, and answers 404 for a provider that is not configured', async () => {
    expect((await inject('POST', '/api/me/linked-accounts/google/start')).statusCode).toBe(401);
    expect((await inject('GET', '/api/me/linked-accounts')).statusCode).toBe(401);
    expect((await inject('GET', '/api/auth/oidc/facebook/start')).statusCode).toBe(404);
    expect((await inject('GET', '/api/auth/oidc/myspace/callback?code=x&state=y')).statusCode).toBe(404);
  });
});

describe('social login with no provider configured', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());

  it('offers no provider and answers 404 everywhere', async () => {
    const make = factories(t.database.db);
    const person = await make.client((await make.agency()).id);
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { identifier: person.reference, password: TEST_PASSWORD },
    });
    const cookie = sessionCookieFrom(login.headers['set-cookie']);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/providers' })).json()).toEqual({ providers: [] });
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/oidc/google/start' })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/oidc/google/callback?code=a&state=b' })).statusCode).toBe(404);
    const link = await t.app.inject({ method: 'POST', url: '/api/me/linked-accounts/google/start', headers: { cookie } });
    expect(link.statusCode).toBe(404);
    expect(link.json().message).toBe('Ce moyen de connexion n’est pas proposé sur ce portail.');
  });
});

describe('social login when the provider does not answer', () => {
  let t: TestApp;
  beforeAll(async () => {
    // Nothing listens on this port: discovery fails as it would with the provider down.
    t = await createTestApp({
      OIDC_MICROSOFT_ISSUER: `http://127.0.0.1:${await freePort()}`,
      OIDC_MICROSOFT_CLIENT_ID: 'palier',
      OIDC_MICROSOFT_CLIENT_SECRET: 'secret',
    });
  });
  afterAll(() => t?.close());

  it('sends the person back to the login page with an explanation, and starts no flow', async () => {
    const start = await t.app.inject({ method: 'GET', url: '/api/auth/oidc/microsoft/start' });
    expect(start.statusCode).toBe(302);
    expect(start.headers.location).toBe('/connexion?fournisseur=microsoft&erreur=fournisseur-indisponible');
    expect(await t.database.db.select({ n: count() }).from(oauthStates)).toEqual([{ n: 0 }]);
  });
});
