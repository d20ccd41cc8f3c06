import { eq, gt } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { documentFactories } from '../../../../test/support/document-factories.ts';
import { factories } from '../../../../test/support/factories.ts';
import { sessions } from '../../../../test/support/sessions.ts';
import { documents, documentVisits } from '../../db/schema/index.ts';
import { storageFromConfig } from '../../platform/storage/storage-from-config.ts';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/**
 * "Nouveau depuis votre dernière visite", with explicit times: documents are published at chosen instants and
 * the visit row is moved into the past to stand for a visit made earlier.
 */
describe('documents: new since the last visit', () => {
  let t: TestApp;
  let cookie: string;
  let accountId: string;
  let publish: (title: string, publishedAt: Date, folder?: 'reglement' | 'comptabilite') => Promise<string>;

  beforeAll(async () => {
    t = await createTestApp();
    const make = factories(t.database.db);
    const docs = documentFactories(t.database.db, storageFromConfig(t.config));
    const agency = await make.agency();
    const { condominium, lots } = await make.condominium(agency.id, 1);
    const owner = await make.client(agency.id);
    accountId = owner.account.id;
    await make.ownership(owner.person.id, lots[0]?.id ?? '');
    publish = async (title, publishedAt, folder = 'reglement') =>
      (
        await docs.document({
          agencyId: agency.id,
          condominiumId: condominium.id,
          scope: 'condominium',
          folder,
          title,
          publishedAt,
        })
      ).id;
    cookie = await sessions(t.app)(owner.reference);
  });
  afterAll(() => t.close());

  const get = (url: string) => t.app.inject({ method: 'GET', url, headers: { cookie } });
  const visitRow = async () =>
    (await t.database.db.select().from(documentVisits).where(eq(documentVisits.accountId, accountId)))[0];
  const newTitles = (body: { items: { title: string; isNew: boolean }[] }) =>
    body.items
      .filter((item) => item.isNew)
      .map((item) => item.title)
      .sort();

  it('on the first visit, marks what was published in the last 30 days; the home page count does not open a visit', async () => {
    const now = Date.now();
    await publish('Ancien', new Date(now - 60 * DAY));
    await publish('Récent', new Date(now - 10 * DAY));

    const summary = await get('/api/documents/summary');
    expect(summary.json()).toEqual({ newCount: 1 });
    expect(await visitRow()).toBeUndefined();

    const first = (await get('/api/documents')).json();
    expect(first.newSince).toBeNull();
    expect(first.newCount).toBe(1);
    expect(newTitles(first)).toEqual(['Récent']);
    expect(await visitRow()).toMatchObject({ newSince: null });
  });

  it('within the same visit keeps the marks, and adds what is published meanwhile', async () => {
    await publish('Pendant la visite', new Date());
    const again = (await get('/api/documents')).json();
    expect(again.newSince).toBeNull();
    expect(newTitles(again)).toEqual(['Pendant la visite', 'Récent']);
  });

  it('after a pause, starts a new visit: new is only what came since the previous one', async () => {
    const now = Date.now();
    const lastSeenAt = new Date(now - 2 * 60 * MINUTE);
    await t.database.db
      .update(documentVisits)
      .set({ lastSeenAt, newSince: new Date(now - 40 * DAY) })
      .where(eq(documentVisits.accountId, accountId));
    // Published before the previous visit ended, then after it.
    const seenBefore = await publish('Vu la dernière fois', new Date(now - 3 * 60 * MINUTE));
    await publish('Depuis la dernière visite', new Date(now - 60 * MINUTE), 'comptabilite');

    const visit = (await get('/api/documents')).json();
    expect(visit.newSince).toBe(lastSeenAt.toISOString());
    expect(newTitles(visit)).toEqual(['Depuis la dernière visite', 'Pendant la visite']);
    expect(visit.newCount).toBe(2);
    expect(visit.items.find((item: { id: string }) => item.id === seenBefore).isNew).toBe(false);
    expect((await visitRow())?.newSince?.toISOString()).toBe(lastSeenAt.toISOString());

    // Filters narrow the list, not what counts as new; and they do not count as a visit.
    const rowBefore = await visitRow();
    const onlyNew = (await get('/api/documents?onlyNew=true')).json();
    expect(onlyNew.items.map((item: { title: string }) => item.title).sort()).toEqual([
      'Depuis la dernière visite',
      'Pendant la visite',
    ]);
    expect(onlyNew.total).toBe(2);
    const accounts = (await get('/api/documents?folder=comptabilite')).json();
    expect(accounts.newCount).toBe(2);
    expect(accounts.items.map((item: { title: string }) => item.title)).toEqual(['Depuis la dernière visite']);
    expect(await visitRow()).toEqual(rowBefore);
    expect((await get('/api/documents/summary')).json()).toEqual({ newCount: 2 });
  });

  it('tells the home page what the next visit will show as new', async () => {
    // The person left 45 minutes ago, after everything so far was published: nothing is new since.
    const now = Date.now();
    await t.database.db
      .update(documents)
      .set({ publishedAt: new Date(now - 50 * MINUTE) })
      .where(gt(documents.publishedAt, new Date(now - 50 * MINUTE)));
    await t.database.db
      .update(documentVisits)
      .set({ lastSeenAt: new Date(now - 45 * MINUTE) })
      .where(eq(documentVisits.accountId, accountId));
    expect((await get('/api/documents/summary')).json()).toEqual({ newCount: 0 });
    await publish('Tout nouveau', new Date());
    expect((await get('/api/documents/summary')).json()).toEqual({ newCount: 1 });
    const detail = (await get('/api/documents')).json();
    expect(newTitles(detail)).toEqual(['Tout nouveau']);
  });
});
