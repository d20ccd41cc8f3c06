import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/database.ts';
import { factories } from '../../../../test/support/factories.ts';
import { loadConfig } from '../../config.ts';
import { accounts, accountTokens, auditEvents, outboxMessages } from '../../db/schema/index.ts';
import { Outbox } from '../../platform/messaging/outbox.ts';
import { hashAccountToken } from './account-tokens.ts';
import { sendPasswordSetupLink } from './password-links.ts';

describe('sendPasswordSetupLink', () => {
  let database: TestDatabase;
  let make: ReturnType<typeof factories>;
  const config = loadConfig({
    NODE_ENV: 'test',
    PUBLIC_URL: 'https://portail.example',
    SESSION_SECRET: 'test-secret-that-is-long-enough-for-hmac-keys',
    PASSWORD_LINK_TTL_MINUTES: '90',
    DEMO_MODE: 'true',
  });
  const deps = { outbox: new Outbox({ demoMode: true }), config };
  let agencyId: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    make = factories(database.db);
    agencyId = (await make.agency({ name: 'ImmoCity Coulon' })).id;
  });
  afterAll(() => database.close());

  const emailsTo = (address: string) =>
    database.db.select().from(outboxMessages).where(eq(outboxMessages.recipient, address)).orderBy(outboxMessages.createdAt);
  const linkIn = (text: string) => /https:\/\/portail\.example\/mot-de-passe\/nouveau\?jeton=([\w-]+)/.exec(text)?.[1];
  const tokensOf = (accountId: string) =>
    database.db.select().from(accountTokens).where(eq(accountTokens.accountId, accountId)).orderBy(accountTokens.createdAt);

  it('emails a single-use reset link from the agency, and keeps only a hash of it', async () => {
    const client = await make.client(agencyId, { civility: 'MME', firstName: 'Élodie', lastName: 'Martin' });
    const before = Date.now();
    const result = await database.db.transaction((tx) =>
      sendPasswordSetupLink(tx, deps, { accountId: client.account.id, reason: 'reset', ipAddress: '192.0.2.1' }),
    );
    expect(result).toEqual({ sent: true });

    const [email] = await emailsTo(client.email ?? '');
    expect(email?.subject).toBe('Réinitialisation de votre mot de passe');
    expect(email?.agencyId).toBe(agencyId);
    expect(email?.textBody).toContain('ImmoCity Coulon');
    expect(email?.textBody).toContain('Bonjour Mme Élodie Martin,');
    expect(email?.textBody).toContain('valable 90 minutes');
    const token = linkIn(email?.textBody ?? '');
    expect(token).toMatch(/^[\w-]{43}$/);

    const [stored] = await tokensOf(client.account.id);
    expect(stored).toMatchObject({ purpose: 'password_reset', usedAt: null, requestedFromIp: '192.0.2.1' });
    expect(stored?.tokenHash).toBe(hashAccountToken(config, token ?? ''));
    expect(stored?.tokenHash).not.toContain(token);
    const lifetime = (stored?.expiresAt.getTime() ?? 0) - before;
    expect(lifetime).toBeGreaterThan(89 * 60_000);
    expect(lifetime).toBeLessThanOrEqual(91 * 60_000);
  });

  it('asks to create a password when the account has none, and ends the links sent before', async () => {
    const client = await make.client(agencyId);
    await database.db.update(accounts).set({ passwordHash: null }).where(eq(accounts.id, client.account.id));
    const send = () =>
      database.db.transaction((tx) =>
        sendPasswordSetupLink(tx, deps, { accountId: client.account.id, reason: 'first_connection' }),
      );
    await send();
    await send();

    const emails = await emailsTo(client.email ?? '');
    expect(emails.map((email) => email.subject)).toEqual(['Créez votre mot de passe', 'Créez votre mot de passe']);
    const [first, second] = await tokensOf(client.account.id);
    expect(first?.purpose).toBe('password_setup');
    expect(first?.expiresAt.getTime()).toBeLessThanOrEqual(Date.now());
    expect(second?.expiresAt.getTime()).toBeGreaterThan(Date.now());
  });

  it('welcomes an invited person and states every identifier they can use', async () => {
    const client = await make.client(agencyId, { reference: `CO${Date.now() % 1_000_000}` });
    await database.db.transaction((tx) =>
      sendPasswordSetupLink(tx, deps, { accountId: client.account.id, reason: 'invitation' }),
    );
    const [email] = await emailsTo(client.email ?? '');
    expect(email?.subject).toBe('Bienvenue sur votre espace client');
    expect(email?.textBody).toContain(client.reference);
    expect(email?.textBody).toContain(client.email ?? '');
    expect(email?.htmlBody).toContain('lang="fr"');
    const trail = await database.db.select().from(auditEvents).where(eq(auditEvents.accountId, client.account.id));
    expect(trail.map((event) => event.action)).toContain('password.link_sent');
  });

  it('tells the caller when the account has no email, and sends nothing', async () => {
    const client = await make.client(agencyId, { email: null });
    const result = await database.db.transaction((tx) =>
      sendPasswordSetupLink(tx, deps, { accountId: client.account.id, reason: 'first_connection' }),
    );
    expect(result).toEqual({ sent: false, reason: 'no_email' });
    expect(await tokensOf(client.account.id)).toHaveLength(0);
  });

  it('leaves nothing behind when the caller’s transaction fails', async () => {
    const client = await make.client(agencyId);
    await expect(
      database.db.transaction(async (tx) => {
        await sendPasswordSetupLink(tx, deps, { accountId: client.account.id, reason: 'reset' });
        throw new Error('the caller changed its mind');
      }),
    ).rejects.toThrow('the caller changed its mind');
    expect(await emailsTo(client.email ?? '')).toHaveLength(0);
    expect(await tokensOf(client.account.id)).toHaveLength(0);
  });
});
