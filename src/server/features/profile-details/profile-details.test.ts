import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, sessionCookieFrom, type TestApp } from '../../../../test/support/app.ts';
import { factories, TEST_PASSWORD } from '../../../../test/support/factories.ts';
import { profileFactories } from '../../../../test/support/profile-factories.ts';
import { accounts, auditEvents, condominiums, outboxMessages, personDetailChanges } from '../../db/schema/index.ts';

describe('Mes coordonnées: GET/PATCH /api/me/details and the staff history', () => {
  let t: TestApp;
  let make: ReturnType<typeof factories>;
  let profile: ReturnType<typeof profileFactories>;
  let agency: Awaited<ReturnType<ReturnType<typeof factories>['agency']>>;
  let owner: Awaited<ReturnType<ReturnType<typeof factories>['client']>>;
  let manager: Awaited<ReturnType<ReturnType<typeof factories>['staffMember']>>;
  let ownerCookie: string;
  let staffCookie: string;
  let otherStaffCookie: string;

  let address = 0;
  const nextIp = () => `198.51.100.${(address++ % 250) + 1}`;
  const logIn = async (identifier: string) => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { identifier, password: TEST_PASSWORD },
      remoteAddress: nextIp(),
    });
    expect(response.statusCode).toBe(200);
    return sessionCookieFrom(response.headers['set-cookie']);
  };
  const get = (url: string, cookie: string) => t.app.inject({ method: 'GET', url, headers: { cookie } });
  const patch = (payload: Record<string, unknown>, cookie = ownerCookie) =>
    t.app.inject({ method: 'PATCH', url: '/api/me/details', payload, headers: { cookie }, remoteAddress: nextIp() });
  const historyOf = (personId: string) =>
    t.database.db
      .select()
      .from(personDetailChanges)
      .where(eq(personDetailChanges.personId, personId))
      .orderBy(desc(personDetailChanges.createdAt));
  const auditOf = (accountId: string, action: string) =>
    t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.accountId, accountId), eq(auditEvents.action, action)));
  const fieldsOf = (body: { details?: { fields?: { field: string; message: string }[] } }) =>
    Object.fromEntries((body.details?.fields ?? []).map((problem) => [problem.field, problem.message]));

  beforeAll(async () => {
    t = await createTestApp();
    make = factories(t.database.db);
    profile = profileFactories(t.database.db);
    agency = await make.agency({ name: 'Cabinet Coulon', addressLine1: '47 avenue de la République', postalCode: '94600' });
    manager = await make.staffMember(agency.id, { firstName: 'Claire', lastName: 'Martin', phone: '01 48 90 12 35' });
    const { condominium, lots } = await make.condominium(agency.id, 2);
    await t.database.db.update(condominiums).set({ managerId: manager.id }).where(eq(condominiums.id, condominium.id));
    owner = await make.client(agency.id, {
      civility: 'M_ET_MME',
      firstName: 'Jean et Marie',
      lastName: 'Allouard',
      mobilePhone: '+33 6 11 22 33 44',
    });
    await profile.personDetails(owner.person.id, {
      addressLine1: '100 avenue Anatole France',
      postalCode: '94000',
      city: 'Créteil',
    });
    await make.ownership(owner.person.id, lots[0]?.id ?? '');
    const otherAgency = await make.agency({ name: 'Cabinet Voisin' });
    ownerCookie = await logIn(owner.reference);
    staffCookie = await logIn(manager.email);
    otherStaffCookie = await logIn((await make.staffMember(otherAgency.id)).email);
  });
  afterAll(() => t.close());

  it('needs a session, and is for clients only', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/me/details' })).statusCode).toBe(401);
    expect((await get('/api/me/details', staffCookie)).statusCode).toBe(404);
    expect((await patch({ landlinePhone: '01 43 99 12 34' }, staffCookie)).statusCode).toBe(404);
  });

  it("gives the person's details, current email and the manager of their files", async () => {
    const response = await get('/api/me/details', ownerCookie);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      civility: 'M_ET_MME',
      displayName: 'M. et Mme Allouard',
      mobilePhone: '+33 6 11 22 33 44',
      landlinePhone: null,
      address: { line1: '100 avenue Anatole France', line2: null, postalCode: '94000', city: 'Créteil' },
      preferredContactChannel: 'email',
      councilContactConsent: false,
      councilContactConsentAt: null,
      email: owner.email,
      pendingEmail: null,
      hasPassword: true,
      managers: [{ agencyId: agency.id, name: 'Claire Martin', email: manager.email, phone: '01 48 90 12 35' }],
    });
  });

  it('names every invalid field in French, and changes nothing', async () => {
    const response = await patch({
      mobilePhone: '01 43 99 12 34',
      landlinePhone: 'le soir',
      address: { line1: ' ', postalCode: '9400', city: 'Créteil' },
      preferredContactChannel: 'pigeon',
      councilContactConsent: 'oui',
    });
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(fieldsOf(body)).toEqual({
      mobilePhone:
        'Ce numéro n’est pas un mobile (06 ou 07) : les codes de vérification envoyés par SMS ne pourraient pas vous parvenir.',
      landlinePhone: 'Saisissez un numéro de téléphone français, par exemple 01 43 99 12 34.',
      'address.line1': 'Indiquez le numéro et le nom de la voie.',
      'address.postalCode': 'Le code postal comporte 5 chiffres, par exemple 94000.',
      preferredContactChannel: 'Choisissez email, téléphone ou courrier.',
      councilContactConsent: 'Répondez par oui ou par non.',
    });

    const mobileAsLandline = fieldsOf((await patch({ landlinePhone: '07 98 76 54 32' })).json());
    expect(mobileAsLandline).toEqual({ landlinePhone: 'Ce numéro est un mobile : saisissez-le dans « Téléphone mobile ».' });
    const foreign = fieldsOf((await patch({ mobilePhone: '+44 7911 123456', currentPassword: TEST_PASSWORD })).json());
    expect(foreign.mobilePhone).toBe('Saisissez un numéro de mobile français, par exemple 06 12 34 56 78 ou +33 6 12 34 56 78.');
    // The email has its own confirmed flow: this route does not take it.
    expect((await patch({ email: 'pirate@example.fr' })).statusCode).toBe(400);

    expect(await historyOf(owner.person.id)).toEqual([]);
    expect(await auditOf(owner.account.id, 'details.changed')).toEqual([]);
  });

  it('saves a landline and an address in one transaction: one history row per changed field, one audit event', async () => {
    const response = await patch({
      landlinePhone: '01.43.99.12.34',
      address: { line1: '100 avenue Anatole France', line2: 'Bâtiment A, 3e étage', postalCode: '94000', city: 'Créteil' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      landlinePhone: '01 43 99 12 34',
      address: { line1: '100 avenue Anatole France', line2: 'Bâtiment A, 3e étage', postalCode: '94000', city: 'Créteil' },
    });
    expect((await get('/api/me/details', ownerCookie)).json().landlinePhone).toBe('01 43 99 12 34');

    const rows = await historyOf(owner.person.id);
    expect(
      rows.map(({ field, previousValue, newValue, changedByAccountId }) => ({
        field,
        previousValue,
        newValue,
        changedByAccountId,
      })),
    ).toEqual(
      expect.arrayContaining([
        { field: 'landlinePhone', previousValue: null, newValue: '01 43 99 12 34', changedByAccountId: owner.account.id },
        { field: 'addressLine2', previousValue: null, newValue: 'Bâtiment A, 3e étage', changedByAccountId: owner.account.id },
      ]),
    );
    expect(rows).toHaveLength(2);
    const [event, ...more] = await auditOf(owner.account.id, 'details.changed');
    expect(more).toEqual([]);
    expect(event).toMatchObject({ targetType: 'person', targetId: owner.person.id });
    expect(event?.details).toEqual({ fields: expect.arrayContaining(['landlinePhone', 'addressLine2']) });
  });

  it('writes nothing when nothing changes, even when a number is typed another way', async () => {
    const before = (await historyOf(owner.person.id)).length;
    const response = await patch({
      mobilePhone: '06 11 22 33 44',
      landlinePhone: '+33 1 43 99 12 34',
      address: { line1: '100 avenue Anatole France', line2: 'Bâtiment A, 3e étage', postalCode: '94000', city: 'Créteil' },
      preferredContactChannel: 'email',
      councilContactConsent: false,
    });
    // The same mobile, written differently, is not a change: no password is asked for it.
    expect(response.statusCode).toBe(200);
    expect(await historyOf(owner.person.id)).toHaveLength(before);
    expect(await auditOf(owner.account.id, 'details.changed')).toHaveLength(1);
  });

  it('asks for the current password to change the mobile, and tells the mailbox once changed', async () => {
    const missing = await patch({ mobilePhone: '07 98 76 54 32' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json()).toMatchObject({ code: 'CURRENT_PASSWORD_WRONG' });
    expect(fieldsOf(missing.json())).toEqual({ currentPassword: 'Saisissez votre mot de passe actuel pour changer de mobile.' });
    const wrong = await patch({ mobilePhone: '07 98 76 54 32', currentPassword: 'pas le bon mot de passe' });
    expect(fieldsOf(wrong.json())).toEqual({ currentPassword: 'Le mot de passe actuel est incorrect.' });
    expect(await auditOf(owner.account.id, 'password.check_failed')).toHaveLength(2);
    expect((await get('/api/me/details', ownerCookie)).json().mobilePhone).toBe('+33 6 11 22 33 44');

    const changed = await patch({ mobilePhone: '+33 7 98 76 54 32', currentPassword: TEST_PASSWORD });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().mobilePhone).toBe('07 98 76 54 32');
    const [latest] = await historyOf(owner.person.id);
    expect(latest).toMatchObject({ field: 'mobilePhone', previousValue: '+33 6 11 22 33 44', newValue: '07 98 76 54 32' });
    const notices = await t.database.db
      .select()
      .from(outboxMessages)
      .where(
        and(eq(outboxMessages.recipient, owner.email ?? ''), eq(outboxMessages.subject, 'Votre numéro de mobile a été modifié')),
      );
    expect(notices).toHaveLength(1);
    expect(notices[0]?.textBody).toContain('Il se termine par 32.');
    expect(notices[0]?.textBody).not.toContain('07 98 76 54 32');
  });

  it('records the consent to share contact details with the council, and its withdrawal', async () => {
    const given = (await patch({ councilContactConsent: true })).json();
    expect(given.councilContactConsent).toBe(true);
    expect(Date.parse(given.councilContactConsentAt)).toBeGreaterThan(Date.now() - 60_000);
    const withdrawn = (await patch({ councilContactConsent: false })).json();
    expect(withdrawn).toMatchObject({ councilContactConsent: false, councilContactConsentAt: null });
    const consentRows = (await historyOf(owner.person.id)).filter((row) => row.field === 'councilContactConsent');
    expect(consentRows.map((row) => [row.previousValue, row.newValue])).toEqual([
      ['true', 'false'],
      ['false', 'true'],
    ]);
  });

  it('keeps the preferred channel usable: a phone for "téléphone", an address for "courrier"', async () => {
    const client = await make.client(agency.id, { lastName: 'Sansfil', mobilePhone: null });
    const cookie = await logIn(client.reference);
    const phone = await patch({ preferredContactChannel: 'telephone' }, cookie);
    expect(phone.statusCode).toBe(400);
    expect(fieldsOf(phone.json())).toEqual({
      preferredContactChannel: 'Pour être contacté par téléphone, gardez au moins un numéro de téléphone.',
    });
    expect(fieldsOf((await patch({ preferredContactChannel: 'courrier' }, cookie)).json())).toEqual({
      preferredContactChannel: 'Pour être contacté par courrier, indiquez d’abord votre adresse postale complète.',
    });
    const both = await patch({ landlinePhone: '01 43 99 12 34', preferredContactChannel: 'telephone' }, cookie);
    expect(both.json()).toMatchObject({ preferredContactChannel: 'telephone', landlinePhone: '01 43 99 12 34' });
    // Removing the last number while "téléphone" is preferred would leave the agency without a way to call.
    expect(fieldsOf((await patch({ landlinePhone: '' }, cookie)).json())).toEqual({
      landlinePhone: 'Pour être contacté par téléphone, gardez au moins un numéro de téléphone.',
    });
  });

  it('shows the agency staff what changed, when and by whom', async () => {
    const response = await get(`/api/staff/clients/${owner.person.id}/detail-changes`, staffCookie);
    expect(response.statusCode).toBe(200);
    const { changes } = response.json();
    expect(changes[0]).toMatchObject({ field: 'councilContactConsent', previousValue: 'true', newValue: 'false' });
    expect(changes.find((change: { field: string }) => change.field === 'landlinePhone')).toMatchObject({
      previousValue: null,
      newValue: '01 43 99 12 34',
      changedBy: { kind: 'client', name: null },
    });
    expect(changes).toHaveLength((await historyOf(owner.person.id)).length);
    for (const change of changes) expect(Date.parse(change.changedAt)).not.toBeNaN();
  });

  it('names a colleague who changed the details, and only to staff of the same agency', async () => {
    const client = await make.client(agency.id, { lastName: 'Importé' });
    await t.database.db
      .insert(personDetailChanges)
      .values([
        { personId: client.person.id, field: 'city', previousValue: 'Creteil', newValue: 'Créteil', changedByAccountId: null },
      ]);
    const [staffAccount] = await t.database.db.select().from(accounts).where(eq(accounts.staffMemberId, manager.id));
    await t.database.db.insert(personDetailChanges).values({
      personId: client.person.id,
      field: 'postalCode',
      previousValue: '94010',
      newValue: '94000',
      changedByAccountId: staffAccount?.id ?? null,
      createdAt: new Date(Date.now() + 1000),
    });
    const { changes } = (await get(`/api/staff/clients/${client.person.id}/detail-changes`, staffCookie)).json();
    expect(changes.map((change: { changedBy: unknown }) => change.changedBy)).toEqual([
      { kind: 'staff', name: 'Claire Martin' },
      { kind: 'unknown', name: null },
    ]);
  });

  it("answers 404 for another agency's staff, a person unknown, and a client on the staff route", async () => {
    const stranger = await make.client((await make.agency()).id);
    const attempts: [string, string][] = [
      [`/api/staff/clients/${owner.person.id}/detail-changes`, otherStaffCookie],
      [`/api/staff/clients/${stranger.person.id}/detail-changes`, staffCookie],
      ['/api/staff/clients/00000000-0000-4000-8000-000000000000/detail-changes', staffCookie],
      [`/api/staff/clients/${owner.person.id}/detail-changes`, ownerCookie],
    ];
    for (const [url, cookie] of attempts) {
      const response = await get(url, cookie);
      expect(response.statusCode, url).toBe(404);
      expect(response.json().code).toBe('NOT_FOUND');
    }
    expect((await get('/api/staff/clients/pas-un-id/detail-changes', staffCookie)).statusCode).toBe(400);
  });
});
