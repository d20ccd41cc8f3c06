import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { factories } from '../../../../test/support/factories.ts';
import { profileFactories } from '../../../../test/support/profile-factories.ts';
import { type CallAs, callAs } from '../../../../test/support/sessions.ts';

describe("Contacts: the co-owners' contact details for the council", () => {
  let t: TestApp;
  const lotIds: string[] = [];
  let councillor: { reference: string };
  let formerCouncillor: { reference: string };
  let neighbour: { reference: string };
  let outsider: { reference: string };
  let tenant: { reference: string };
  let unitId: string;
  let sharingEmail: string | null;

  let call: CallAs;
  const get = (identifier: string, url: string) => call(identifier, 'GET', url);

  beforeAll(async () => {
    t = await createTestApp();
    call = callAs(t.app);
    const make = factories(t.database.db);
    const profile = profileFactories(t.database.db);
    const agency = await make.agency({ kind: 'mixed' });
    const { condominium, lots } = await make.condominium(agency.id, 6);
    lotIds.push(...lots.map((lot) => lot.id));
    const lot = (index: number) => lotIds[index] ?? '';

    const president = await make.client(agency.id, { civility: 'MME', firstName: 'Sophie', lastName: 'Bernard' });
    await make.ownership(president.person.id, lot(0));
    await make.councilMembership(president.person.id, condominium.id, { role: 'president' });
    councillor = president;

    const sharing = await make.client(agency.id, {
      civility: 'M',
      firstName: 'Karim',
      lastName: 'Haddad',
      mobilePhone: '06 12 34 56 78',
    });
    sharingEmail = sharing.email;
    await profile.personDetails(sharing.person.id, {
      landlinePhone: '01 43 99 12 34',
      councilContactConsentAt: new Date('2026-01-10T10:00:00Z'),
    });
    await make.ownership(sharing.person.id, lot(1));
    await make.ownership(sharing.person.id, lot(5));

    const private_ = await make.client(agency.id, {
      civility: 'MME',
      firstName: 'Léa',
      lastName: 'Nguyen',
      mobilePhone: '07 98 76 54 32',
    });
    await make.ownership(private_.person.id, lot(2));
    neighbour = private_;

    const former = await make.client(agency.id, { lastName: 'Ancien' });
    await make.ownership(former.person.id, lot(3));
    await make.councilMembership(former.person.id, condominium.id, { endDate: '2024-06-30' });
    formerCouncillor = former;

    // A councillor elsewhere owns a lot here: their seat is in the other condominium only.
    const elsewhere = await make.condominium(agency.id, 1);
    const other = await make.client(agency.id, { lastName: 'Dailleurs' });
    await make.ownership(other.person.id, lot(4));
    await make.councilMembership(other.person.id, elsewhere.condominium.id);
    outsider = other;

    const landlord = await make.client(agency.id, { lastName: 'Bailleur' });
    const { units } = await make.mandate(agency.id, landlord.person.id, [{ lotId: lot(1) }]);
    unitId = units[0]?.id ?? '';
    const renter = await make.client(agency.id, { lastName: 'Locataire' });
    await make.lease(unitId, [renter.person.id]);
    tenant = renter;
  });
  afterAll(() => t.close());

  it('gives a council member every co-owner by name and lots, with phone and email only for those who agreed', async () => {
    const response = await get(councillor.reference, `/api/properties/lots/${lotIds[0]}`);
    expect(response.statusCode).toBe(200);
    const { coOwners } = response.json();
    expect(coOwners.map((owner: { displayName: string }) => owner.displayName)).toEqual([
      'M. Jean Ancien',
      'Mme Sophie Bernard',
      'M. Jean Dailleurs',
      'M. Karim Haddad',
      'Mme Léa Nguyen',
    ]);
    const byName = new Map(coOwners.map((owner: { displayName: string }) => [owner.displayName, owner]));
    expect(byName.get('M. Karim Haddad')).toEqual({
      displayName: 'M. Karim Haddad',
      lots: ['102', '106'],
      sharesContact: true,
      email: sharingEmail,
      mobilePhone: '06 12 34 56 78',
      landlinePhone: '01 43 99 12 34',
    });
    expect(byName.get('Mme Léa Nguyen')).toEqual({
      displayName: 'Mme Léa Nguyen',
      lots: ['103'],
      sharesContact: false,
      email: null,
      mobilePhone: null,
      landlinePhone: null,
    });
    expect(response.body).not.toContain('07 98 76 54 32');
  });

  it('gives no co-owner list to a plain co-owner, a former councillor, a councillor of another condominium, or a tenant', async () => {
    const views: [string, string][] = [
      [neighbour.reference, `/api/properties/lots/${lotIds[2]}`],
      [formerCouncillor.reference, `/api/properties/lots/${lotIds[3]}`],
      [outsider.reference, `/api/properties/lots/${lotIds[4]}`],
      [tenant.reference, `/api/properties/units/${unitId}`],
    ];
    for (const [identifier, url] of views) {
      const response = await get(identifier, url);
      expect(response.statusCode, url).toBe(200);
      expect(response.json(), url).not.toHaveProperty('coOwners');
      expect(response.body, url).not.toContain('06 12 34 56 78');
    }
  });
});
