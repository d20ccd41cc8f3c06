import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, sessionCookieFrom, type TestApp } from '../../../../test/support/app.ts';
import { factories, TEST_PASSWORD } from '../../../../test/support/factories.ts';
import { SoftwareAuthenticator } from '../../../../test/support/software-authenticator.ts';
import { accountBlocks, auditEvents, webauthnChallenges } from '../../db/schema/index.ts';

const ORIGIN = 'https://espace.immocity.example';
const CHROME_ANDROID =
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36';

describe('passkeys: add one from the profile, then sign in without typing anything', () => {
  let t: TestApp;
  let make: ReturnType<typeof factories>;
  let agencyId: string;
  let address = 0;
  /** Each test signs in from its own address, so the per-address rate limits never mix tests up. */
  const nextAddress = () => `198.51.100.${++address}`;

  beforeAll(async () => {
    t = await createTestApp({ PUBLIC_URL: ORIGIN });
    make = factories(t.database.db);
    agencyId = (await make.agency()).id;
  });
  afterAll(() => t.close());

  const call = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, cookie?: string, payload?: object, ip?: string) =>
    t.app.inject({
      method,
      url,
      ...(payload ? { payload } : {}),
      headers: { 'user-agent': CHROME_ANDROID, ...(cookie ? { cookie } : {}) },
      remoteAddress: ip ?? '192.0.2.1',
    });

  async function signedInClient(values: Parameters<typeof make.client>[1] = {}) {
    const client = await make.client(agencyId, values);
    const login = await call(
      'POST',
      '/api/auth/login',
      undefined,
      { identifier: client.reference, password: TEST_PASSWORD },
      nextAddress(),
    );
    expect(login.statusCode).toBe(200);
    return { ...client, cookie: sessionCookieFrom(login.headers['set-cookie']) };
  }

  async function addPasskey(cookie: string, authenticator: SoftwareAuthenticator, name?: string) {
    const start = await call('POST', '/api/me/passkeys/registration/options', cookie);
    expect(start.statusCode).toBe(200);
    const response = authenticator.register(start.json().options);
    return call('POST', '/api/me/passkeys/registration', cookie, { response, ...(name ? { name } : {}) });
  }

  async function signInOptions(ip: string) {
    const options = await call('POST', '/api/auth/passkey/options', undefined, undefined, ip);
    expect(options.statusCode).toBe(200);
    return options.json();
  }

  const signIn = (response: object, ip: string, rememberMe = false) =>
    call('POST', '/api/auth/passkey', undefined, { response, rememberMe }, ip);

  it('registers a passkey, then opens a session with it alone', async () => {
    const client = await signedInClient({ civility: 'MME', firstName: 'Marie', lastName: 'Allouard' });
    const start = await call('POST', '/api/me/passkeys/registration/options', client.cookie);
    const { options, suggestedName } = start.json();
    expect(options).toMatchObject({
      rp: { id: 'espace.immocity.example', name: 'Palier' },
      user: { name: client.reference, displayName: 'Mme Marie Allouard' },
      authenticatorSelection: { residentKey: 'required', userVerification: 'preferred' },
      excludeCredentials: [],
    });
    expect(suggestedName).toBe('Mobile Chrome sur Android');

    const authenticator = new SoftwareAuthenticator(ORIGIN);
    const registration = await call('POST', '/api/me/passkeys/registration', client.cookie, {
      response: authenticator.register(options),
      name: '  Téléphone de Marie ',
    });
    expect(registration.statusCode).toBe(201);
    expect(registration.json()).toMatchObject({ name: 'Téléphone de Marie', lastUsedAt: null });

    const ip = nextAddress();
    const signedIn = await signIn(authenticator.authenticate(await signInOptions(ip)), ip);
    expect(signedIn.statusCode).toBe(200);
    expect(signedIn.json()).toMatchObject({ kind: 'client', displayName: 'Mme Marie Allouard' });
    expect(String(signedIn.headers['set-cookie'])).not.toMatch(/Expires=/);
    const cookie = sessionCookieFrom(signedIn.headers['set-cookie']);

    const { passkeys } = (await call('GET', '/api/me/passkeys', cookie)).json();
    expect(passkeys).toHaveLength(1);
    expect(passkeys[0].lastUsedAt).not.toBeNull();
    const { sessions } = (await call('GET', '/api/me/sessions', cookie)).json();
    expect(sessions.find((session: { current: boolean }) => session.current)).toMatchObject({ method: 'passkey' });
    const { events } = (await call('GET', '/api/me/access-log', cookie)).json();
    expect(events.map((event: { action: string }) => event.action)).toEqual(
      expect.arrayContaining(['passkey.added', 'login.succeeded']),
    );
  });

  it('names the key after the device when the person gives no name, and excludes keys already added', async () => {
    const client = await signedInClient();
    const authenticator = new SoftwareAuthenticator(ORIGIN);
    const first = await addPasskey(client.cookie, authenticator);
    expect(first.json().name).toBe('Mobile Chrome sur Android');
    const { options } = (await call('POST', '/api/me/passkeys/registration/options', client.cookie)).json();
    expect(options.excludeCredentials.map((credential: { id: string }) => credential.id)).toEqual(authenticator.credentialIds);
  });

  it('works for staff too, shown to the authenticator by their email and name', async () => {
    const staff = await make.staffMember(agencyId, { firstName: 'Claire', lastName: 'Martin' });
    const login = await call(
      'POST',
      '/api/auth/login',
      undefined,
      { identifier: staff.email, password: TEST_PASSWORD },
      nextAddress(),
    );
    const cookie = sessionCookieFrom(login.headers['set-cookie']);
    const { options } = (await call('POST', '/api/me/passkeys/registration/options', cookie)).json();
    expect(options.user).toMatchObject({ name: staff.email, displayName: 'Claire Martin' });
    const authenticator = new SoftwareAuthenticator(ORIGIN);
    const response = authenticator.register(options);
    expect((await call('POST', '/api/me/passkeys/registration', cookie, { response })).statusCode).toBe(201);
    const ip = nextAddress();
    const signedIn = await signIn(authenticator.authenticate(await signInOptions(ip)), ip);
    expect(signedIn.json()).toMatchObject({ kind: 'staff', displayName: 'Claire Martin' });
  });

  it('keeps "Rester connecté" when asked', async () => {
    const client = await signedInClient();
    const authenticator = new SoftwareAuthenticator(ORIGIN);
    await addPasskey(client.cookie, authenticator);
    const ip = nextAddress();
    const signedIn = await signIn(authenticator.authenticate(await signInOptions(ip)), ip, true);
    expect(String(signedIn.headers['set-cookie'])).toMatch(/Expires=/);
  });

  it('uses a challenge once: a replayed answer and a second registration with it are refused', async () => {
    const client = await signedInClient();
    const authenticator = new SoftwareAuthenticator(ORIGIN);
    const { options } = (await call('POST', '/api/me/passkeys/registration/options', client.cookie)).json();
    const response = authenticator.register(options);
    expect((await call('POST', '/api/me/passkeys/registration', client.cookie, { response })).statusCode).toBe(201);
    const again = await call('POST', '/api/me/passkeys/registration', client.cookie, {
      response: new SoftwareAuthenticator(ORIGIN).register(options),
    });
    expect(again.statusCode).toBe(400);
    expect(again.json()).toMatchObject({
      code: 'PASSKEY_CHALLENGE_EXPIRED',
      message: "La demande de clé d'accès a expiré ou a déjà servi. Merci de recommencer.",
    });

    const ip = nextAddress();
    const challenge = await signInOptions(ip);
    const assertion = authenticator.authenticate(challenge);
    expect((await signIn(assertion, ip)).statusCode).toBe(200);
    const replay = await signIn(assertion, ip);
    expect(replay.statusCode).toBe(400);
    expect(replay.json().code).toBe('PASSKEY_CHALLENGE_EXPIRED');
    expect(replay.headers['set-cookie']).toBeUndefined();
    // Even freshly signed, with a higher counter, the used challenge opens nothing.
    expect((await signIn(authenticator.authenticate(challenge), ip)).statusCode).toBe(400);
  });

  it('refuses a challenge older than five minutes, and a sign-in challenge used to register', async () => {
    const client = await signedInClient();
    const authenticator = new SoftwareAuthenticator(ORIGIN);
    const { options } = (await call('POST', '/api/me/passkeys/registration/options', client.cookie)).json();
    await t.database.db
      .update(webauthnChallenges)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(webauthnChallenges.challenge, options.challenge));
    const late = await call('POST', '/api/me/passkeys/registration', client.cookie, {
      response: authenticator.register(options),
    });
    expect(late.json().code).toBe('PASSKEY_CHALLENGE_EXPIRED');

    const signInChallenge = await signInOptions(nextAddress());
    const crossed = await call('POST', '/api/me/passkeys/registration', client.cookie, {
      response: authenticator.register({ ...options, challenge: signInChallenge.challenge }),
    });
    expect(crossed.json().code).toBe('PASSKEY_CHALLENGE_EXPIRED');
    expect((await call('GET', '/api/me/passkeys', client.cookie)).json().passkeys).toEqual([]);
  });

  it('refuses answers made for another site', async () => {
    const client = await signedInClient();
    const authenticator = new SoftwareAuthenticator(ORIGIN);
    const { options } = (await call('POST', '/api/me/passkeys/registration/options', client.cookie)).json();
    const phished = await call('POST', '/api/me/passkeys/registration', client.cookie, {
      response: authenticator.register(options, { origin: 'https://espace-immocity.example.net' }),
    });
    expect(phished.statusCode).toBe(400);
    expect(phished.json().code).toBe('PASSKEY_REGISTRATION_FAILED');
    expect((await call('GET', '/api/me/passkeys', client.cookie)).json().passkeys).toEqual([]);

    await addPasskey(client.cookie, authenticator);
    const ip = nextAddress();
    const elsewhere = await signIn(
      authenticator.authenticate(await signInOptions(ip), { origin: 'https://espace-immocity.example.net' }),
      ip,
    );
    expect(elsewhere.statusCode).toBe(401);
    expect(elsewhere.json().code).toBe('PASSKEY_REJECTED');
    expect(elsewhere.headers['set-cookie']).toBeUndefined();
    const otherRp = await signIn(authenticator.authenticate(await signInOptions(ip), { rpId: 'example.net' }), ip);
    expect(otherRp.statusCode).toBe(401);
  });

  it('refuses a key it does not know, in French, and keeps a trace', async () => {
    const stranger = new SoftwareAuthenticator(ORIGIN);
    stranger.register({ challenge: 'AAAA', rp: { name: 'Palier' }, user: { id: 'AAAA', name: 'x', displayName: 'x' } });
    const ip = nextAddress();
    const response = await signIn(stranger.authenticate(await signInOptions(ip)), ip);
    expect(response.statusCode).toBe(401);
    expect(response.json()).toEqual({
      code: 'PASSKEY_REJECTED',
      message:
        "Cette clé d'accès n'est pas reconnue. Connectez-vous avec votre identifiant et votre mot de passe, puis ajoutez-la depuis votre profil.",
    });
    const trace = await t.database.db.select().from(auditEvents).where(eq(auditEvents.ipAddress, ip));
    expect(trace).toEqual([expect.objectContaining({ action: 'login.failed', accountId: null })]);
    expect(trace[0]?.details).toMatchObject({ method: 'passkey', reason: 'unknown_credential' });
  });

  it('refuses a bad signature', async () => {
    const client = await signedInClient();
    const authenticator = new SoftwareAuthenticator(ORIGIN);
    await addPasskey(client.cookie, authenticator);
    const ip = nextAddress();
    const genuine = authenticator.authenticate(await signInOptions(ip));
    const signature = Buffer.from(genuine.response.signature, 'base64url');
    signature[signature.length - 1] = (signature.at(-1) ?? 0) ^ 0x01;
    const forged = { ...genuine, response: { ...genuine.response, signature: signature.toString('base64url') } };
    expect((await signIn(forged, ip)).json().code).toBe('PASSKEY_REJECTED');
  });

  it('refuses a counter that goes back, as a copied key would send, and tells the owner', async () => {
    const client = await signedInClient();
    const original = new SoftwareAuthenticator(ORIGIN);
    await addPasskey(client.cookie, original);
    const copy = new SoftwareAuthenticator(ORIGIN);
    original.cloneInto(copy);

    const ip = nextAddress();
    expect((await signIn(original.authenticate(await signInOptions(ip), { counter: 7 }), ip)).statusCode).toBe(200);
    const cloned = await signIn(copy.authenticate(await signInOptions(ip), { counter: 3 }), ip);
    expect(cloned.statusCode).toBe(401);
    expect(cloned.json().code).toBe('PASSKEY_REJECTED');
    expect((await signIn(copy.authenticate(await signInOptions(ip), { counter: 7 }), ip)).statusCode).toBe(401);
    expect((await signIn(original.authenticate(await signInOptions(ip)), ip)).statusCode).toBe(200);

    const { events } = (await call('GET', '/api/me/access-log', client.cookie)).json();
    expect(events.filter((event: { action: string }) => event.action === 'passkey.clone_suspected')).toHaveLength(2);
  });

  it('renames and removes my own keys; another person’s key answers 404 and stays', async () => {
    const me = await signedInClient();
    const other = await signedInClient();
    const mine = new SoftwareAuthenticator(ORIGIN);
    const theirs = new SoftwareAuthenticator(ORIGIN);
    const myKey = (await addPasskey(me.cookie, mine, 'Ordinateur')).json();
    const theirKey = (await addPasskey(other.cookie, theirs, 'Tablette')).json();

    expect((await call('PATCH', `/api/me/passkeys/${theirKey.id}`, me.cookie, { name: 'Volée' })).statusCode).toBe(404);
    expect((await call('DELETE', `/api/me/passkeys/${theirKey.id}`, me.cookie)).statusCode).toBe(404);
    expect((await call('GET', '/api/me/passkeys', other.cookie)).json().passkeys).toEqual([
      expect.objectContaining({ id: theirKey.id, name: 'Tablette' }),
    ]);

    const renamed = await call('PATCH', `/api/me/passkeys/${myKey.id}`, me.cookie, { name: 'PC du bureau' });
    expect(renamed.json()).toMatchObject({ id: myKey.id, name: 'PC du bureau' });
    const blank = await call('PATCH', `/api/me/passkeys/${myKey.id}`, me.cookie, { name: '  ' });
    expect(blank.statusCode).toBe(400);
    expect(blank.json().details.fields).toEqual([{ field: 'name', message: 'Donnez un nom à cette clé d’accès.' }]);

    expect((await call('DELETE', `/api/me/passkeys/${myKey.id}`, me.cookie)).statusCode).toBe(204);
    expect((await call('GET', '/api/me/passkeys', me.cookie)).json().passkeys).toEqual([]);
    const ip = nextAddress();
    expect((await signIn(mine.authenticate(await signInOptions(ip)), ip)).json().code).toBe('PASSKEY_REJECTED');
    const { events } = (await call('GET', '/api/me/access-log', me.cookie)).json();
    expect(events.map((event: { action: string }) => event.action)).toEqual(
      expect.arrayContaining(['passkey.renamed', 'passkey.removed']),
    );
  });

  it('tells a person whose access the agency suspended, even with a valid key', async () => {
    const client = await signedInClient();
    const authenticator = new SoftwareAuthenticator(ORIGIN);
    await addPasskey(client.cookie, authenticator);
    await t.database.db.insert(accountBlocks).values({ accountId: client.account.id, reason: 'Vente du lot' });
    const ip = nextAddress();
    const response = await signIn(authenticator.authenticate(await signInOptions(ip)), ip);
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('ACCOUNT_BLOCKED');
    expect(response.headers['set-cookie']).toBeUndefined();
  });

  it('needs a session to manage keys, and limits sign-in challenges per address', async () => {
    expect((await call('GET', '/api/me/passkeys')).statusCode).toBe(401);
    expect((await call('POST', '/api/me/passkeys/registration/options')).statusCode).toBe(401);
    const ip = nextAddress();
    const answers = [];
    for (let index = 0; index < 31; index++)
      answers.push(await call('POST', '/api/auth/passkey/options', undefined, undefined, ip));
    expect(answers.slice(0, 30).every((answer) => answer.statusCode === 200)).toBe(true);
    expect(answers[30]?.json().code).toBe('RATE_LIMITED');
  });
});
