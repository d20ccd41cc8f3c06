import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, sessionCookieFrom, type TestApp } from '../../../../test/support/app.ts';
import { factories, TEST_PASSWORD } from '../../../../test/support/factories.ts';
import { condominiums } from '../../db/schema/index.ts';

describe('GET /api/me', () => {
  let t: TestApp;
  let make: ReturnType<typeof factories>;
  beforeAll(async () => {
    t = await createTestApp();
    make = factories(t.database.db);
  });
  afterAll(() => t.close());

  async function meOf(identifier: string) {
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { identifier, password: TEST_PASSWORD },
    });
    expect(login.statusCode).toBe(200);
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/me',
      headers: { cookie: sessionCookieFrom(login.headers['set-cookie']) },
    });
    expect(response.statusCode).toBe(200);
    return response.json();
  }

  it('needs a session', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/me' });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({
      code: 'UNAUTHENTICATED',
      message: 'Vous devez vous connecter pour accéder à cette page.',
    });
  });

  it('counts the lots a co-owner holds today, not those already sold, and names the agency serving them', async () => {
    const agency = await make.agency({
      name: 'Cabinet Alpha',
      addressLine1: '47 avenue de la République',
      postalCode: '94600',
      city: 'Choisy-le-Roi',
    });
    const otherAgency = await make.agency({ name: 'Cabinet Bêta' });
    const owner = await make.client(agency.id, { civility: 'MME', firstName: 'Sophie', lastName: 'Bernard' });
    const { lots } = await make.condominium(agency.id, 5);
    const [first, second, third, sold] = lots as [(typeof lots)[0], (typeof lots)[0], (typeof lots)[0], (typeof lots)[0]];
    await make.ownership(owner.person.id, first.id);
    await make.ownership(owner.person.id, second.id, { kind: 'indivision', isRepresentative: false });
    await make.ownership(owner.person.id, third.id);
    await make.ownership(owner.person.id, sold.id, { endDate: '2024-01-15' });
    await make.ownership(owner.person.id, first.id, { startDate: '2030-01-01' });

    const me = await meOf(owner.reference);
    expect(me).toMatchObject({ kind: 'client', displayName: 'Mme Sophie Bernard', email: owner.email });
    expect(me.roles).toEqual({
      coOwnerLotCount: 3,
      isCouncilMember: false,
      landlordUnitCount: 0,
      isTenant: false,
      staffRole: null,
    });
    expect(me.agencies.map((card: { name: string }) => card.name)).toEqual(['Cabinet Alpha']);
    expect(me.agencies[0]).toMatchObject({
      addressLine1: '47 avenue de la République',
      postalCode: '94600',
      city: 'Choisy-le-Roi',
      openingHours: ['9h - 12h30 // 13h30 - 17h'],
    });
    expect(JSON.stringify(me)).not.toContain(otherAgency.id);
  });

  it('knows council members, landlords and tenants, and forgets ended roles', async () => {
    const agency = await make.agency({ kind: 'mixed' });
    const { condominium, lots } = await make.condominium(agency.id, 2);
    const councillor = await make.client(agency.id, { firstName: 'Paul', lastName: 'Lefèvre' });
    await make.ownership(councillor.person.id, lots[0]?.id ?? '');
    await make.councilMembership(councillor.person.id, condominium.id);
    const formerCouncillor = await make.client(agency.id);
    await make.councilMembership(formerCouncillor.person.id, condominium.id, { endDate: '2023-06-30' });

    const landlord = await make.client(agency.id, { civility: 'SOCIETE', companyName: 'GERASCO' });
    const { units } = await make.mandate(agency.id, landlord.person.id, 4);
    const tenant = await make.client(agency.id, { firstName: 'Lina', lastName: 'Haddad' });
    await make.lease(units[0]?.id ?? '', [tenant.person.id]);
    const formerTenant = await make.client(agency.id);
    await make.lease(units[1]?.id ?? '', [formerTenant.person.id], { startDate: '2019-01-01', endDate: '2022-12-31' });

    expect((await meOf(councillor.reference)).roles).toMatchObject({ coOwnerLotCount: 1, isCouncilMember: true });
    expect((await meOf(formerCouncillor.reference)).roles).toMatchObject({ isCouncilMember: false });
    expect(await meOf(landlord.reference)).toMatchObject({
      displayName: 'GERASCO',
      roles: { landlordUnitCount: 4, isTenant: false },
    });
    expect((await meOf(tenant.reference)).roles).toMatchObject({ isTenant: true, landlordUnitCount: 0 });
    expect((await meOf(formerTenant.reference)).roles).toMatchObject({ isTenant: false });
  });

  it('follows a condominium transferred to another agency, with the same login', async () => {
    const before = await make.agency({ name: 'Ancien cabinet' });
    const after = await make.agency({ name: 'Nouveau cabinet' });
    const owner = await make.client(before.id);
    const { condominium, lots } = await make.condominium(before.id, 1);
    await make.ownership(owner.person.id, lots[0]?.id ?? '');
    expect((await meOf(owner.reference)).agencies.map((card: { name: string }) => card.name)).toEqual(['Ancien cabinet']);

    await t.database.db.update(condominiums).set({ agencyId: after.id }).where(eq(condominiums.id, condominium.id));
    expect((await meOf(owner.reference)).agencies.map((card: { name: string }) => card.name)).toEqual(['Nouveau cabinet']);
  });

  it('describes a staff member with their agency and role', async () => {
    const agency = await make.agency({ name: 'ImmoTest Gestion' });
    const manager = await make.staffMember(agency.id, { firstName: 'Claire', lastName: 'Martin' });
    const me = await meOf(manager.email);
    expect(me).toMatchObject({
      kind: 'staff',
      displayName: 'Claire Martin',
      firstName: 'Claire',
      roles: { staffRole: 'manager', coOwnerLotCount: 0 },
    });
    expect(me.agencies.map((card: { name: string }) => card.name)).toEqual(['ImmoTest Gestion']);
  });
});
