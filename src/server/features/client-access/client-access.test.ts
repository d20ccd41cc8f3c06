import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, sessionCookieFrom, type TestApp } from '../../../../test/support/app.ts';
import { factories, TEST_PASSWORD } from '../../../../test/support/factories.ts';
import { accounts, clientReferences } from '../../db/schema/index.ts';

const CHROME_WINDOWS =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

describe('staff: the agency’s clients and their access page', () => {
  let t: TestApp;
  let make: ReturnType<typeof factories>;
  let agency: Awaited<ReturnType<ReturnType<typeof factories>['agency']>>;
  let otherAgency: typeof agency;
  let staff: string;
  let otherStaff: string;
  let allouard: Awaited<ReturnType<ReturnType<typeof factories>['client']>>;
  let stranger: typeof allouard;

  // Each sign-in from its own address: the login route's per-address rate limit is not what is tested here.
  let attempt = 40;
  const logIn = async (identifier: string, userAgent = CHROME_WINDOWS) => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { identifier, password: TEST_PASSWORD },
      headers: { 'user-agent': userAgent },
      remoteAddress: `192.0.2.${attempt++}`,
    });
    expect(response.statusCode).toBe(200);
    return sessionCookieFrom(response.headers['set-cookie']);
  };
  const get = (url: string, cookie: string) => t.app.inject({ method: 'GET', url, headers: { cookie } });
  const search = async (query: string, cookie = staff) => {
    const response = await get(`/api/staff/clients?query=${encodeURIComponent(query)}`, cookie);
    expect(response.statusCode).toBe(200);
    return response.json() as { clients: { displayName: string; personId: string }[]; total: number };
  };
  const names = async (query: string, cookie = staff) => (await search(query, cookie)).clients.map((c) => c.displayName);

  beforeAll(async () => {
    t = await createTestApp();
    make = factories(t.database.db);
    agency = await make.agency({ name: 'Cabinet Coulon', kind: 'mixed' });
    otherAgency = await make.agency({ name: 'Cabinet Voisin' });
    staff = await logIn((await make.staffMember(agency.id)).email);
    otherStaff = await logIn((await make.staffMember(otherAgency.id)).email);
    allouard = await make.client(agency.id, { civility: 'M_ET_MME', lastName: 'Allouard', reference: 'C0100452' });
    await make.client(agency.id, { civility: 'MME', firstName: 'Hélène', lastName: 'Élégant' });
    stranger = await make.client(otherAgency.id, { civility: 'M', firstName: 'Paul', lastName: 'Allouard-Voisin' });
    const { condominium, lots } = await make.condominium(agency.id, 4);
    await make.ownership(allouard.person.id, lots[0]?.id ?? '');
    await make.ownership(allouard.person.id, lots[3]?.id ?? '');
    await make.councilMembership(allouard.person.id, condominium.id);
    const elsewhere = await make.condominium(otherAgency.id, 2);
    await make.ownership(allouard.person.id, elsewhere.lots[0]?.id ?? '');
    await make.ownership(allouard.person.id, elsewhere.lots[1]?.id ?? '');
  });
  afterAll(() => t.close());

  it('finds clients by name whatever the accents, by reference with O for 0, and by lot number', async () => {
    expect(await names('allouard')).toEqual(['M. et Mme Allouard']);
    expect(await names('elegant')).toEqual(['Mme Hélène Élégant']);
    expect(await names('HELENE')).toEqual(['Mme Hélène Élégant']);
    expect(await names('CO1OO452')).toEqual(['M. et Mme Allouard']);
    expect(await names('104')).toEqual(['M. et Mme Allouard']);
    const [found] = (await search('allouard')).clients;
    expect(found).toMatchObject({ references: ['C0100452'], email: allouard.email, lots: ['101', '104'] });
  });

  it('lists only the agency’s own clients, page by page', async () => {
    const all = await search('');
    expect(all.total).toBe(2);
    expect(all.clients.map((client) => client.personId)).not.toContain(stranger.person.id);
    expect(await names('Voisin')).toEqual([]);
    expect(await names('Allouard', otherStaff)).toEqual(['M. Paul Allouard-Voisin']);
    const second = await get('/api/staff/clients?page=2', staff);
    expect(second.json()).toMatchObject({ clients: [], page: 2, pageSize: 20, total: 2 });
    expect((await get('/api/staff/clients?page=0', staff)).statusCode).toBe(400);
  });

  it('shows the access page: identity, references, roles and lots in this agency only, account state', async () => {
    await t.database.db.update(accounts).set({ passwordHash: null }).where(eq(accounts.id, allouard.account.id));
    const response = await get(`/api/staff/clients/${allouard.person.id}`, staff);
    expect(response.statusCode).toBe(200);
    const page = response.json();
    expect(page).toMatchObject({
      personId: allouard.person.id,
      displayName: 'M. et Mme Allouard',
      references: ['C0100452'],
      lots: ['101', '104'],
      roles: { coOwnerLotCount: 2, isCouncilMember: true, landlordUnitCount: 0, isTenant: false },
      account: { status: 'never_connected', email: allouard.email, hasPassword: false, lastLoginAt: null, blocked: null },
      signIns: [],
      emailHistory: [],
    });
    expect(JSON.stringify(page)).not.toContain(otherAgency.id);
  });

  it('shows the last sign-ins with their device, newest first, and the failures among the events', async () => {
    const owner = await make.client(agency.id, { lastName: 'Connecté' });
    await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { identifier: owner.reference, password: 'pas le bon' },
      remoteAddress: '192.0.2.41',
    });
    const signInAddress = `192.0.2.${attempt}`;
    await logIn(owner.reference);
    const page = (await get(`/api/staff/clients/${owner.person.id}`, staff)).json();
    expect(page.account).toMatchObject({ status: 'active', hasPassword: true });
    expect(page.account.lastLoginAt).not.toBeNull();
    expect(page.signIns).toHaveLength(1);
    expect(page.signIns[0]).toMatchObject({
      action: 'login.succeeded',
      device: 'Chrome sur Windows',
      ipAddress: signInAddress,
      method: 'password',
    });
    expect(page.events.map((event: { action: string }) => event.action)).toEqual(['login.succeeded', 'login.failed']);
    expect(page.events[1]).toMatchObject({ failureReason: 'wrong_password', ipAddress: '192.0.2.41' });
  });

  it('answers 404 for a person of another agency, an unknown id, or a staff member’s id', async () => {
    const colleague = await make.staffMember(agency.id);
    for (const personId of [stranger.person.id, '00000000-0000-4000-8000-000000000000', colleague.id]) {
      const response = await get(`/api/staff/clients/${personId}`, staff);
      expect(response.statusCode).toBe(404);
      expect(response.json().code).toBe('NOT_FOUND');
    }
    expect((await get(`/api/staff/clients/${allouard.person.id}`, otherStaff)).statusCode).toBe(404);
    expect((await get('/api/staff/clients/pas-un-uuid', staff)).statusCode).toBe(400);
  });

  it('answers 404 to a client and 401 without a session, on every staff route', async () => {
    const clientCookie = await logIn(stranger.reference);
    const base = `/api/staff/clients/${stranger.person.id}`;
    const calls = [
      { method: 'GET' as const, url: '/api/staff/clients' },
      { method: 'GET' as const, url: base },
      { method: 'POST' as const, url: `${base}/invitation` },
      { method: 'PUT' as const, url: `${base}/email`, payload: { email: 'x@example.fr', reason: 'Erreur de saisie' } },
      { method: 'POST' as const, url: `${base}/block`, payload: { reason: 'Litige en cours' } },
      { method: 'DELETE' as const, url: `${base}/block` },
      { method: 'POST' as const, url: `${base}/unlock` },
    ];
    for (const call of calls) {
      expect((await t.app.inject({ ...call, headers: { cookie: clientCookie } })).statusCode).toBe(404);
      expect((await t.app.inject(call)).statusCode).toBe(401);
    }
  });

  it('follows a transfer of file: the new agency finds the person at once, the old one no longer does', async () => {
    const moving = await make.client(agency.id, { civility: 'MME', firstName: 'Inès', lastName: 'Déménagée' });
    expect(await names('demenagee', otherStaff)).toEqual([]);
    await t.database.db
      .insert(clientReferences)
      .values({ agencyId: otherAgency.id, personId: moving.person.id, reference: 'NV7788', canonical: 'NV7788' });
    expect(await names('demenagee', otherStaff)).toEqual(['Mme Inès Déménagée']);
    expect((await get(`/api/staff/clients/${moving.person.id}`, otherStaff)).json().references).toEqual(['NV7788']);

    await t.database.db.delete(clientReferences).where(eq(clientReferences.reference, moving.reference));
    expect(await names('demenagee', staff)).toEqual([]);
    expect((await get(`/api/staff/clients/${moving.person.id}`, staff)).statusCode).toBe(404);
    // The person keeps the same login, now through the new agency's reference.
    await logIn('NV7788');
  });
});
