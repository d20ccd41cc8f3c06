import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { factories } from '../../../../test/support/factories.ts';
import { type CallAs, callAs } from '../../../../test/support/sessions.ts';
import { buildings, lots } from '../../db/schema/index.ts';

describe('Biens: GET /api/properties and the details', () => {
  let t: TestApp;
  let make: ReturnType<typeof factories>;
  let call: CallAs;
  let agencyId: string;
  let condominiumId: string;
  let coOwner: { reference: string };
  let ownedLotIds: string[];
  let soldLotId: string;
  let neighbourLotId: string;
  let landlord: { reference: string };
  let unitIds: { vacant: string; marketed: string; let: string; formerlyLet: string };
  let tenant: { reference: string };
  let foreign: { lotId: string; unitId: string };
  let staffEmail: string;

  beforeAll(async () => {
    t = await createTestApp();
    make = factories(t.database.db);
    call = callAs(t.app);
    const agency = await make.agency({ name: 'Cabinet Alpha', kind: 'mixed', phone: '01 23 45 67 89' });
    agencyId = agency.id;
    const manager = await make.staffMember(agency.id, { firstName: 'Claire', lastName: 'Martin', phone: '01 48 90 12 35' });
    staffEmail = manager.email;

    const { condominium, lots: created } = await make.condominium(agency.id, 5, {
      managerId: manager.id,
      name: 'Copropriété des Tilleuls',
    });
    condominiumId = condominium.id;
    const [building] = await t.database.db
      .insert(buildings)
      .values({ condominiumId, name: 'Bâtiment A', addressLine1: '100 avenue Anatole France', city: 'Créteil' })
      .returning();
    await t.database.db
      .update(lots)
      .set({ buildingId: building?.id, staircase: 'A' })
      .where(eq(lots.condominiumId, condominiumId));
    const ids = created.map((lot) => lot.id);
    const owner = await make.client(agency.id, { civility: 'M_ET_MME', firstName: 'Jean et Marie', lastName: 'Allouard' });
    coOwner = owner;
    ownedLotIds = [ids[0] ?? '', ids[1] ?? ''];
    soldLotId = ids[2] ?? '';
    neighbourLotId = ids[3] ?? '';
    await make.ownership(owner.person.id, ownedLotIds[0] ?? '');
    await make.ownership(owner.person.id, ownedLotIds[1] ?? '', { kind: 'indivision' });
    await make.ownership(owner.person.id, soldLotId, { endDate: '2024-01-15' });
    const neighbour = await make.client(agency.id, {
      civility: 'MME',
      firstName: 'Sophie',
      lastName: 'Bernard',
      mobilePhone: '06 11 22 33 44',
    });
    await make.ownership(neighbour.person.id, neighbourLotId);
    await make.councilMembership(neighbour.person.id, condominiumId, { role: 'president' });
    const formerCouncillor = await make.client(agency.id, { lastName: 'Ancien' });
    await make.councilMembership(formerCouncillor.person.id, condominiumId, { endDate: '2023-06-30' });

    const gerasco = await make.client(agency.id, { civility: 'SOCIETE', companyName: 'GERASCO' });
    landlord = gerasco;
    const { units } = await make.mandate(agency.id, gerasco.person.id, [{}, { isBeingLet: true }, {}, {}], {
      managerId: manager.id,
    });
    const [vacant, marketed, letUnit, formerlyLet] = units.map((unit) => unit.id) as [string, string, string, string];
    unitIds = { vacant, marketed, let: letUnit, formerlyLet };
    const renter = await make.client(agency.id, { civility: 'MME', firstName: 'Lina', lastName: 'Haddad' });
    tenant = renter;
    await make.lease(letUnit, [renter.person.id], { startDate: '2023-09-01', monthlyRentCents: 125_000 });
    await make.lease(formerlyLet, [renter.person.id], { startDate: '2018-01-01', endDate: '2023-08-31' });

    const other = await make.agency({ name: 'Cabinet Bêta', kind: 'mixed' });
    const otherCondominium = await make.condominium(other.id, 1);
    const otherLandlord = await make.client(other.id);
    const otherMandate = await make.mandate(other.id, otherLandlord.person.id, 1);
    foreign = { lotId: otherCondominium.lots[0]?.id ?? '', unitId: otherMandate.units[0]?.id ?? '' };
  });
  afterAll(() => t.close());

  const get = (identifier: string, url: string) => call(identifier, 'GET', url);

  it('needs a session', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/properties' })).statusCode).toBe(401);
  });

  it("lists a co-owner's lots held today by condominium, with their shares, and not the lot sold", async () => {
    const response = await get(coOwner.reference, '/api/properties');
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.managed).toEqual([]);
    expect(body.rented).toEqual([]);
    expect(body.coOwnership).toHaveLength(1);
    const [group] = body.coOwnership;
    expect(group).toMatchObject({ condominium: { name: 'Copropriété des Tilleuls' }, agencyName: 'Cabinet Alpha' });
    expect(group.lots.map((lot: { id: string }) => lot.id)).toEqual(ownedLotIds);
    expect(group.lots[0]).toMatchObject({
      number: '101',
      kind: 'appartement',
      floor: '1',
      staircase: 'A',
      building: 'Bâtiment A',
      ownershipKind: 'pleine_propriete',
      shares: [{ keyCode: 'GEN', keyName: 'Charges générales', isGeneral: true, shares: 200, total: 1000 }],
    });
    expect(group.lots[1].ownershipKind).toBe('indivision');
    expect(JSON.stringify(body)).not.toContain(soldLotId);
  });

  it("gives a landlord each managed unit's status, and the tenant's name while let", async () => {
    const body = (await get(landlord.reference, '/api/properties')).json();
    expect(body.coOwnership).toEqual([]);
    const byId = new Map(body.managed.map((unit: { id: string }) => [unit.id, unit]));
    expect(byId.size).toBe(4);
    expect(byId.get(unitIds.vacant)).toMatchObject({ status: 'vacant', tenantNames: [], leaseStartDate: null });
    expect(byId.get(unitIds.marketed)).toMatchObject({ status: 'mise_en_location', tenantNames: [] });
    expect(byId.get(unitIds.let)).toMatchObject({
      status: 'loue',
      tenantNames: ['Mme Lina Haddad'],
      leaseStartDate: '2023-09-01',
    });
    // The lease ended: the unit is vacant again, whatever its history.
    expect(byId.get(unitIds.formerlyLet)).toMatchObject({ status: 'vacant', tenantNames: [] });
  });

  it('gives a tenant the unit of the running lease only, with rent and charges in cents', async () => {
    const body = (await get(tenant.reference, '/api/properties')).json();
    expect(body.rented).toEqual([
      expect.objectContaining({
        id: unitIds.let,
        monthlyRentCents: 125_000,
        monthlyChargesCents: 8_000,
        leaseStartDate: '2023-09-01',
        agencyName: 'Cabinet Alpha',
      }),
    ]);
    expect(body.managed).toEqual([]);
    expect((await get(tenant.reference, `/api/properties/units/${unitIds.formerlyLet}`)).statusCode).toBe(404);
  });

  it('details an owned lot: summary, lots in the condominium, manager, agency and council without contact details', async () => {
    const response = await get(coOwner.reference, `/api/properties/lots/${ownedLotIds[0]}`);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.lot).toMatchObject({ id: ownedLotIds[0], number: '101' });
    expect(body.buildingAddress).toMatchObject({ addressLine1: '100 avenue Anatole France' });
    expect(body.ownerLots.map((lot: { id: string }) => lot.id)).toEqual(ownedLotIds);
    expect(body.manager).toEqual({ name: 'Claire Martin', email: staffEmail, phone: '01 48 90 12 35' });
    expect(body.agency).toMatchObject({ id: agencyId, name: 'Cabinet Alpha', phone: '01 23 45 67 89' });
    expect(body.council).toEqual([{ displayName: 'Mme Sophie Bernard', role: 'president' }]);
    expect(JSON.stringify(body)).not.toContain('06 11 22 33 44');
  });

  it('details a unit for its landlord and for its tenant', async () => {
    const forLandlord = (await get(landlord.reference, `/api/properties/units/${unitIds.let}`)).json();
    expect(forLandlord.unit).toMatchObject({ relation: 'landlord', status: 'loue', tenantNames: ['Mme Lina Haddad'] });
    expect(forLandlord.manager).toMatchObject({ name: 'Claire Martin' });
    expect(forLandlord.council).toEqual([]);
    const forTenant = (await get(tenant.reference, `/api/properties/units/${unitIds.let}`)).json();
    expect(forTenant.unit).toMatchObject({ relation: 'tenant', status: null, monthlyRentCents: 125_000 });
    expect(forTenant.agency).toMatchObject({ name: 'Cabinet Alpha' });
  });

  it("answers 404 for a lot sold, a neighbour's lot, another agency's lot or unit, and a unit not theirs", async () => {
    const attempts: [string, string][] = [
      [coOwner.reference, `/api/properties/lots/${soldLotId}`],
      [coOwner.reference, `/api/properties/lots/${neighbourLotId}`],
      [coOwner.reference, `/api/properties/lots/${foreign.lotId}`],
      [coOwner.reference, `/api/properties/units/${unitIds.let}`],
      [landlord.reference, `/api/properties/units/${foreign.unitId}`],
      [landlord.reference, `/api/properties/lots/${ownedLotIds[0]}`],
      [tenant.reference, `/api/properties/units/${unitIds.vacant}`],
      [tenant.reference, `/api/properties/units/${foreign.unitId}`],
    ];
    for (const [identifier, url] of attempts) {
      const response = await get(identifier, url);
      expect(response.statusCode, url).toBe(404);
      expect(response.json().code).toBe('NOT_FOUND');
    }
  });

  it('answers 400 for an id that is not a uuid, never 500', async () => {
    for (const url of ['/api/properties/lots/101', '/api/properties/units/%27%3B--']) {
      const response = await get(coOwner.reference, url);
      expect(response.statusCode, url).toBe(400);
    }
  });

  it('answers 404 to staff on these client routes', async () => {
    for (const url of ['/api/properties', `/api/properties/lots/${ownedLotIds[0]}`, `/api/properties/units/${unitIds.let}`]) {
      expect((await get(staffEmail, url)).statusCode, url).toBe(404);
    }
  });
});
