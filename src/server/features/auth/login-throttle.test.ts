import { eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { factories, TEST_PASSWORD } from '../../../../test/support/factories.ts';
import { accounts, auditEvents, loginThrottles, outboxMessages } from '../../db/schema/index.ts';

// Guessing passwords: a growing delay after 5 failures, a 15-minute lock after 10, and answers that never
// tell an account from an identifier that matches none. Each attempt comes from its own address (as from an
// attacker rotating them), so that the per-address limits stay out of the way unless a test is about them.
describe('protection against password guessing', () => {
  let t: TestApp;
  let make: ReturnType<typeof factories>;
  let agencyId: string;
  let address = 0;

  beforeAll(async () => {
    t = await createTestApp();
    make = factories(t.database.db);
    agencyId = (await make.agency({ name: 'ImmoCity Coulon' })).id;
  });
  afterAll(() => t.close());

  const logIn = (identifier: string, password: string, ip = `192.0.2.${(address++ % 250) + 1}`) =>
    t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { identifier, password }, remoteAddress: ip });

  /** Moves the last failure of these counters back in time, as if the person had waited. */
  const wait = async (seconds: number, keys: string[]) => {
    await t.database.db
      .update(loginThrottles)
      .set({ lastFailureAt: sql`${loginThrottles.lastFailureAt} - make_interval(secs => ${seconds})` })
      .where(inArray(loginThrottles.key, keys));
  };

  /** `count` wrong passwords, waiting out each delay, as a patient attacker would. */
  const failRepeatedly = async (identifier: string, count: number, key: string) => {
    for (let index = 0; index < count; index++) {
      expect((await logIn(identifier, `mauvais-${index}`)).statusCode).toBe(401);
      // Five minutes: longer than any delay before the lock, shorter than the 15 minutes that forget failures.
      await wait(300, [key]);
    }
  };

  it('makes the person wait after five failures, whatever the password, then lets them in', async () => {
    const client = await make.client(agencyId);
    for (let index = 0; index < 5; index++) expect((await logIn(client.reference, 'mauvais')).statusCode).toBe(401);

    const held = await logIn(client.reference, TEST_PASSWORD);
    expect(held.statusCode).toBe(429);
    expect(held.json()).toEqual({
      code: 'RATE_LIMITED',
      message: 'Trop de tentatives de connexion. Merci de patienter avant de réessayer.',
      details: { retryAfterSeconds: 15 },
    });
    expect(held.headers['retry-after']).toBe('15');

    await wait(15, [`account:${client.account.id}`]);
    expect((await logIn(client.reference, TEST_PASSWORD)).statusCode).toBe(200);
    // Success clears the counter: the next mistake is again just a mistake.
    expect((await logIn(client.reference, 'mauvais')).statusCode).toBe(401);
    expect((await logIn(client.reference, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('doubles the delay with each further failure', async () => {
    const client = await make.client(agencyId);
    const key = `account:${client.account.id}`;
    await failRepeatedly(client.reference, 5, key);
    expect((await logIn(client.reference, 'mauvais')).statusCode).toBe(401);
    expect((await logIn(client.reference, 'mauvais')).json().details).toEqual({ retryAfterSeconds: 30 });
    await wait(300, [key]);
    expect((await logIn(client.reference, 'mauvais')).statusCode).toBe(401);
    expect((await logIn(client.reference, 'mauvais')).json().details).toEqual({ retryAfterSeconds: 60 });
  });

  it('answers an identifier that matches no account exactly as it answers an account', async () => {
    const client = await make.client(agencyId);
    const unknown = 'ZZ123987';
    const answers = async (identifier: string) => {
      const seen = [];
      for (let index = 0; index < 6; index++) {
        const response = await logIn(identifier, 'mauvais');
        seen.push({ status: response.statusCode, body: response.json() });
      }
      return seen;
    };
    expect(await answers(unknown)).toEqual(await answers(client.reference));
  });

  it('locks the account for 15 minutes after ten failures, and tells its owner by email', async () => {
    const client = await make.client(agencyId, { civility: 'MME', firstName: 'Élodie', lastName: 'Martin' });
    const key = `account:${client.account.id}`;
    const before = Date.now();
    await failRepeatedly(client.reference, 10, key);

    const [account] = await t.database.db.select().from(accounts).where(eq(accounts.id, client.account.id));
    const lockMinutes = ((account?.lockedUntil?.getTime() ?? 0) - before) / 60_000;
    expect(lockMinutes).toBeGreaterThan(14);
    expect(lockMinutes).toBeLessThanOrEqual(15.1);

    const [email] = await t.database.db
      .select()
      .from(outboxMessages)
      .where(eq(outboxMessages.recipient, client.email ?? ''));
    expect(email?.subject).toBe('Votre compte est temporairement verrouillé');
    expect(email?.textBody).toContain('Bonjour Mme Élodie Martin,');
    expect(email?.textBody).toContain('ImmoCity Coulon');
    expect(email?.textBody).toContain('/mot-de-passe-oublie');

    // During the lock the right password gets the very answer a wrong one gets.
    const right = await logIn(client.reference, TEST_PASSWORD);
    const wrong = await logIn(client.reference, 'mauvais');
    for (const response of [right, wrong]) {
      expect(response.statusCode).toBe(401);
      expect(response.json()).toEqual({ code: 'INVALID_CREDENTIALS', message: 'Identifiant ou mot de passe incorrect.' });
      expect(response.headers['set-cookie']).toBeUndefined();
    }
    const trail = await t.database.db.select().from(auditEvents).where(eq(auditEvents.accountId, client.account.id));
    expect(trail.filter((event) => event.action === 'account.locked')).toHaveLength(1);

    // Once the lock has run out, the right password opens the account again.
    await t.database.db
      .update(accounts)
      .set({ lockedUntil: new Date(Date.now() - 1000) })
      .where(eq(accounts.id, client.account.id));
    await wait(15 * 60, [key]);
    expect((await logIn(client.reference, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('locks an account without email too, and sends nothing', async () => {
    const client = await make.client(agencyId, { email: null });
    await failRepeatedly(client.reference, 10, `account:${client.account.id}`);
    expect((await logIn(client.reference, TEST_PASSWORD)).json().code).toBe('INVALID_CREDENTIALS');
    const [account] = await t.database.db.select().from(accounts).where(eq(accounts.id, client.account.id));
    expect(account?.lockedUntil?.getTime()).toBeGreaterThan(Date.now());
  });

  it('treats ten failures on an unknown identifier like a lock: the same answers as a locked account', async () => {
    const client = await make.client(agencyId);
    const unknown = 'ZZ555111';
    await failRepeatedly(client.reference, 10, `account:${client.account.id}`);
    await failRepeatedly(unknown, 10, `identifier:${unknown}`);
    const locked = await logIn(client.reference, 'mauvais');
    const ghost = await logIn(unknown, 'mauvais');
    expect(ghost.statusCode).toBe(locked.statusCode);
    expect(ghost.json()).toEqual(locked.json());
  });

  it('holds back an address after many failures, without holding back the others', async () => {
    const client = await make.client(agencyId);
    await t.database.db.insert(loginThrottles).values({ key: 'ip:198.51.100.60', failures: 20, lastFailureAt: new Date() });
    const held = await logIn(client.reference, TEST_PASSWORD, '198.51.100.60');
    expect(held.statusCode).toBe(429);
    expect(held.json().details.retryAfterSeconds).toBeGreaterThan(0);
    expect((await logIn(client.reference, TEST_PASSWORD, '198.51.100.61')).statusCode).toBe(200);
  });

  it('counts failures from one address across identifiers', async () => {
    for (let index = 0; index < 3; index++) await logIn(`ZZ80${index}000`, 'mauvais', '198.51.100.70');
    const [row] = await t.database.db.select().from(loginThrottles).where(eq(loginThrottles.key, 'ip:198.51.100.70'));
    expect(row?.failures).toBe(3);
  });
});
