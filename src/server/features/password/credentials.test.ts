import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, sessionCookieFrom, type TestApp } from '../../../../test/support/app.ts';
import { factories, TEST_PASSWORD } from '../../../../test/support/factories.ts';
import { accountEmailChanges, accounts, outboxMessages } from '../../db/schema/index.ts';

const NEW_PASSWORD = 'Quatre chevaux bleus dansent';

describe('my password and my email address, from the profile', () => {
  let t: TestApp;
  let make: ReturnType<typeof factories>;
  let agencyId: string;
  let address = 0;
  const nextIp = () => `203.0.113.${(address++ % 250) + 1}`;

  beforeAll(async () => {
    t = await createTestApp();
    make = factories(t.database.db);
    agencyId = (await make.agency({ name: 'ImmoCity Coulon' })).id;
  });
  afterAll(() => t.close());

  const call = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, cookie?: string, payload?: Record<string, unknown>) =>
    t.app.inject({ method, url, payload, remoteAddress: nextIp(), headers: cookie ? { cookie } : {} });
  const signIn = async (identifier: string, password = TEST_PASSWORD) => {
    const response = await call('POST', '/api/auth/login', undefined, { identifier, password });
    expect(response.statusCode).toBe(200);
    return sessionCookieFrom(response.headers['set-cookie']);
  };
  const lastEmailTo = async (recipient: string) => {
    const [email] = await t.database.db
      .select()
      .from(outboxMessages)
      .where(eq(outboxMessages.recipient, recipient))
      .orderBy(desc(outboxMessages.createdAt))
      .limit(1);
    return email;
  };
  const confirmationToken = async (recipient: string) =>
    /\/email\/confirmer\?jeton=([\w-]+)/.exec((await lastEmailTo(recipient))?.textBody ?? '')?.[1] ?? '';

  it('changes the password with the current one, keeps this device and signs the others out', async () => {
    const client = await make.client(agencyId);
    const here = await signIn(client.reference);
    const other = await signIn(client.reference);

    const wrong = await call('PUT', '/api/me/password', here, { currentPassword: 'pas le bon', newPassword: NEW_PASSWORD });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({
      code: 'CURRENT_PASSWORD_WRONG',
      details: { fields: [{ field: 'currentPassword', message: 'Le mot de passe actuel est incorrect.' }] },
    });
    const weak = await call('PUT', '/api/me/password', here, { currentPassword: TEST_PASSWORD, newPassword: 'azertyuiop123' });
    expect(weak.json().code).toBe('PASSWORD_TOO_WEAK');

    const changed = await call('PUT', '/api/me/password', here, { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD });
    expect(changed.statusCode).toBe(204);
    expect((await call('GET', '/api/me', here)).statusCode).toBe(200);
    expect((await call('GET', '/api/me', other)).statusCode).toBe(401);
    expect((await lastEmailTo(client.email ?? ''))?.subject).toBe('Votre mot de passe a été modifié');
    await signIn(client.reference, NEW_PASSWORD);
  });

  it('changes the email only once the new address is confirmed from its mailbox', async () => {
    const client = await make.client(agencyId);
    const cookie = await signIn(client.reference);
    expect((await call('GET', '/api/me/credentials', cookie)).json()).toEqual({
      email: client.email,
      pendingEmail: null,
      hasPassword: true,
    });

    const noPassword = await call('POST', '/api/me/email', cookie, { email: 'nouvelle@example.fr' });
    expect(noPassword.json().code).toBe('CURRENT_PASSWORD_WRONG');
    const requested = await call('POST', '/api/me/email', cookie, {
      email: 'nouvelle@example.fr',
      currentPassword: TEST_PASSWORD,
    });
    expect(requested.statusCode).toBe(200);
    expect(requested.json()).toMatchObject({ email: client.email, pendingEmail: { email: 'nouvelle@example.fr' } });
    // Still the old address: logging in with the new one does not work yet.
    expect(
      (await call('POST', '/api/auth/login', undefined, { identifier: 'nouvelle@example.fr', password: TEST_PASSWORD }))
        .statusCode,
    ).toBe(401);

    const token = await confirmationToken('nouvelle@example.fr');
    const confirmed = await call('POST', '/api/auth/email/confirm', undefined, { token });
    expect(confirmed.json()).toEqual({ email: 'nouvelle@example.fr', passwordToken: null });
    expect((await call('GET', '/api/me/credentials', cookie)).json()).toMatchObject({
      email: 'nouvelle@example.fr',
      pendingEmail: null,
    });
    await signIn('nouvelle@example.fr');

    const warning = await lastEmailTo(client.email ?? '');
    expect(warning?.subject).toBe('Votre adresse email a été modifiée');
    expect(warning?.textBody).toContain('nouvelle@example.fr');
    const history = await t.database.db
      .select()
      .from(accountEmailChanges)
      .where(eq(accountEmailChanges.accountId, client.account.id));
    expect(history).toMatchObject([
      { previousEmail: client.email, newEmail: 'nouvelle@example.fr', changedByAccountId: client.account.id },
    ]);
    expect((await call('POST', '/api/auth/email/confirm', undefined, { token })).json().code).toBe('LINK_USED');
  });

  it('refuses an address another account uses, and its own', async () => {
    await make.client(agencyId, { email: 'occupee@example.fr' });
    const client = await make.client(agencyId);
    const cookie = await signIn(client.reference);
    const taken = await call('POST', '/api/me/email', cookie, { email: 'Occupee@example.fr', currentPassword: TEST_PASSWORD });
    expect(taken.statusCode).toBe(409);
    expect(taken.json()).toMatchObject({ code: 'EMAIL_TAKEN', message: 'Le courriel existe déjà.' });
    const same = await call('POST', '/api/me/email', cookie, { email: client.email, currentPassword: TEST_PASSWORD });
    expect(same.statusCode).toBe(400);
    const invalid = await call('POST', '/api/me/email', cookie, { email: 'pas-une-adresse', currentPassword: TEST_PASSWORD });
    expect(invalid.json().details.fields[0]).toEqual({
      field: 'email',
      message: "Cette adresse email n'est pas valide (exemple : prenom.nom@exemple.fr).",
    });
  });

  it('refuses the confirmation when the address was taken meanwhile', async () => {
    const client = await make.client(agencyId);
    const cookie = await signIn(client.reference);
    await call('POST', '/api/me/email', cookie, { email: 'convoitee@example.fr', currentPassword: TEST_PASSWORD });
    const token = await confirmationToken('convoitee@example.fr');
    await make.client(agencyId, { email: 'convoitee@example.fr' });
    const confirmed = await call('POST', '/api/auth/email/confirm', undefined, { token });
    expect(confirmed.statusCode).toBe(409);
    const [account] = await t.database.db.select().from(accounts).where(eq(accounts.id, client.account.id));
    expect(account?.email).toBe(client.email);
  });

  it('cancels a pending change: its link no longer works', async () => {
    const client = await make.client(agencyId);
    const cookie = await signIn(client.reference);
    await call('POST', '/api/me/email', cookie, { email: 'annulee@example.fr', currentPassword: TEST_PASSWORD });
    const token = await confirmationToken('annulee@example.fr');
    expect((await call('DELETE', '/api/me/email/pending', cookie)).json().pendingEmail).toBeNull();
    expect((await call('POST', '/api/auth/email/confirm', undefined, { token })).json().code).toBe('LINK_EXPIRED');
  });

  it('needs a session', async () => {
    expect((await call('GET', '/api/me/credentials')).statusCode).toBe(401);
    expect((await call('PUT', '/api/me/password', undefined, { newPassword: NEW_PASSWORD })).statusCode).toBe(401);
    expect((await call('POST', '/api/me/email', undefined, { email: 'x@example.fr' })).statusCode).toBe(401);
  });
});
