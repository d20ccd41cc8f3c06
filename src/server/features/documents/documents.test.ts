import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { documentFactories } from '../../../../test/support/document-factories.ts';
import { factories } from '../../../../test/support/factories.ts';
import { sessions } from '../../../../test/support/sessions.ts';
import { auditEvents, documentDownloads } from '../../db/schema/index.ts';
import { storageFromConfig } from '../../platform/storage/storage-from-config.ts';

/**
 * Who reads what, through the API. One condominium of two buildings (A: lots 101, 102; B: lot 103, 104), with
 * an owner in each building, a landlord and a tenant on lot 102, a council member; a condominium elsewhere in
 * the agency and another agency, whose people must get 404 for everything here.
 */
describe('documents: what a person may read (GET /api/documents…)', () => {
  let t: TestApp;
  let cookieOf: (identifier: string) => Promise<string>;
  const people: Record<'ownerA' | 'ownerB' | 'landlord' | 'tenant' | 'councillor' | 'elsewhere' | 'foreign' | 'former', string> =
    {
      ownerA: '',
      ownerB: '',
      landlord: '',
      tenant: '',
      councillor: '',
      elsewhere: '',
      foreign: '',
      former: '',
    };
  let staffEmail: string;
  const ids: Record<string, string> = {};
  const lotIds: Record<string, string> = {};
  let tenantUnitId: string;
  let comptabiliteBytes: Buffer;

  beforeAll(async () => {
    t = await createTestApp();
    const make = factories(t.database.db);
    const docs = documentFactories(t.database.db, storageFromConfig(t.config));
    cookieOf = sessions(t.app);
    const agency = await make.agency({ kind: 'mixed' });
    staffEmail = (await make.staffMember(agency.id)).email;
    const { condominium } = await make.condominium(agency.id, 0);
    const buildingA = await docs.building(condominium.id, 'Bâtiment A');
    const buildingB = await docs.building(condominium.id, 'Bâtiment B');
    for (const [number, building] of [
      ['101', buildingA],
      ['102', buildingA],
      ['103', buildingB],
      ['104', buildingB],
    ] as const) {
      lotIds[number] = (await docs.lot(condominium.id, number, building.id)).id;
    }
    const lot = (number: string) => lotIds[number] ?? '';

    const client = async (key: keyof typeof people, agencyId = agency.id) => {
      const made = await make.client(agencyId, { lastName: key });
      people[key] = made.reference;
      return made.person.id;
    };
    const ownerA = await client('ownerA');
    await make.ownership(ownerA, lot('101'));
    const ownerB = await client('ownerB');
    await make.ownership(ownerB, lot('103'));
    const landlord = await client('landlord');
    const { units } = await make.mandate(agency.id, landlord, [{ lotId: lot('102') }]);
    tenantUnitId = units[0]?.id ?? '';
    const tenant = await client('tenant');
    await make.lease(tenantUnitId, [tenant]);
    const councillor = await client('councillor');
    await make.ownership(councillor, lot('104'));
    await make.councilMembership(councillor, condominium.id);
    const former = await client('former');
    await make.ownership(former, lot('101'), { startDate: '2001-01-01', endDate: '2020-06-30' });

    const elsewhere = await client('elsewhere');
    const other = await make.condominium(agency.id, 1);
    lotIds.elsewhere = other.lots[0]?.id ?? '';
    await make.ownership(elsewhere, lot('elsewhere'));
    const foreignAgency = await make.agency();
    const foreign = await client('foreign', foreignAgency.id);
    const foreignCondominium = await make.condominium(foreignAgency.id, 1);
    await make.ownership(foreign, foreignCondominium.lots[0]?.id ?? '');

    const shared = { agencyId: agency.id, condominiumId: condominium.id };
    const add = async (key: string, values: Parameters<typeof docs.document>[0]) => {
      const made = await docs.document(values);
      ids[key] = made.id;
      return made;
    };
    await add('rules', { ...shared, scope: 'condominium', folder: 'reglement', title: 'Règlement de copropriété' });
    comptabiliteBytes = (
      await add('accounts', {
        ...shared,
        scope: 'condominium',
        folder: 'comptabilite',
        title: 'Comptes 2025',
        fileName: 'Annexes comptables 2025 – exercice clos.pdf',
      })
    ).bytes;
    await add('diagnosticA', {
      ...shared,
      scope: 'building',
      buildingId: buildingA.id,
      folder: 'diagnostics',
      title: 'DTA bâtiment A',
    });
    await add('minutesB', {
      ...shared,
      scope: 'building',
      buildingId: buildingB.id,
      folder: 'assemblees',
      title: 'PV bâtiment B',
    });
    await add('call101', { ...shared, scope: 'lot', lotId: lot('101'), folder: 'appels_de_fonds', title: 'Appel lot 101' });
    await add('council', { ...shared, scope: 'council', folder: 'conseil_syndical', title: 'Relevés bancaires' });
    await add('personalA', {
      agencyId: agency.id,
      scope: 'person',
      personId: ownerA,
      lotId: lot('101'),
      folder: 'personnel',
      title: 'Courrier à M. ownerA',
    });
    await add('lease', {
      agencyId: agency.id,
      scope: 'person',
      personId: tenant,
      managedUnitId: tenantUnitId,
      folder: 'bail',
      title: 'Bail',
    });
    await add('withdrawn', { ...shared, scope: 'condominium', folder: 'vie_immeuble', title: 'Retiré', withdrawnAt: new Date() });
    await add('otherCondominium', {
      agencyId: agency.id,
      condominiumId: other.condominium.id,
      scope: 'condominium',
      folder: 'reglement',
      title: 'Ailleurs',
    });
  });
  afterAll(() => t.close());

  const get = async (who: keyof typeof people | string, url: string) =>
    t.app.inject({ method: 'GET', url, headers: { cookie: await cookieOf(people[who as keyof typeof people] ?? who) } });
  const titlesOf = async (who: keyof typeof people, query = '') => {
    const response = await get(who, `/api/documents${query}`);
    expect(response.statusCode).toBe(200);
    return (response.json().items as { title: string }[]).map((item) => item.title).sort();
  };
  const deniedEvents = async (targetId: string) =>
    t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'document.access_denied'), eq(auditEvents.targetId, targetId)));

  it('needs a client session: 401 without one, 404 for staff', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/documents' })).statusCode).toBe(401);
    expect((await get(staffEmail, '/api/documents')).statusCode).toBe(404);
    expect((await get(staffEmail, `/api/documents/${ids.rules}`)).statusCode).toBe(404);
  });

  it('gives an owner the documents of their condominium, building and lot, and their own — nothing of the other building', async () => {
    expect(await titlesOf('ownerA')).toEqual(
      ['Appel lot 101', 'Comptes 2025', 'Courrier à M. ownerA', 'DTA bâtiment A', 'Règlement de copropriété'].sort(),
    );
    expect(await titlesOf('ownerB')).toEqual(['Comptes 2025', 'PV bâtiment B', 'Règlement de copropriété'].sort());
  });

  it('gives a tenant the rules and the building’s diagnostics, never the accounts — and 404 on their exact URL, logged', async () => {
    expect(await titlesOf('tenant')).toEqual(['Bail', 'DTA bâtiment A', 'Règlement de copropriété'].sort());
    const list = (await get('tenant', '/api/documents')).json();
    expect(list.facets.folders.map((entry: { folder: string }) => entry.folder)).toEqual(['reglement', 'diagnostics', 'bail']);

    for (const url of [`/api/documents/${ids.accounts}/file`, `/api/documents/${ids.accounts}`]) {
      const response = await get('tenant', url);
      expect(response.statusCode).toBe(404);
      expect(response.json().code).toBe('NOT_FOUND');
      expect(response.body).not.toContain('Comptes');
    }
    const events = await deniedEvents(ids.accounts ?? '');
    expect(events).toHaveLength(2);
    expect(events[0]).toMatchObject({ targetType: 'document', details: expect.objectContaining({ asked: expect.any(String) }) });
  });

  it('treats a landlord like an owner for the lots of their units, every folder', async () => {
    expect(await titlesOf('landlord')).toEqual(['Comptes 2025', 'DTA bâtiment A', 'Règlement de copropriété'].sort());
  });

  it('shows council documents to the council only', async () => {
    expect(await titlesOf('councillor')).toContain('Relevés bancaires');
    for (const who of ['ownerA', 'ownerB', 'tenant', 'landlord'] as const) {
      expect(await titlesOf(who)).not.toContain('Relevés bancaires');
      expect((await get(who, `/api/documents/${ids.council}/file`)).statusCode).toBe(404);
    }
  });

  it('shows a person document to its addressee only', async () => {
    expect((await get('ownerA', `/api/documents/${ids.personalA}`)).statusCode).toBe(200);
    for (const who of ['ownerB', 'tenant', 'councillor', 'foreign'] as const) {
      expect((await get(who, `/api/documents/${ids.personalA}`)).statusCode).toBe(404);
      expect((await get(who, `/api/documents/${ids.personalA}/file`)).statusCode).toBe(404);
    }
  });

  it('hides a withdrawn document from everyone, and anything from people whose ownership ended', async () => {
    for (const who of ['ownerA', 'ownerB', 'tenant', 'landlord', 'councillor'] as const) {
      expect(await titlesOf(who)).not.toContain('Retiré');
      expect((await get(who, `/api/documents/${ids.withdrawn}/file`)).statusCode).toBe(404);
    }
    expect(await titlesOf('former')).toEqual([]);
  });

  it('answers 404 to people of another condominium or agency, on list by lot, detail and file, and to ids that are not even ids', async () => {
    for (const who of ['elsewhere', 'foreign'] as const) {
      expect((await get(who, `/api/documents?lotId=${lotIds['101']}`)).statusCode).toBe(404);
      expect((await get(who, `/api/documents?unitId=${tenantUnitId}`)).statusCode).toBe(404);
      for (const key of ['rules', 'accounts', 'diagnosticA', 'call101']) {
        expect((await get(who, `/api/documents/${ids[key]}`)).statusCode).toBe(404);
        expect((await get(who, `/api/documents/${ids[key]}/file?disposition=inline`)).statusCode).toBe(404);
      }
    }
    expect(await titlesOf('elsewhere')).toEqual(['Ailleurs']);
    expect(await titlesOf('foreign')).toEqual([]);
    expect((await get('ownerA', `/api/documents?lotId=${lotIds['103']}`)).statusCode).toBe(404);
    expect((await deniedEvents(lotIds['103'] ?? '')).map((event) => event.targetType)).toEqual(['lot']);

    const malformed = await get('ownerA', '/api/documents/pas-un-identifiant/file');
    expect(malformed.statusCode).toBe(404);
    expect(await deniedEvents('pas-un-identifiant')).toHaveLength(1);
  });

  it('lists a lot’s documents on its Documents tab: its condominium, its building, itself, and the person’s own about it', async () => {
    expect(await titlesOf('ownerA', `?lotId=${lotIds['101']}`)).toEqual(
      ['Appel lot 101', 'Comptes 2025', 'Courrier à M. ownerA', 'DTA bâtiment A', 'Règlement de copropriété'].sort(),
    );
    // The tenant's unit is lot 102: the lease, and what a tenant reads of that lot's condominium and building.
    expect(await titlesOf('tenant', `?unitId=${tenantUnitId}`)).toEqual(
      ['Bail', 'DTA bâtiment A', 'Règlement de copropriété'].sort(),
    );
    expect(await titlesOf('landlord', `?unitId=${tenantUnitId}`)).toEqual(
      ['Comptes 2025', 'DTA bâtiment A', 'Règlement de copropriété'].sort(),
    );
  });

  it('describes each document as the page shows it, and filters by folder, year and kind', async () => {
    const response = await get('ownerA', `/api/documents/${ids.diagnosticA}`);
    expect(response.json()).toMatchObject({
      id: ids.diagnosticA,
      title: 'DTA bâtiment A',
      folder: 'diagnostics',
      folderLabel: 'Diagnostics',
      scope: 'building',
      scopeLabel: 'Bâtiment A',
      file: { contentType: 'application/pdf', pageCount: 1, originalName: 'DTA bâtiment A.pdf' },
      versionNumber: 1,
      snippet: null,
      previewUrl: `/api/documents/${ids.diagnosticA}/file?disposition=inline`,
      downloadUrl: `/api/documents/${ids.diagnosticA}/file`,
    });
    expect((await get('ownerA', `/api/documents/${ids.call101}`)).json().scopeLabel).toBe('Lot 101');
    expect(await titlesOf('ownerA', '?folder=comptabilite')).toEqual(['Comptes 2025']);
    expect(await titlesOf('ownerA', '?year=2024')).toEqual([]);
    expect((await titlesOf('ownerA', '?kind=Divers')).length).toBe(5);
    const paged = (await get('ownerA', '/api/documents?pageSize=2&page=3')).json();
    expect(paged).toMatchObject({ total: 5, page: 3, pageSize: 2 });
    expect(paged.items).toHaveLength(1);
  });

  it('serves the file with its type, French name, nosniff and no caching, and records the download', async () => {
    const response = await get('ownerA', `/api/documents/${ids.accounts}/file`);
    expect(response.statusCode).toBe(200);
    expect(response.rawPayload.equals(comptabiliteBytes)).toBe(true);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-length']).toBe(String(comptabiliteBytes.length));
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="Annexes comptables 2025 ? exercice clos.pdf"; filename*=UTF-8\'\'Annexes%20comptables%202025%20%E2%80%93%20exercice%20clos.pdf',
    );
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['cache-control']).toBe('private, no-store');

    const preview = await get('ownerA', `/api/documents/${ids.accounts}/file?disposition=inline`);
    expect(preview.headers['content-disposition']).toMatch(/^inline; /);
    expect(preview.headers['content-security-policy']).toContain("frame-ancestors 'self'");
    expect(preview.headers['content-security-policy']).toContain("default-src 'none'");
    expect(preview.headers['x-frame-options']).toBe('SAMEORIGIN');

    // A HEAD request would be answered without the bytes yet counted as a download: there is none.
    const head = await t.app.inject({
      method: 'HEAD',
      url: `/api/documents/${ids.accounts}/file`,
      headers: { cookie: await cookieOf(people.ownerA) },
    });
    expect(head.statusCode).toBe(404);

    const downloads = await t.database.db
      .select()
      .from(documentDownloads)
      .where(eq(documentDownloads.documentId, ids.accounts ?? ''));
    expect(downloads.map((row) => row.disposition).sort()).toEqual(['download', 'preview']);
    expect(downloads[0]?.ipAddress).toBeTruthy();
  });
});
