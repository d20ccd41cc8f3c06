import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { documentFactories, pdfWithText, publishForm } from '../../../../test/support/document-factories.ts';
import { factories } from '../../../../test/support/factories.ts';
import { sessions } from '../../../../test/support/sessions.ts';
import { auditEvents, notifications } from '../../db/schema/index.ts';
import { storageFromConfig } from '../../platform/storage/storage-from-config.ts';

/** A document's life after publishing: found by the words of its PDF, replaced, read, withdrawn. */
describe('documents: search, versions, downloads and withdrawal', () => {
  let t: TestApp;
  let cookieOf: (identifier: string) => Promise<string>;
  let staffEmail: string;
  let owner: { id: string; reference: string };
  let condominiumId: string;

  beforeAll(async () => {
    t = await createTestApp();
    const make = factories(t.database.db);
    const docs = documentFactories(t.database.db, storageFromConfig(t.config));
    cookieOf = sessions(t.app);
    const agency = await make.agency();
    staffEmail = (await make.staffMember(agency.id, { firstName: 'Paul', lastName: 'Lemaire' })).email;
    const { condominium, lots } = await make.condominium(agency.id, 1);
    condominiumId = condominium.id;
    const made = await make.client(agency.id, { civility: 'MME', firstName: 'Sophie', lastName: 'Bernard' });
    owner = { id: made.person.id, reference: made.reference };
    await make.ownership(owner.id, lots[0]?.id ?? '');
    // Noise: a document whose words are close but not the ones searched.
    await docs.document({
      agencyId: agency.id,
      condominiumId,
      scope: 'condominium',
      folder: 'contrats',
      title: 'Contrat ascenseur',
    });
  });
  afterAll(() => t.close());

  const as = async (who: string) => ({ cookie: await cookieOf(who) });
  const ownerGet = async (url: string) => t.app.inject({ method: 'GET', url, headers: await as(owner.reference) });
  const staffGet = async (url: string) => t.app.inject({ method: 'GET', url, headers: await as(staffEmail) });
  const publishOne = async (title: string, bytes: Buffer) => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/staff/documents',
      payload: publishForm(
        { folder: 'carnet_entretien', kind: 'Note technique', year: '2025', scope: 'condominium', condominiumId, title },
        [{ name: 'note-technique.pdf', bytes }],
      ),
      headers: await as(staffEmail),
    });
    expect(response.statusCode).toBe(201);
    return response.json().documents[0] as { id: string; fileUrl: string };
  };
  const addVersion = async (documentId: string, bytes: Buffer, fields: Record<string, string> = {}) => {
    const form = publishForm(fields, []);
    form.append('file', new Blob([new Uint8Array(bytes)]), 'note-technique-corrigée.pdf');
    return t.app.inject({
      method: 'POST',
      url: `/api/staff/documents/${documentId}/versions`,
      payload: form,
      headers: await as(staffEmail),
    });
  };
  const search = async (q: string) => (await ownerGet(`/api/documents?q=${encodeURIComponent(q)}`)).json();

  it('finds a word that is only in the PDF’s text, whatever its accents or its plural', async () => {
    const pdf = await pdfWithText('Compte rendu de visite', "Les travaux d'étanchéité de la toiture commenceront en mai.");
    const { id } = await publishOne('Visite du 12 février', pdf);
    for (const q of ['etancheite', 'toitures', 'Étanchéité toiture']) {
      const found = await search(q);
      expect(
        found.items.map((item: { id: string }) => item.id),
        q,
      ).toEqual([id]);
      expect(found.total).toBe(1);
      expect(found.items[0].snippet).toMatch(/«étanchéité»|«toiture»/);
    }
    expect((await search('ascenseurs')).items.map((item: { title: string }) => item.title)).toEqual(['Contrat ascenseur']);
    expect((await search('piscine')).items).toEqual([]);
    // The staff list searches the same way.
    const staff = (await staffGet('/api/staff/documents?q=toitures')).json();
    expect(staff.items.map((item: { id: string }) => item.id)).toEqual([id]);
  });

  it('replaces a version: people get the new bytes and text, staff keep the old one in the history', async () => {
    const first = await pdfWithText('Devis de ravalement : première version');
    const second = await pdfWithText('Devis de ravalement corrigé : peinture de la façade');
    const { id, fileUrl } = await publishOne('Devis ravalement', first);

    const replaced = await addVersion(id, second, { note: 'Montant corrigé' });
    expect(replaced.statusCode).toBe(200);
    const detail = replaced.json();
    expect(detail.versionNumber).toBe(2);
    expect(detail.versionCount).toBe(2);
    expect(
      detail.versions.map((version: { versionNumber: number; note: string | null; publishedBy: string }) => [
        version.versionNumber,
        version.note,
        version.publishedBy,
      ]),
    ).toEqual([
      [2, 'Montant corrigé', 'Paul Lemaire'],
      [1, null, 'Paul Lemaire'],
    ]);

    const served = await ownerGet(`/api/documents/${id}/file`);
    expect(served.rawPayload.equals(second)).toBe(true);
    expect(served.headers['content-disposition']).toContain('note-technique-corrig');
    expect((await ownerGet(`/api/documents/${id}`)).json().versionNumber).toBe(2);
    const old = await staffGet(fileUrl);
    expect(old.statusCode).toBe(200);
    expect(old.rawPayload.equals(first)).toBe(true);
    expect((await staffGet(detail.versions[0].fileUrl)).rawPayload.equals(second)).toBe(true);

    expect((await search('façade')).items.map((item: { id: string }) => item.id)).toEqual([id]);
    expect((await search('première')).items).toEqual([]);
    // Not told again unless asked.
    const told = () =>
      t.database.db
        .select()
        .from(notifications)
        .where(and(eq(notifications.personId, owner.id), eq(notifications.documentId, id)));
    expect(await told()).toHaveLength(1);
    await addVersion(id, first, { notify: 'true' });
    expect((await told()).map((notification) => notification.title)).toEqual([
      'Nouveau document : Devis ravalement',
      'Document mis à jour : Devis ravalement',
    ]);
  });

  it('shows staff who downloaded or previewed a document, and when', async () => {
    const { id } = await publishOne('Plan des caves', await pdfWithText('Plan'));
    await ownerGet(`/api/documents/${id}/file?disposition=inline`);
    await ownerGet(`/api/documents/${id}/file`);
    const detail = (await staffGet(`/api/staff/documents/${id}`)).json();
    expect(detail.downloadCount).toBe(2);
    expect(
      detail.downloads.map((download: { who: string; disposition: string }) => [download.who, download.disposition]),
    ).toEqual([
      ['Mme Sophie Bernard', 'download'],
      ['Mme Sophie Bernard', 'preview'],
    ]);
    expect(detail.downloads[0].versionNumber).toBe(1);
  });

  it('withdraws a document: 404 for everyone but staff, who still see it with the reason', async () => {
    const { id } = await publishOne('Convocation erronée', await pdfWithText('Convocation'));
    expect((await ownerGet(`/api/documents/${id}/file`)).statusCode).toBe(200);

    const withdraw = async (reason: string) =>
      t.app.inject({
        method: 'POST',
        url: `/api/staff/documents/${id}/withdraw`,
        payload: { reason },
        headers: await as(staffEmail),
      });
    const withdrawn = await withdraw('Mauvaise date de réunion');
    expect(withdrawn.statusCode).toBe(200);
    expect(withdrawn.json()).toMatchObject({ withdrawnBy: 'Paul Lemaire', withdrawalReason: 'Mauvaise date de réunion' });
    expect(withdrawn.json().withdrawnAt).not.toBeNull();

    expect((await ownerGet(`/api/documents/${id}`)).statusCode).toBe(404);
    expect((await ownerGet(`/api/documents/${id}/file`)).statusCode).toBe(404);
    expect((await search('convocation')).items).toEqual([]);
    const listed = async (query: string) =>
      ((await staffGet(`/api/staff/documents${query}`)).json().items as { id: string }[]).map((item) => item.id);
    expect(await listed('')).not.toContain(id);
    expect(await listed('?includeWithdrawn=true')).toContain(id);
    expect((await staffGet(`/api/staff/documents/${id}`)).statusCode).toBe(200);

    const again = await withdraw('Encore');
    expect(again.statusCode).toBe(409);
    expect((await addVersion(id, await pdfWithText('v2'))).json().code).toBe('DOCUMENT_WITHDRAWN');
    const events = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'document.withdrawn'), eq(auditEvents.targetId, id)));
    expect(events).toHaveLength(1);
    expect(events[0]?.details).toMatchObject({ reason: 'Mauvaise date de réunion' });
  });
});
