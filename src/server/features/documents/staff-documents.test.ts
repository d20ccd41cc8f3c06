import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { documentFactories, pdfWithText, publishForm } from '../../../../test/support/document-factories.ts';
import { factories } from '../../../../test/support/factories.ts';
import { TINY_PNG } from '../../../../test/support/proof-files.ts';
import { sessions } from '../../../../test/support/sessions.ts';
import { auditEvents, documents, managedUnits, notifications, storedFiles } from '../../db/schema/index.ts';

/**
 * Publishing, as the agency does it: one or many files to a target of its own, one notification per person
 * concerned, and refusals that leave nothing behind.
 */
describe('documents: publishing (POST /api/staff/documents) and the agency’s routes', () => {
  let t: TestApp;
  let cookieOf: (identifier: string) => Promise<string>;
  let staffEmail: string;
  let foreignStaffEmail: string;
  const person: Record<'ownerA' | 'ownerB' | 'landlord' | 'tenant' | 'foreign', { id: string; reference: string }> = {} as never;
  let condominiumId: string;
  let buildingA: string;
  let lot101: string;
  let foreignCondominiumId: string;
  let foreignDocumentId: string;
  let unitId: string;

  beforeAll(async () => {
    t = await createTestApp();
    const make = factories(t.database.db);
    const { storageFromConfig } = await import('../../platform/storage/storage-from-config.ts');
    const docs = documentFactories(t.database.db, storageFromConfig(t.config));
    cookieOf = sessions(t.app);
    const agency = await make.agency({ kind: 'mixed' });
    staffEmail = (await make.staffMember(agency.id, { firstName: 'Claire', lastName: 'Martin' })).email;
    const { condominium } = await make.condominium(agency.id, 0);
    condominiumId = condominium.id;
    buildingA = (await docs.building(condominiumId, 'Bâtiment A')).id;
    const buildingB = (await docs.building(condominiumId, 'Bâtiment B')).id;
    lot101 = (await docs.lot(condominiumId, '101', buildingA)).id;
    const lot102 = (await docs.lot(condominiumId, '102', buildingA)).id;
    const lot103 = (await docs.lot(condominiumId, '103', buildingB)).id;
    const client = async (key: keyof typeof person, agencyId = agency.id) => {
      const made = await make.client(agencyId, { lastName: key });
      person[key] = { id: made.person.id, reference: made.reference };
      return made.person.id;
    };
    await make.ownership(await client('ownerA'), lot101);
    await make.ownership(await client('ownerB'), lot103);
    const { units } = await make.mandate(agency.id, await client('landlord'), 1);
    unitId = units[0]?.id ?? '';
    await t.database.db.update(managedUnits).set({ lotId: lot102 }).where(eq(managedUnits.id, unitId));
    await make.lease(unitId, [await client('tenant')]);

    const foreignAgency = await make.agency();
    foreignStaffEmail = (await make.staffMember(foreignAgency.id)).email;
    const foreign = await make.condominium(foreignAgency.id, 1);
    foreignCondominiumId = foreign.condominium.id;
    await make.ownership(await client('foreign', foreignAgency.id), foreign.lots[0]?.id ?? '');
    foreignDocumentId = (
      await docs.document({
        agencyId: foreignAgency.id,
        condominiumId: foreignCondominiumId,
        scope: 'condominium',
        folder: 'reglement',
      })
    ).id;
  });
  afterAll(() => t.close());

  const as = async (who: string) => ({ cookie: await cookieOf(who) });
  const publish = async (fields: Record<string, string>, files: { name: string; bytes: Buffer }[], who = staffEmail) =>
    t.app.inject({ method: 'POST', url: '/api/staff/documents', payload: publishForm(fields, files), headers: await as(who) });
  const notificationsOf = (personId: string) =>
    t.database.db.select().from(notifications).where(eq(notifications.personId, personId)).orderBy(notifications.createdAt);
  const storedObjects = () => readdir(path.join(t.config.dataDir, 'files', 'documents')).catch(() => [] as string[]);
  const minutes = (year: string) => ({
    folder: 'assemblees',
    kind: 'Procès-verbal',
    year,
    scope: 'building',
    buildingId: buildingA,
  });

  it('publishes three PDFs at once: three documents, ONE notification per person concerned, none elsewhere', async () => {
    const files = await Promise.all(
      ['PV_AG-2023.pdf', 'PV_AG-2024.pdf', 'PV_AG-2025.pdf'].map(async (name) => ({ name, bytes: await pdfWithText(name) })),
    );
    const response = await publish(minutes('2025'), files);
    expect(response.statusCode).toBe(201);
    const created = response.json().documents;
    expect(created.map((document: { title: string }) => document.title)).toEqual(['PV AG 2023', 'PV AG 2024', 'PV AG 2025']);
    expect(created[0]).toMatchObject({
      folder: 'assemblees',
      folderLabel: 'Assemblées générales',
      kind: 'Procès-verbal',
      year: 2025,
      scope: 'building',
      scopeLabel: 'Bâtiment A',
      publishedBy: 'Claire Martin',
      versionNumber: 1,
      versionCount: 1,
      downloadCount: 0,
      withdrawnAt: null,
      file: { contentType: 'application/pdf', pageCount: 1, originalName: 'PV_AG-2023.pdf' },
    });

    // The owner of a lot of building A, and the landlord of one, are told once for the three.
    for (const who of [person.ownerA, person.landlord]) {
      const received = await notificationsOf(who.id);
      expect(received).toHaveLength(1);
      expect(received[0]).toMatchObject({
        kind: 'document',
        title: '3 nouveaux documents',
        link: '/documents',
        documentId: null,
      });
      expect(received[0]?.body).toBe('PV AG 2023 ; PV AG 2024 ; PV AG 2025');
    }
    // Minutes are the owners': not the tenant of building A; nobody of building B or another agency.
    for (const who of [person.tenant, person.ownerB, person.foreign]) expect(await notificationsOf(who.id)).toHaveLength(0);

    const ids = created.map((document: { id: string }) => document.id);
    const published = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'document.published'), inArray(auditEvents.targetId, ids)));
    expect(published).toHaveLength(3);
    const seen = (
      await t.app.inject({ method: 'GET', url: '/api/documents', headers: await as(person.ownerA.reference) })
    ).json();
    const listed = seen.items.map((item: { title: string; isNew: boolean }) => `${item.title} ${item.isNew ? 'nouveau' : ''}`);
    expect(listed.sort()).toEqual(['PV AG 2023 nouveau', 'PV AG 2024 nouveau', 'PV AG 2025 nouveau']);
  });

  it('names the document in the notification when there is one, and tells tenants of what they may read', async () => {
    const response = await publish(
      {
        folder: 'vie_immeuble',
        kind: 'Note',
        year: '2026',
        scope: 'building',
        buildingId: buildingA,
        title: 'Coupure d’eau le 3 mars',
      },
      [{ name: 'note.png', bytes: TINY_PNG }],
    );
    expect(response.statusCode).toBe(201);
    const [document] = response.json().documents;
    expect(document).toMatchObject({ title: 'Coupure d’eau le 3 mars', file: { contentType: 'image/png', pageCount: null } });
    const [told] = await notificationsOf(person.tenant.id);
    expect(told).toMatchObject({
      title: 'Nouveau document : Coupure d’eau le 3 mars',
      link: `/documents?document=${document.id}`,
      documentId: document.id,
    });
    expect(await notificationsOf(person.ownerB.id)).toHaveLength(0);

    const quiet = await publish({ ...minutes('2022'), notify: 'false' }, [
      { name: 'PV 2022.pdf', bytes: await pdfWithText('PV') },
    ]);
    expect(quiet.statusCode).toBe(201);
    expect(await notificationsOf(person.ownerA.id)).toHaveLength(2);
  });

  it('refuses a file that is not what its name says (422, in French), keeping nothing of the whole batch', async () => {
    const before = { files: (await t.database.db.select().from(storedFiles)).length, objects: await storedObjects() };
    const documentsBefore = (await t.database.db.select().from(documents)).length;
    const response = await publish(minutes('2025'), [
      { name: 'bon.pdf', bytes: await pdfWithText('Bon') },
      { name: 'faux.pdf', bytes: Buffer.from('Ceci est un simple texte, pas un PDF.\n'.repeat(20)) },
    ]);
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({
      code: 'DOCUMENT_FILE_REJECTED',
      message: "Le fichier « faux.pdf » n'est pas un PDF, JPEG ou PNG.",
    });
    expect((await t.database.db.select().from(storedFiles)).length).toBe(before.files);
    expect(await storedObjects()).toEqual(before.objects);
    expect((await t.database.db.select().from(documents)).length).toBe(documentsBefore);
  });

  it('checks the form: the target the scope needs, a title for one file only', async () => {
    const pdf = { name: 'a.pdf', bytes: await pdfWithText('A') };
    const missing = await publish({ folder: 'diagnostics', kind: 'DPE', year: '2025', scope: 'building' }, [pdf]);
    expect(missing.statusCode).toBe(400);
    expect(missing.json().details.fields).toEqual([{ field: 'buildingId', message: 'Choisissez le bâtiment.' }]);
    const titled = await publish({ ...minutes('2025'), title: 'Un titre' }, [pdf, { ...pdf, name: 'b.pdf' }]);
    expect(titled.statusCode).toBe(400);
    expect(titled.json().details.fields[0].field).toBe('title');
    const none = await publish(minutes('2025'), []);
    expect(none.json().details.fields[0].field).toBe('files');
    // Refused forms leave no object without its row.
    expect(await storedObjects()).toHaveLength((await t.database.db.select().from(storedFiles)).length);
  });

  it('refuses as 422, naming the field, a target that is not of the agency', async () => {
    const pdf = [{ name: 'a.pdf', bytes: await pdfWithText('A') }];
    const base = { folder: 'reglement', kind: 'Règlement', year: '2025' };
    const cases: [Record<string, string>, string][] = [
      [{ ...base, scope: 'condominium', condominiumId }, 'condominiumId'],
      [{ ...base, scope: 'building', buildingId: buildingA }, 'buildingId'],
      [{ ...base, scope: 'lot', lotId: lot101 }, 'lotId'],
      [{ ...base, scope: 'person', personId: person.ownerA.id }, 'personId'],
    ];
    for (const [fields, field] of cases) {
      const response = await publish(fields, pdf, foreignStaffEmail);
      expect(response.statusCode).toBe(422);
      expect(response.json().code).toBe('DOCUMENT_TARGET_INVALID');
      expect(response.json().details.fields[0].field).toBe(field);
    }
    const mismatch = await publish({ ...base, scope: 'condominium', condominiumId: foreignCondominiumId }, pdf);
    expect(mismatch.json().message).toBe('La copropriété choisie ne fait pas partie de votre agence.');
    expect(await notificationsOf(person.foreign.id)).toHaveLength(0);
  });

  it('answers 404 to staff of another agency on every route about a document, and lists only the agency’s own', async () => {
    const own = (await publish(minutes('2021'), [{ name: 'PV 2021.pdf', bytes: await pdfWithText('PV') }])).json().documents[0];
    const headers = await as(foreignStaffEmail);
    const versionForm = publishForm({}, []);
    versionForm.append('file', new Blob([new Uint8Array(await pdfWithText('v2'))]), 'v2.pdf');
    const attempts = [
      { method: 'GET' as const, url: `/api/staff/documents/${own.id}` },
      { method: 'GET' as const, url: `/api/staff/documents/${own.id}/versions/${own.fileUrl.split('/')[6]}/file` },
      { method: 'POST' as const, url: `/api/staff/documents/${own.id}/withdraw`, payload: { reason: 'Erreur de dossier' } },
      { method: 'POST' as const, url: `/api/staff/documents/${own.id}/versions`, payload: versionForm },
      { method: 'GET' as const, url: `/api/staff/documents/targets?condominiumId=${condominiumId}` },
    ];
    for (const attempt of attempts) {
      const response = await t.app.inject({ ...attempt, headers });
      expect(response.statusCode, attempt.url).toBe(404);
    }
    const list = (await t.app.inject({ method: 'GET', url: '/api/staff/documents', headers })).json();
    expect(list.items.map((item: { id: string }) => item.id)).toEqual([foreignDocumentId]);
    // And a client on the staff routes.
    const client = await as(person.ownerA.reference);
    expect((await t.app.inject({ method: 'GET', url: '/api/staff/documents', headers: client })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/api/staff/documents/${own.id}`, headers: client })).statusCode).toBe(404);
  });

  it('sends a person document to its addressee alone, about the unit it names', async () => {
    const before = await notificationsOf(person.landlord.id);
    const response = await publish(
      { folder: 'bail', kind: 'Quittance', year: '2026', scope: 'person', personId: person.tenant.id, managedUnitId: unitId },
      [{ name: 'Quittance_janvier-2026.pdf', bytes: await pdfWithText('Quittance de loyer') }],
    );
    expect(response.statusCode, response.body).toBe(201);
    const [document] = response.json().documents;
    expect(document).toMatchObject({
      title: 'Quittance janvier 2026',
      scope: 'person',
      scopeLabel: 'Personnel',
      addresseeName: 'M. Jean tenant',
    });
    expect((await notificationsOf(person.tenant.id)).at(-1)).toMatchObject({ documentId: document.id });
    expect(await notificationsOf(person.landlord.id)).toEqual(before);
    const tab = (
      await t.app.inject({ method: 'GET', url: `/api/documents?unitId=${unitId}`, headers: await as(person.tenant.reference) })
    ).json();
    expect(tab.items.map((item: { id: string }) => item.id)).toContain(document.id);
  });

  it('takes more and bigger files than the public forms: the documents route has its own limits', async () => {
    const scans = Array.from({ length: 8 }, (_, index) => ({ name: `scan-${index + 1}.png`, bytes: TINY_PNG }));
    // 12 MB: above the 10 MB of the activation proofs, within the 25 MB of documents.
    scans.push({ name: 'plan-grand-format.png', bytes: Buffer.concat([TINY_PNG, Buffer.alloc(12 * 1024 * 1024)]) });
    const response = await publish({ ...minutes('2020'), folder: 'carnet_entretien', notify: 'false' }, scans);
    expect(response.statusCode).toBe(201);
    expect(response.json().documents).toHaveLength(9);
  });

  it('offers the agency’s condominiums, and for one its buildings and lots', async () => {
    const targets = (
      await t.app.inject({
        method: 'GET',
        url: `/api/staff/documents/targets?condominiumId=${condominiumId}`,
        headers: await as(staffEmail),
      })
    ).json();
    expect(targets.condominiums.map((entry: { id: string }) => entry.id)).toEqual([condominiumId]);
    expect(targets.buildings.map((entry: { name: string }) => entry.name)).toEqual(['Bâtiment A', 'Bâtiment B']);
    expect(
      targets.lots.map((entry: { number: string; buildingName: string }) => `${entry.number} ${entry.buildingName}`),
    ).toEqual(['101 Bâtiment A', '102 Bâtiment A', '103 Bâtiment B']);
  });

  it('offers, for a client, the units they rent or entrust, and nothing for a person of another agency', async () => {
    const headers = await as(staffEmail);
    const unitsOf = async (personId: string) =>
      t.app.inject({ method: 'GET', url: `/api/staff/documents/targets?personId=${personId}`, headers });
    const tenant = (await unitsOf(person.tenant.id)).json();
    expect(tenant.units).toEqual([expect.objectContaining({ id: unitId, relation: 'tenant' })]);
    const landlord = (await unitsOf(person.landlord.id)).json();
    expect(landlord.units).toEqual([expect.objectContaining({ id: unitId, relation: 'landlord' })]);
    expect((await unitsOf(person.foreign.id)).statusCode).toBe(404);
  });
});
