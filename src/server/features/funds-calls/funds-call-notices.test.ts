import path from 'node:path';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { factories } from '../../../../test/support/factories.ts';
import { signIn } from '../../../../test/support/sessions.ts';
import {
  accounts,
  allocationKeys,
  documents,
  fundsCallNotices,
  ledgerEntries,
  notifications,
  storedFiles,
} from '../../db/schema/index.ts';
import type { FileStorage } from '../../platform/storage/file-storage.ts';
import { localFolderStorage } from '../../platform/storage/local-folder-storage.ts';
import { renderAllPendingNotices, renderPendingNotices } from './funds-call-notices.ts';
import { FundsCallsService } from './funds-calls.service.ts';

/**
 * The PDFs of an issued quarter are published after the issue, batch by batch: the co-owner hears of their call
 * only once its PDF is in their documents; workers running at the same time never publish a notice twice; a
 * failing batch leaves nothing behind and stays pending.
 */
describe('calls for funds: publishing the notices after the issue', () => {
  let t: TestApp;
  let storage: FileStorage;
  let service: FundsCallsService;
  let viewer: { kind: 'staff'; accountId: string; sessionId: string; staffMemberId: string; agencyId: string };
  let condominiumId: string;
  let fundsCallId: string;
  const coOwners: { personId: string; cookie: string }[] = [];
  const evidence = { ipAddress: '127.0.0.1', userAgent: 'vitest' };
  const LOTS = 30;

  const pendingCount = async () =>
    (
      await t.database.db
        .select({ count: sql<number>`count(*)::int` })
        .from(fundsCallNotices)
        .where(and(eq(fundsCallNotices.fundsCallId, fundsCallId), isNull(fundsCallNotices.documentId)))
    )[0]?.count;

  beforeAll(async () => {
    t = await createTestApp();
    const { db } = t.database;
    storage = localFolderStorage(path.join(t.config.dataDir, 'files'));
    service = new FundsCallsService({ db, storage });
    const make = factories(db);
    const agency = await make.agency({ name: 'Cabinet Lenoir' });
    const member = await make.staffMember(agency.id);
    const [account] = await db.select().from(accounts).where(eq(accounts.staffMemberId, member.id));
    viewer = { kind: 'staff', accountId: account?.id ?? '', sessionId: '', staffMemberId: member.id, agencyId: agency.id };
    const { condominium, lots } = await make.condominium(agency.id, LOTS, { name: 'Résidence du Parc' });
    condominiumId = condominium.id;
    for (const [index, lot] of lots.entries()) {
      const client = await make.client(agency.id, { lastName: `Durand${String(index).padStart(2, '0')}` });
      await make.ownership(client.person.id, lot.id);
      if (index < 2) coOwners.push({ personId: client.person.id, cookie: await signIn(t.app, client.reference) });
    }
    const [general] = await db.select().from(allocationKeys).where(eq(allocationKeys.condominiumId, condominiumId));
    await service.saveBudget(
      viewer,
      condominiumId,
      2027,
      {
        votedOn: '2026-06-11',
        worksFundCents: 60_000,
        worksFundExempt: false,
        worksFundExemptionReason: null,
        lines: [{ allocationKeyId: general?.id ?? '', accountCode: '614', label: 'Entretien', amountCents: 1_200_000 }],
      },
      evidence,
    );
  });
  afterAll(() => t.close());

  it('writes the notices, entries and nothing else at the issue', async () => {
    const detail = await service.issue(viewer, condominiumId, 2027, 1, evidence);
    fundsCallId = detail.id;
    expect(detail).toMatchObject({ coOwnerCount: LOTS, pdfReadyCount: 0, pdfPendingCount: LOTS });
    expect(await pendingCount()).toBe(LOTS);
    const { db } = t.database;
    expect(await db.select().from(notifications)).toHaveLength(0);
    expect(await db.select().from(documents).where(eq(documents.folder, 'appels_de_fonds'))).toHaveLength(0);
    const entries = await db
      .select()
      .from(ledgerEntries)
      .where(sql`${ledgerEntries.externalId} like ${`call:${fundsCallId}:%`}`);
    expect(entries).toHaveLength(LOTS);
    expect(entries.every((entry) => entry.documentId === null)).toBe(true);
    // The co-owner is told nothing yet.
    const bell = await t.app.inject({ method: 'GET', url: '/api/notifications', headers: { cookie: coOwners[0]?.cookie } });
    expect(bell.json().items).toHaveLength(0);
  });

  it('publishes nothing and leaves no file when a batch fails half-way', async () => {
    const written: string[] = [];
    const deleted: string[] = [];
    const failing: FileStorage = {
      async put(key, body, contentType) {
        if (written.length === 3) throw new Error('disk full');
        written.push(key);
        await storage.put(key, body, contentType);
      },
      get: (key) => storage.get(key),
      async delete(key) {
        deleted.push(key);
        await storage.delete(key);
      },
    };
    await expect(renderPendingNotices(t.database.db, failing, { limit: 10 })).rejects.toThrow('disk full');
    expect(await pendingCount()).toBe(LOTS);
    expect(await t.database.db.select().from(storedFiles)).toHaveLength(0);
    expect(deleted.sort()).toEqual(written.sort());
  });

  it('publishes every notice exactly once with workers running side by side', async () => {
    const { db } = t.database;
    const counts = await Promise.all([
      renderPendingNotices(db, storage, { limit: 7 }),
      renderAllPendingNotices(db, storage, { limit: 7 }),
      renderAllPendingNotices(db, storage, { limit: 7 }),
    ]);
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(LOTS);
    expect(await pendingCount()).toBe(0);
    expect(await db.select().from(storedFiles)).toHaveLength(LOTS);
    const published = await db.select().from(documents).where(eq(documents.folder, 'appels_de_fonds'));
    expect(published).toHaveLength(LOTS);
    expect(new Set(published.map((document) => document.personId)).size).toBe(LOTS);
    const sent = await db.select().from(notifications);
    expect(sent).toHaveLength(LOTS);
    expect(new Set(sent.map((row) => row.personId)).size).toBe(LOTS);
    // Each entry points at the co-owner's published call.
    const notices = await db.select().from(fundsCallNotices).where(eq(fundsCallNotices.fundsCallId, fundsCallId));
    const entries = await db
      .select()
      .from(ledgerEntries)
      .where(
        inArray(
          ledgerEntries.externalId,
          notices.map((notice) => `call:${fundsCallId}:${notice.personId}`),
        ),
      );
    const documentOf = new Map(notices.map((notice) => [notice.personId, notice.documentId]));
    for (const entry of entries) expect(entry.documentId).toBe(documentOf.get(entry.externalId.split(':')[2] ?? ''));

    // A later run finds nothing left to do.
    expect(await renderAllPendingNotices(db, storage)).toBe(0);
    expect(await db.select().from(notifications)).toHaveLength(LOTS);
  });

  it('lets the co-owner read their call once notified, and only theirs', async () => {
    const [first, second] = coOwners;
    const bell = await t.app.inject({ method: 'GET', url: '/api/notifications', headers: { cookie: first?.cookie } });
    expect(bell.json().items).toEqual([expect.objectContaining({ title: 'Appel de fonds du 1er trimestre 2027' })]);
    const list = await t.app.inject({
      method: 'GET',
      url: '/api/documents?folder=appels_de_fonds',
      headers: { cookie: first?.cookie },
    });
    expect(list.json().items).toHaveLength(1);
    const documentId = list.json().items[0].id as string;
    const own = await t.app.inject({
      method: 'GET',
      url: `/api/documents/${documentId}/file`,
      headers: { cookie: first?.cookie },
    });
    expect(own.statusCode).toBe(200);
    expect(own.headers['content-type']).toContain('application/pdf');
    const other = await t.app.inject({
      method: 'GET',
      url: `/api/documents/${documentId}/file`,
      headers: { cookie: second?.cookie },
    });
    expect(other.statusCode).toBe(404);
  });
});
