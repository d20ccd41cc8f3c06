import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { extractText } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { factories } from '../../../../test/support/factories.ts';
import { signIn } from '../../../../test/support/sessions.ts';
import {
  allocationKeys,
  bankAccounts,
  documents,
  fundsCallLines,
  fundsCalls,
  ledgerEntries,
  ledgerLines,
  lotShares,
  notifications,
  sepaMandates,
  storedFiles,
} from '../../db/schema/index.ts';
import { condominiumLedger, postEntry } from '../ledger/ledger.repository.ts';

/**
 * A small condominium whose every figure is known: lots 101, 102, 103 with 334 / 333 / 333 general shares, a
 * lift key of 0 / 600 / 400; Alice holds 101 and 102, Bob and Carla hold 103 jointly, Carla representing.
 * Budget 2027: 12 000,01 € general, 3 000,02 € lift, works fund 750,01 € (5 % of 15 000,03 € rounded up).
 */
describe('staff: budgets and calls for funds', () => {
  let t: TestApp;
  let staff: string;
  let otherStaff: string;
  let alice: string;
  let carla: string;
  let bob: string;
  let condominiumId: string;
  let otherCondominiumId: string;
  let generalKeyId: string;
  let liftKeyId: string;
  const ids: Record<string, string> = {};

  const call = (method: 'GET' | 'POST' | 'PUT', url: string, cookie: string, payload?: object) =>
    t.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
  const budgetUrl = (year = 2027, condominium = condominiumId) => `/api/staff/condominiums/${condominium}/budgets/${year}`;
  const callsUrl = (condominium = condominiumId) => `/api/staff/condominiums/${condominium}/funds-calls`;
  const budget = (worksFundCents: number) => ({
    votedOn: '2026-06-11',
    worksFundCents,
    lines: [
      { allocationKeyId: generalKeyId, accountCode: '614', label: 'Entretien des parties communes', amountCents: 800_000 },
      { allocationKeyId: generalKeyId, accountCode: '616', label: 'Assurance multirisque', amountCents: 400_001 },
      { allocationKeyId: liftKeyId, accountCode: '6141', label: 'Contrat ascenseur', amountCents: 300_002 },
    ],
  });
  const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ');
  /** What staff see on the call's page: polled until the background rendering has published every PDF. */
  const untilPdfsReady = async (fundsCallId = '', condominium = condominiumId) => {
    for (let attempt = 0; attempt < 200; attempt += 1) {
      const detail = (await call('GET', `${callsUrl(condominium)}/${fundsCallId}`, staff)).json();
      if (detail.pdfPendingCount === 0) return detail;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('the PDFs were never published');
  };

  beforeAll(async () => {
    t = await createTestApp();
    const { db } = t.database;
    const make = factories(db);
    const agency = await make.agency({
      name: 'Cabinet Coulon',
      addressLine1: '3 rue du Port',
      postalCode: '94600',
      city: 'Choisy-le-Roi',
    });
    const other = await make.agency({ name: 'Cabinet Voisin' });
    staff = await signIn(t.app, (await make.staffMember(agency.id)).email);
    otherStaff = await signIn(t.app, (await make.staffMember(other.id)).email);
    const { condominium, lots } = await make.condominium(agency.id, 3, { name: 'Résidence Les Tilleuls' });
    condominiumId = condominium.id;
    otherCondominiumId = (await make.condominium(other.id, 1)).condominium.id;
    const [general] = await db.select().from(allocationKeys).where(eq(allocationKeys.condominiumId, condominiumId));
    generalKeyId = general?.id ?? '';
    const [lift] = await db
      .insert(allocationKeys)
      .values({ condominiumId, code: 'ASC', name: 'Ascenseur', isGeneral: false })
      .returning();
    liftKeyId = lift?.id ?? '';
    const [lot101, lot102, lot103] = lots.map((lot) => lot.id);
    Object.assign(ids, { lot101, lot102, lot103 });
    await db.insert(lotShares).values([
      { allocationKeyId: liftKeyId, lotId: lot101 ?? '', shares: 0 },
      { allocationKeyId: liftKeyId, lotId: lot102 ?? '', shares: 600 },
      { allocationKeyId: liftKeyId, lotId: lot103 ?? '', shares: 400 },
    ]);
    const a = await make.client(agency.id, { civility: 'MME', firstName: 'Alice', lastName: 'Martin', reference: 'CO200001' });
    const b = await make.client(agency.id, { firstName: 'Bob', lastName: 'Petit', reference: 'CO200002' });
    const c = await make.client(agency.id, { civility: 'MME', firstName: 'Carla', lastName: 'Petit', reference: 'CO200003' });
    Object.assign(ids, { alice: a.person.id, bob: b.person.id, carla: c.person.id });
    await make.ownership(a.person.id, lot101 ?? '');
    await make.ownership(a.person.id, lot102 ?? '');
    await make.ownership(b.person.id, lot103 ?? '', { kind: 'indivision', isRepresentative: false });
    await make.ownership(c.person.id, lot103 ?? '', { kind: 'indivision', isRepresentative: true });
    alice = await signIn(t.app, a.reference);
    bob = await signIn(t.app, b.reference);
    carla = await signIn(t.app, c.reference);

    // Alice still owes 50,00 € from before; Carla pays by automatic direct debit.
    const ledgerId = await condominiumLedger(db, condominiumId);
    await db.transaction(async (tx) => {
      await postEntry(
        tx,
        {
          ledgerId,
          journal: 'AP',
          entryDate: '2026-10-01',
          label: 'Reprise de solde',
          source: 'palier',
          externalId: 'opening:alice',
        },
        [
          { accountCode: '4501', personId: a.person.id, debitCents: 5_000 },
          { accountCode: '701', creditCents: 5_000 },
        ],
      );
    });
    const [bank] = await db
      .insert(bankAccounts)
      .values({
        agencyId: agency.id,
        ledgerId,
        holderName: 'SDC Les Tilleuls',
        iban: 'FR7630006000011234567890189',
        bic: 'AGRIFRPP',
      })
      .returning();
    await db.insert(sepaMandates).values({
      agencyId: agency.id,
      creditorAccountId: bank?.id ?? '',
      personId: c.person.id,
      condominiumId,
      mandateReference: 'RUM-CARLA-1',
      sequence: 'recurrent',
      mode: 'automatic',
      debtorName: 'Carla Petit',
      debtorAddress: '1 rue des Lilas 94000 Créteil',
      iban: 'FR7630006000011234567890189',
      signedAt: new Date('2026-09-01T10:00:00Z'),
      signaturePlace: 'Créteil',
      signatureEvidence: {},
    });
  });
  afterAll(() => t.close());

  it('shows an empty budget with the keys and their shares', async () => {
    const response = await call('GET', budgetUrl(), staff);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.budget).toBeNull();
    expect(body.keys.map((key: { code: string; totalShares: number }) => [key.code, key.totalShares])).toEqual([
      ['GEN', 1000],
      ['ASC', 1000],
    ]);
  });

  it('refuses a works fund under 5 % of the budget, naming the minimum in French', async () => {
    const response = await call('PUT', budgetUrl(), staff, budget(75_000));
    expect(response.statusCode).toBe(400);
    const [problem] = response.json().details.fields;
    expect(problem.field).toBe('worksFundCents');
    expect(plain(problem.message)).toContain('au moins 5 % du budget, soit 750,01 €');
  });

  it("refuses a key of another condominium, and another agency's condominium is not found", async () => {
    const [foreignKey] = await t.database.db
      .select()
      .from(allocationKeys)
      .where(eq(allocationKeys.condominiumId, otherCondominiumId));
    const wrong = budget(75_001);
    wrong.lines[0] = { ...(wrong.lines[0] as (typeof wrong.lines)[number]), allocationKeyId: foreignKey?.id ?? '' };
    const response = await call('PUT', budgetUrl(), staff, wrong);
    expect(response.statusCode).toBe(400);
    expect(response.json().details.fields[0].field).toBe('lines.0.allocationKeyId');
    for (const [method, url, payload] of [
      ['GET', budgetUrl(2027, otherCondominiumId)],
      ['PUT', budgetUrl(2027, otherCondominiumId), budget(75_001)],
      ['GET', callsUrl(otherCondominiumId)],
      ['POST', callsUrl(otherCondominiumId), { year: 2027, quarter: 1 }],
      ['GET', budgetUrl()],
    ] as const) {
      const cookie = url === budgetUrl() ? otherStaff : staff;
      expect((await call(method, url, cookie, payload)).statusCode).toBe(404);
    }
    expect((await call('GET', budgetUrl(), alice)).statusCode).toBe(404);
  });

  it('records the voted budget', async () => {
    const response = await call('PUT', budgetUrl(), staff, budget(75_001));
    expect(response.statusCode).toBe(200);
    expect(response.json().budget).toMatchObject({
      totalCents: 1_500_003,
      worksFundCents: 75_001,
      minimumWorksFundCents: 75_001,
    });
    expect(response.json().budget.lines).toHaveLength(3);
    // What the confirmation of an issue states: the quarter's total and the co-owners called (Bob is not).
    expect(response.json().quarters[0]).toEqual({
      quarter: 1,
      dueDate: '2027-01-01',
      totalCents: 393_753,
      coOwnerCount: 2,
      issued: false,
    });
    expect(response.json().quarters.map((quarter: { totalCents: number }) => quarter.totalCents)).toEqual([
      393_753, 393_751, 393_750, 393_750,
    ]);
  });

  it('issues the first quarter of 2027 once, even when asked twice at the same time', async () => {
    const [first, second] = await Promise.all([
      call('POST', callsUrl(), staff, { year: 2027, quarter: 1 }),
      call('POST', callsUrl(), staff, { year: 2027, quarter: 1 }),
    ]);
    const statuses = [first?.statusCode, second?.statusCode].sort();
    expect(statuses).toEqual([201, 409]);
    const refused = first?.statusCode === 409 ? first : second;
    expect(refused?.json().code).toBe('FUNDS_CALL_ALREADY_ISSUED');
    const issued = (first?.statusCode === 201 ? first : second)?.json();
    ids.call = issued.id;
    expect(issued).toMatchObject({ year: 2027, quarter: 1, dueDate: '2027-01-01', totalCents: 393_753, coOwnerCount: 2 });
    const byName = Object.fromEntries(
      issued.notices.map((notice: { name: string; totalCents: number; previousBalanceCents: number }) => [
        notice.name,
        [notice.totalCents, notice.previousBalanceCents],
      ]),
    );
    expect(byName).toEqual({ 'Mme Alice Martin': [257_609, 5_000], 'Mme Carla Petit': [136_144, 0] });
    // The answer does not wait for the PDFs: they are being prepared, then the call shows them all.
    expect(issued).toMatchObject({ pdfReadyCount: 0, pdfPendingCount: 2 });
    expect(issued.notices.map((notice: { documentId: string | null }) => notice.documentId)).toEqual([null, null]);
    const ready = await untilPdfsReady(ids.call);
    expect(ready).toMatchObject({ pdfReadyCount: 2, pdfPendingCount: 0 });
    expect(ready.notices.every((notice: { documentId: string | null }) => notice.documentId !== null)).toBe(true);
    // One PDF per co-owner, none from the refused request.
    const files = await readdir(path.join(t.config.dataDir, 'files', 'funds-calls'));
    expect(files).toHaveLength(2);
    expect(await t.database.db.select().from(storedFiles)).toHaveLength(2);
  });

  it("shares every key's quarter over the lots to the cent", async () => {
    const { db } = t.database;
    const rows = await db
      .select()
      .from(fundsCallLines)
      .where(eq(fundsCallLines.fundsCallId, ids.call ?? ''));
    const part = (lot: string, key: string | null) =>
      rows.find((row) => row.lotId === ids[lot] && row.allocationKeyId === key)?.amountCents;
    expect([part('lot101', generalKeyId), part('lot102', generalKeyId), part('lot103', generalKeyId)]).toEqual([
      100_201, 99_900, 99_900,
    ]);
    expect([part('lot101', liftKeyId), part('lot102', liftKeyId), part('lot103', liftKeyId)]).toEqual([
      undefined,
      45_001,
      30_000,
    ]);
    expect([part('lot101', null), part('lot102', null), part('lot103', null)]).toEqual([6_263, 6_244, 6_244]);
    expect(rows.filter((row) => row.lotId === ids.lot103).every((row) => row.personId === ids.carla)).toBe(true);
    expect(rows).toHaveLength(8);
  });

  it('posts one balanced AP entry per co-owner, which posting again leaves alone', async () => {
    const { db } = t.database;
    const lines = await db
      .select({ entry: ledgerEntries, line: ledgerLines })
      .from(ledgerLines)
      .innerJoin(ledgerEntries, eq(ledgerEntries.id, ledgerLines.entryId))
      .where(sql`${ledgerEntries.externalId} like ${`call:${ids.call}:%`}`);
    const aliceLines = lines
      .filter(({ entry }) => entry.externalId === `call:${ids.call}:${ids.alice}`)
      .map(({ entry, line }) => [
        entry.journal,
        entry.entryDate,
        line.accountCode,
        line.personId,
        line.label,
        line.debitCents,
        line.creditCents,
      ]);
    expect(aliceLines).toEqual(
      expect.arrayContaining([
        ['AP', '2027-01-01', '4501', ids.alice, 'Prov./Chg courante 01/01/2027', 245_102, 0],
        ['AP', '2027-01-01', '701', null, 'Prov./Chg courante 01/01/2027', 0, 245_102],
        ['AP', '2027-01-01', '4505', ids.alice, 'Cotisation Fonds Travaux 01/01/2027', 12_507, 0],
        ['AP', '2027-01-01', '105', null, 'Cotisation Fonds Travaux 01/01/2027', 0, 12_507],
      ]),
    );
    expect(new Set(lines.map(({ entry }) => entry.id)).size).toBe(2);
    // Once published, each entry carries its call, linked from the co-owner's statement.
    expect(lines.every(({ entry }) => entry.documentId !== null)).toBe(true);
    const debit = lines.reduce((sum, { line }) => sum + line.debitCents, 0);
    const credit = lines.reduce((sum, { line }) => sum + line.creditCents, 0);
    expect([debit, credit]).toEqual([393_753, 393_753]);
    const ledgerId = lines[0]?.entry.ledgerId ?? '';
    const again = await db.transaction((tx) =>
      postEntry(
        tx,
        {
          ledgerId,
          journal: 'AP',
          entryDate: '2027-01-01',
          label: 'x',
          source: 'palier',
          externalId: `call:${ids.call}:${ids.alice}`,
        },
        [
          { accountCode: '4501', personId: ids.alice, debitCents: 1 },
          { accountCode: '701', creditCents: 1 },
        ],
      ),
    );
    expect(again.created).toBe(false);
  });

  it("prints each co-owner's call: name, lots, amounts the French way, due date, how to pay", async () => {
    const detail = (await call('GET', `${callsUrl()}/${ids.call}`, staff)).json();
    const text = async (name: string) => {
      const notice = detail.notices.find((row: { name: string }) => row.name === name);
      const file = await call('GET', `/api/staff/documents/${notice.documentId}/versions/${notice.versionId}/file`, staff);
      expect(file.statusCode).toBe(200);
      expect(file.headers['content-type']).toContain('application/pdf');
      return plain((await extractText(new Uint8Array(file.rawPayload), { mergePages: true })).text);
    };
    const alicePdf = await text('Mme Alice Martin');
    for (const expected of [
      'Appel de fonds du 1er trimestre 2027',
      'Syndicat des copropriétaires Résidence Les Tilleuls',
      'Mme Alice Martin',
      'CO200001',
      'Lots 101 ; 102',
      '334 / 1000',
      '600 / 1000',
      '1 002,01 €',
      '450,01 €',
      '62,63 €',
      '2 576,09 €',
      '50,00 €',
      '2 626,09 €',
      '1er janvier 2027',
      'FR76 3000 6000 0112 3456 7890 189',
    ])
      expect(alicePdf).toContain(expected);
    expect(alicePdf).not.toContain('Prélèvement automatique');
    const carlaPdf = await text('Mme Carla Petit');
    expect(carlaPdf).toContain('Prélèvement automatique');
    expect(carlaPdf).toContain('1 361,44 €');
    expect(carlaPdf).not.toContain('Alice');
  });

  it('puts the call among the co-owner’s documents with a notification; the other joint owner gets none', async () => {
    const list = (await call('GET', '/api/documents?folder=appels_de_fonds', alice)).json();
    expect(list.items.map((item: { title: string }) => item.title)).toContain('Appel de fonds du 1er trimestre 2027');
    const bell = (await call('GET', '/api/notifications', alice)).json();
    expect(bell.items[0]).toMatchObject({ title: 'Appel de fonds du 1er trimestre 2027', link: '/finances' });
    expect((await call('GET', '/api/notifications', carla)).json().items).toHaveLength(1);
    expect((await call('GET', '/api/notifications', bob)).json().items).toHaveLength(0);
    const [row] = await t.database.db
      .select({ count: sql<number>`count(*)::int` })
      .from(documents)
      .where(eq(documents.folder, 'appels_de_fonds'));
    expect(row?.count).toBe(2);
  });

  it('answers 409 to a second issue and to a budget change, changing nothing', async () => {
    const again = await call('POST', callsUrl(), staff, { year: 2027, quarter: 1 });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('FUNDS_CALL_ALREADY_ISSUED');
    const change = await call('PUT', budgetUrl(), staff, budget(90_000));
    expect(change.statusCode).toBe(409);
    expect(change.json().code).toBe('BUDGET_LOCKED');
    const { db } = t.database;
    expect(await db.select().from(fundsCalls)).toHaveLength(1);
    expect(await db.select().from(notifications)).toHaveLength(2);
    const list = (await call('GET', callsUrl(), staff)).json();
    expect(list.calls).toEqual([
      expect.objectContaining({ quarter: 1, totalCents: 393_753, coOwnerCount: 2, pdfReadyCount: 2, pdfPendingCount: 0 }),
    ]);
    expect((await call('GET', `${callsUrl()}/${ids.call}`, otherStaff)).statusCode).toBe(404);
    expect((await call('GET', budgetUrl(), staff)).json().issuedQuarters).toEqual([1]);
  });

  it('refuses to issue a year without a budget', async () => {
    const response = await call('POST', callsUrl(), staff, { year: 2028, quarter: 1 });
    expect(response.statusCode).toBe(422);
    expect(response.json().code).toBe('FUNDS_CALL_NO_BUDGET');
  });
});
