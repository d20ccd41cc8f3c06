import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { factories } from '../../../../test/support/factories.ts';
import { profileFactories } from '../../../../test/support/profile-factories.ts';
import { type CallAs, callAs } from '../../../../test/support/sessions.ts';
import { parisDate } from '../../../domain/calendar.ts';
import { documents } from '../../db/schema/index.ts';
import { sameDayLastYear } from './contracts.service.ts';

const daysFromToday = (days: number) => parisDate(new Date(Date.now() + days * 86_400_000));

describe('Contrats: GET /api/properties/lots/:lotId/contracts and /units/:unitId/contracts', () => {
  let t: TestApp;
  let owner: { reference: string };
  let landlord: { reference: string };
  let tenant: { reference: string };
  let staffEmail: string;
  let lotId: string;
  let neighbourLotId: string;
  let unitInCondominium: string;
  let unitOutside: string;
  let foreignLotId: string;
  let documentId: string;
  const ids: Record<'insurance' | 'cleaning' | 'oldLift' | 'future' | 'withdrawnDoc' | 'foreign', string> = {
    insurance: '',
    cleaning: '',
    oldLift: '',
    future: '',
    withdrawnDoc: '',
    foreign: '',
  };

  let call: CallAs;
  const get = (identifier: string, url: string) => call(identifier, 'GET', url);

  beforeAll(async () => {
    t = await createTestApp();
    call = callAs(t.app);
    const make = factories(t.database.db);
    const profile = profileFactories(t.database.db);
    const agency = await make.agency({ kind: 'mixed' });
    staffEmail = (await make.staffMember(agency.id)).email;
    const { condominium, lots } = await make.condominium(agency.id, 3);
    lotId = lots[0]?.id ?? '';
    neighbourLotId = lots[1]?.id ?? '';
    const coOwner = await make.client(agency.id);
    await make.ownership(coOwner.person.id, lotId);
    owner = coOwner;
    await make.ownership((await make.client(agency.id)).person.id, neighbourLotId);

    const gerasco = await make.client(agency.id, { civility: 'SOCIETE', companyName: 'GERASCO' });
    const { units } = await make.mandate(agency.id, gerasco.person.id, [{ lotId: lots[2]?.id }, {}]);
    [unitInCondominium, unitOutside] = units.map((unit) => unit.id) as [string, string];
    landlord = gerasco;
    const renter = await make.client(agency.id);
    await make.lease(unitInCondominium, [renter.person.id]);
    tenant = renter;

    const document = {
      agencyId: agency.id,
      folder: 'contrats' as const,
      kind: 'Contrat',
      year: 2025,
      scope: 'condominium' as const,
    };
    const [published, withdrawn] = await t.database.db
      .insert(documents)
      .values([
        { ...document, title: 'Contrat d’assurance', condominiumId: condominium.id },
        { ...document, title: 'Ancien contrat', condominiumId: condominium.id, withdrawnAt: new Date() },
      ])
      .returning();
    documentId = published?.id ?? '';

    ids.insurance = (
      await profile.contract(condominium.id, {
        kind: 'assurance',
        title: 'Multirisque immeuble',
        supplierName: 'Assurances du Val',
        startDate: '2021-01-01',
        endDate: null,
        yearlyAmountCents: 412_356,
        documentId,
      })
    ).id;
    ids.cleaning = (
      await profile.contract(condominium.id, {
        kind: 'nettoyage',
        title: 'Nettoyage des parties communes',
        supplierName: 'Net’Immo',
        supplierPhone: null,
        supplierEmail: null,
        contractNumber: null,
        startDate: '2020-01-01',
        endDate: daysFromToday(-90),
      })
    ).id;
    ids.oldLift = (await profile.contract(condominium.id, { startDate: '2018-01-01', endDate: daysFromToday(-400) })).id;
    ids.future = (await profile.contract(condominium.id, { kind: 'chauffage', startDate: daysFromToday(30) })).id;
    ids.withdrawnDoc = (
      await profile.contract(condominium.id, { kind: 'espaces_verts', title: 'Jardins', documentId: withdrawn?.id ?? null })
    ).id;

    const other = await make.agency();
    const elsewhere = await make.condominium(other.id, 1);
    foreignLotId = elsewhere.lots[0]?.id ?? '';
    ids.foreign = (await profile.contract(elsewhere.condominium.id, { title: 'Contrat étranger' })).id;
  });
  afterAll(() => t.close());

  it("lists the condominium's contracts in force and those ended within a year, running ones first", async () => {
    const response = await get(owner.reference, `/api/properties/lots/${lotId}/contracts`);
    expect(response.statusCode).toBe(200);
    const { contracts } = response.json();
    expect(contracts.map((contract: { id: string }) => contract.id)).toEqual([ids.insurance, ids.withdrawnDoc, ids.cleaning]);
    expect(contracts[0]).toEqual({
      id: ids.insurance,
      kind: 'assurance',
      kindLabel: 'Assurance multirisque immeuble',
      title: 'Multirisque immeuble',
      supplier: { name: 'Assurances du Val', phone: '01 43 99 12 34', email: 'contact@ascenseurs-durand.example' },
      contractNumber: 'ASC-2024-118',
      startDate: '2021-01-01',
      endDate: null,
      tacitRenewal: true,
      status: 'en_cours',
      yearlyAmountCents: 412_356,
      documentId,
    });
    expect(contracts[2]).toMatchObject({
      kindLabel: 'Nettoyage',
      supplier: { name: 'Net’Immo', phone: null, email: null },
      endDate: daysFromToday(-90),
      tacitRenewal: false,
      status: 'termine',
    });
    // A withdrawn document is no longer offered as the contract's copy.
    expect(contracts[1]).toMatchObject({ kindLabel: 'Espaces verts', documentId: null });
    expect(response.body).not.toContain(ids.oldLift);
    expect(response.body).not.toContain(ids.future);
    expect(response.body).not.toContain(ids.foreign);
  });

  it('gives a landlord the contracts of the condominium their unit belongs to, and none for a unit outside one', async () => {
    const inside = await get(landlord.reference, `/api/properties/units/${unitInCondominium}/contracts`);
    expect(inside.statusCode).toBe(200);
    expect(inside.json().contracts.map((contract: { id: string }) => contract.id)).toEqual([
      ids.insurance,
      ids.withdrawnDoc,
      ids.cleaning,
    ]);
    const outside = await get(landlord.reference, `/api/properties/units/${unitOutside}/contracts`);
    expect(outside.json()).toEqual({ contracts: [] });
  });

  it("answers 404 to a tenant, for a neighbour's or another agency's lot, and to staff", async () => {
    const attempts: [string, string][] = [
      [tenant.reference, `/api/properties/units/${unitInCondominium}/contracts`],
      [owner.reference, `/api/properties/lots/${neighbourLotId}/contracts`],
      [owner.reference, `/api/properties/lots/${foreignLotId}/contracts`],
      [owner.reference, `/api/properties/units/${unitInCondominium}/contracts`],
      [landlord.reference, `/api/properties/lots/${lotId}/contracts`],
      [staffEmail, `/api/properties/lots/${lotId}/contracts`],
    ];
    for (const [identifier, url] of attempts) {
      const response = await get(identifier, url);
      expect(response.statusCode, `${identifier} ${url}`).toBe(404);
      expect(response.json().code).toBe('NOT_FOUND');
    }
    expect((await get(owner.reference, '/api/properties/lots/101/contracts')).statusCode).toBe(400);
    expect((await t.app.inject({ method: 'GET', url: `/api/properties/lots/${lotId}/contracts` })).statusCode).toBe(401);
  });

  it('counts "within a year" back to the same calendar day', () => {
    expect(sameDayLastYear('2026-11-22')).toBe('2025-11-22');
    expect(sameDayLastYear('2028-02-29')).toBe('2027-03-01');
  });
});
