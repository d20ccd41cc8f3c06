import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, sessionCookieFrom, type TestApp } from '../../../../test/support/app.ts';
import { factories, TEST_PASSWORD } from '../../../../test/support/factories.ts';
import { accountEmailChanges, accounts, accountTokens, auditEvents, outboxMessages } from '../../db/schema/index.ts';

describe('staff actions on a client’s access', () => {
  let t: TestApp;
  let make: ReturnType<typeof factories>;
  let agencyId: string;
  let staff: string;
  let staffAccountId: string;
  let otherStaff: string;

  // Each sign-in from its own address: the login route's per-address rate limit is not what is tested here.
  let attempt = 0;
  const login = (identifier: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { identifier, password: TEST_PASSWORD },
      remoteAddress: `198.51.100.${++attempt}`,
    });
  const logIn = async (identifier: string) => {
    const response = await login(identifier);
    expect(response.statusCode).toBe(200);
    return sessionCookieFrom(response.headers['set-cookie']);
  };
  const act = (method: 'POST' | 'PUT' | 'DELETE', url: string, cookie: string, payload?: object) =>
    t.app.inject({ method, url: `/api/staff/clients/${url}`, headers: { cookie }, ...(payload ? { payload } : {}) });
  const mailTo = (recipient: string) =>
    t.database.db.select().from(outboxMessages).where(eq(outboxMessages.recipient, recipient));
  const eventsOf = (accountId: string, action: string) =>
    t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.accountId, accountId), eq(auditEvents.action, action)));
  const accessLogActions = async (cookie: string) => {
    const response = await t.app.inject({ method: 'GET', url: '/api/me/access-log', headers: { cookie } });
    return response.json().events.map((event: { action: string }) => event.action) as string[];
  };

  /** A client who never signed in: an account without a password, as imported from the agency's software. */
  const newcomer = async (values: Parameters<typeof make.client>[1] = {}) => {
    const client = await make.client(agencyId, values);
    await t.database.db.update(accounts).set({ passwordHash: null }).where(eq(accounts.id, client.account.id));
    return client;
  };

  beforeAll(async () => {
    t = await createTestApp();
    make = factories(t.database.db);
    agencyId = (await make.agency({ name: 'Cabinet Coulon', phone: '01 45 00 00 00' })).id;
    const member = await make.staffMember(agencyId, { firstName: 'Claire', lastName: 'Martin' });
    staff = await logIn(member.email);
    const [row] = await t.database.db.select().from(accounts).where(eq(accounts.staffMemberId, member.id));
    staffAccountId = row?.id ?? '';
    otherStaff = await logIn((await make.staffMember((await make.agency()).id)).email);
  });
  afterAll(() => t.close());

  it('invites a client: a single-use link by email, audited with the staff member as actor', async () => {
    const client = await newcomer({ civility: 'MME', firstName: 'Anne', lastName: 'Invitée' });
    const response = await act('POST', `${client.person.id}/invitation`, staff);
    expect(response.statusCode).toBe(200);
    // Written in one transaction, both events carry the same time: their order between them is not fixed.
    expect(response.json().events).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'agency.invitation_sent', actorName: 'Claire Martin' }),
        expect.objectContaining({ action: 'password.link_sent' }),
      ]),
    );
    const [mail] = await mailTo(client.email ?? '');
    expect(mail).toMatchObject({ subject: 'Bienvenue sur votre espace client', agencyId });
    expect(mail?.textBody).toContain('/mot-de-passe/nouveau?jeton=');
    const [event] = await eventsOf(client.account.id, 'agency.invitation_sent');
    expect(event).toMatchObject({ targetType: 'account', targetId: client.account.id, ipAddress: null });
    expect(event?.details).toMatchObject({ actor: { accountId: staffAccountId, name: 'Claire Martin' } });
    const tokens = await t.database.db.select().from(accountTokens).where(eq(accountTokens.accountId, client.account.id));
    expect(tokens).toHaveLength(1);
  });

  it('refuses to invite a client without an email, with what to do', async () => {
    const client = await newcomer({ email: null });
    const response = await act('POST', `${client.person.id}/invitation`, staff);
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({
      code: 'CLIENT_HAS_NO_EMAIL',
      message: "Ce client n'a pas d'adresse email : corrigez-la d'abord.",
    });
  });

  it('does not invite a client who already has a password, nor a suspended one', async () => {
    const active = await make.client(agencyId);
    const already = await act('POST', `${active.person.id}/invitation`, staff);
    expect(already.statusCode).toBe(409);
    expect(already.json().message).toContain('Mot de passe oublié');
    const suspended = await newcomer();
    await act('POST', `${suspended.person.id}/block`, staff, { reason: 'Litige en cours' });
    expect((await act('POST', `${suspended.person.id}/invitation`, staff)).statusCode).toBe(409);
    expect((await mailTo(active.email ?? '')).length).toBe(0);
  });

  it('corrects the email with a reason, keeps the history, tells both addresses, and the person sees it', async () => {
    const client = await make.client(agencyId, { firstName: 'Marc', lastName: 'Corrigé' });
    const personCookie = await logIn(client.reference);
    const oldEmail = client.email ?? '';
    // A reset link mailed to the old address earlier, still unused.
    await t.database.db.insert(accountTokens).values({
      accountId: client.account.id,
      purpose: 'password_reset',
      tokenHash: `hash-${client.account.id}`,
      expiresAt: new Date(Date.now() + 3_600_000),
    });

    const withoutReason = await act('PUT', `${client.person.id}/email`, staff, { email: 'marc@example.fr' });
    expect(withoutReason.statusCode).toBe(400);
    const badEmail = await act('PUT', `${client.person.id}/email`, staff, { email: 'marc@', reason: 'Faute de frappe' });
    expect(badEmail.statusCode).toBe(400);

    const response = await act('PUT', `${client.person.id}/email`, staff, {
      email: ' Marc.Corrige@Example.fr ',
      reason: 'Faute de frappe à la saisie',
    });
    expect(response.statusCode).toBe(200);
    const page = response.json();
    expect(page.account.email).toBe('marc.corrige@example.fr');
    expect(page.emailHistory).toEqual([
      expect.objectContaining({
        previousEmail: oldEmail,
        newEmail: 'marc.corrige@example.fr',
        changedBy: 'agency',
        changedByName: 'Claire Martin',
        reason: 'Faute de frappe à la saisie',
      }),
    ]);
    const [history] = await t.database.db
      .select()
      .from(accountEmailChanges)
      .where(eq(accountEmailChanges.accountId, client.account.id));
    expect(history).toMatchObject({ changedByAccountId: staffAccountId, previousEmail: oldEmail });

    const toOld = (await mailTo(oldEmail)).find((mail) => mail.subject === 'Votre adresse email a été modifiée');
    expect(toOld?.textBody).toContain('m•••@example.fr');
    expect(toOld?.textBody).not.toContain('marc.corrige@example.fr');
    expect(toOld?.textBody).toContain('01 45 00 00 00');
    const toNew = await mailTo('marc.corrige@example.fr');
    expect(toNew.map((mail) => mail.subject)).toEqual(['Votre nouvelle adresse email est enregistrée']);

    // The link mailed to the old address no longer works.
    const tokens = await t.database.db.select().from(accountTokens).where(eq(accountTokens.accountId, client.account.id));
    expect(tokens).toHaveLength(1);
    expect(tokens[0]?.usedAt).not.toBeNull();
    expect(await accessLogActions(personCookie)).toContain('agency.email_changed');
    expect((await login('marc.corrige@example.fr')).statusCode).toBe(200);
  });

  it('refuses an address another account uses, and the same address again', async () => {
    const client = await make.client(agencyId);
    const other = await make.client(agencyId);
    const taken = await act('PUT', `${client.person.id}/email`, staff, {
      email: (other.email ?? '').toUpperCase(),
      reason: 'Adresse communiquée par téléphone',
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json()).toMatchObject({ code: 'EMAIL_TAKEN', message: 'Le courriel existe déjà.' });
    const same = await act('PUT', `${client.person.id}/email`, staff, { email: client.email, reason: 'Vérification' });
    expect(same.statusCode).toBe(409);
  });

  it('gives an email to a client who had none, telling only the new address', async () => {
    const client = await make.client(agencyId, { email: null });
    const response = await act('PUT', `${client.person.id}/email`, staff, {
      email: 'nouvelle@example.fr',
      reason: 'Reçue par courrier',
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().emailHistory[0]).toMatchObject({ previousEmail: null, newEmail: 'nouvelle@example.fr' });
    expect(await mailTo('nouvelle@example.fr')).toHaveLength(1);
    expect((await login('nouvelle@example.fr')).statusCode).toBe(200);
  });

  it('suspends an access: every session ends, sign-in is refused; restoring it lets the person back in', async () => {
    const client = await make.client(agencyId, { civility: 'M', firstName: 'Jean', lastName: 'Suspendu' });
    const phone = await logIn(client.reference);
    const laptop = await logIn(client.reference);

    expect((await act('POST', `${client.person.id}/block`, staff, { reason: '' })).statusCode).toBe(400);
    const blocked = await act('POST', `${client.person.id}/block`, staff, { reason: 'Succession en cours' });
    expect(blocked.statusCode).toBe(200);
    expect(blocked.json().account).toMatchObject({
      status: 'blocked',
      blocked: { reason: 'Succession en cours', byName: 'Claire Martin' },
    });
    for (const cookie of [phone, laptop]) {
      expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } })).statusCode).toBe(401);
    }
    const refused = await login(client.reference);
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({
      code: 'ACCOUNT_BLOCKED',
      message: 'Votre accès a été suspendu par votre agence. Merci de la contacter.',
    });
    const [event] = await eventsOf(client.account.id, 'agency.access_suspended');
    expect(event?.details).toMatchObject({
      reason: 'Succession en cours',
      revokedSessions: 2,
      actor: { accountId: staffAccountId },
    });
    const suspendedMail = (await mailTo(client.email ?? '')).map((mail) => mail.subject);
    expect(suspendedMail).toContain('Votre accès à votre espace client est suspendu');
    expect((await act('POST', `${client.person.id}/block`, staff, { reason: 'Deuxième fois' })).statusCode).toBe(409);

    const restored = await act('DELETE', `${client.person.id}/block`, staff);
    expect(restored.statusCode).toBe(200);
    expect(restored.json().account).toMatchObject({ status: 'active', blocked: null });
    expect((await mailTo(client.email ?? '')).map((mail) => mail.subject)).toContain(
      'Votre accès à votre espace client est rétabli',
    );
    const again = await logIn(client.reference);
    const actions = await accessLogActions(again);
    expect(actions.slice(0, 4)).toEqual([
      'login.succeeded',
      'agency.access_restored',
      'login.refused',
      'agency.access_suspended',
    ]);
    expect((await act('DELETE', `${client.person.id}/block`, staff)).statusCode).toBe(409);
  });

  it('clears an automatic lock after repeated failures', async () => {
    const client = await make.client(agencyId);
    const lockedUntil = new Date(Date.now() + 15 * 60_000);
    await t.database.db.update(accounts).set({ lockedUntil }).where(eq(accounts.id, client.account.id));
    const page = await t.app.inject({ method: 'GET', url: `/api/staff/clients/${client.person.id}`, headers: { cookie: staff } });
    expect(page.json().account).toMatchObject({ status: 'locked', lockedUntil: lockedUntil.toISOString() });

    const unlocked = await act('POST', `${client.person.id}/unlock`, staff);
    expect(unlocked.statusCode).toBe(200);
    expect(unlocked.json().account).toMatchObject({ status: 'active', lockedUntil: null });
    expect(await eventsOf(client.account.id, 'agency.lock_cleared')).toHaveLength(1);
    expect(await accessLogActions(await logIn(client.reference))).toContain('agency.lock_cleared');
    expect((await act('POST', `${client.person.id}/unlock`, staff)).statusCode).toBe(409);
  });

  it('answers 404 to another agency’s staff for every action, and changes nothing', async () => {
    const client = await make.client(agencyId);
    const id = client.person.id;
    const attempts = [
      act('POST', `${id}/invitation`, otherStaff),
      act('PUT', `${id}/email`, otherStaff, { email: 'pirate@example.fr', reason: 'Tentative' }),
      act('POST', `${id}/block`, otherStaff, { reason: 'Tentative' }),
      act('DELETE', `${id}/block`, otherStaff),
      act('POST', `${id}/unlock`, otherStaff),
    ];
    for (const response of await Promise.all(attempts)) expect(response.statusCode).toBe(404);
    const [account] = await t.database.db.select().from(accounts).where(eq(accounts.id, client.account.id));
    expect(account?.email).toBe(client.email);
    expect(await mailTo(client.email ?? '')).toEqual([]);
    expect(await t.database.db.select().from(auditEvents).where(eq(auditEvents.accountId, client.account.id))).toEqual([]);
  });
});
