import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { extractText } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { documentFactories } from '../../../../test/support/document-factories.ts';
import { factories } from '../../../../test/support/factories.ts';
import { type CallAs, callAs } from '../../../../test/support/sessions.ts';
import { formatEuros } from '../../../domain/money.ts';
import { bankAccounts, sepaMandates } from '../../db/schema/index.ts';
import { storageFromConfig } from '../../platform/storage/storage-from-config.ts';
import { condominiumLedger } from './ledger.repository.ts';
import type { FinanceOverview, Statement } from './ledger.schema.ts';

const entry = (externalId: string, date: string, label: string, lines: object[]) => ({
  externalId,
  journal: 'AP',
  date,
  label,
  lines,
});

describe('Finances: statements of one’s own account, exports, and the import API', () => {
  let t: TestApp;
  let call: CallAs;
  let agencyId: string;
  let condominiumId: string;
  let foreignCondominiumId: string;
  let staffEmail: string;
  let foreignStaffEmail: string;
  let owner: { reference: string; person: { id: string } };
  let neighbour: { reference: string };
  let tenant: { reference: string; person: { id: string } };
  let callDocumentId: string;
  let neighbourDocumentId: string;
  const key = () => `coOwner:${condominiumId}`;
  const importAs = (email: string, body: object) => call(email, 'POST', '/api/staff/ledgers/entries', body);

  beforeAll(async () => {
    t = await createTestApp();
    const make = factories(t.database.db);
    const docs = documentFactories(t.database.db, storageFromConfig(t.config));
    call = callAs(t.app);
    const agency = await make.agency({ name: 'Cabinet Alpha', kind: 'mixed' });
    agencyId = agency.id;
    staffEmail = (await make.staffMember(agency.id)).email;
    const { condominium, lots } = await make.condominium(agency.id, 3, {
      name: 'Copropriété des Tilleuls',
      addressLine1: '100 avenue Anatole France',
      postalCode: '94000',
      city: 'Créteil',
    });
    condominiumId = condominium.id;
    owner = await make.client(agency.id, { lastName: 'Allouard' });
    await make.ownership(owner.person.id, lots[0]?.id ?? '');
    const neighbourClient = await make.client(agency.id, { lastName: 'Bernard', reference: 'CO900001' });
    neighbour = neighbourClient;
    await make.ownership(neighbourClient.person.id, lots[1]?.id ?? '');
    tenant = await make.client(agency.id, { lastName: 'Haddad' });
    const { units } = await make.mandate(agency.id, (await make.client(agency.id)).person.id, 1);
    await make.lease(units[0]?.id ?? '', [tenant.person.id], { startDate: '2024-01-01' });

    callDocumentId = (
      await docs.document({
        agencyId: agency.id,
        scope: 'person',
        folder: 'appels_de_fonds',
        personId: owner.person.id,
        condominiumId,
        title: 'Appel de fonds — 1er trimestre 2026',
      })
    ).id;
    neighbourDocumentId = (
      await docs.document({
        agencyId: agency.id,
        scope: 'person',
        folder: 'appels_de_fonds',
        personId: neighbourClient.person.id,
        condominiumId,
        title: 'Appel de fonds du voisin',
      })
    ).id;

    const other = await make.agency({ name: 'Cabinet Bêta', kind: 'syndic' });
    foreignStaffEmail = (await make.staffMember(other.id)).email;
    foreignCondominiumId = (await make.condominium(other.id, 1)).condominium.id;

    const response = await importAs(staffEmail, {
      condominiumId,
      entries: [
        entry('2025Q1', '2025-01-01', 'Appel T1 2025', [
          {
            accountCode: '4501',
            personReference: owner.reference,
            debitCents: 30_000,
            creditCents: 0,
            label: 'Prov./Chg courante 01/01/2025',
          },
          { accountCode: '701', debitCents: 0, creditCents: 30_000 },
        ]),
        entry('2026Q1', '2026-01-01', 'Appel T1 2026', [
          {
            accountCode: '4501',
            personReference: owner.reference,
            debitCents: 40_000,
            creditCents: 0,
            label: 'Prov./Chg courante 01/01/2026',
          },
          {
            accountCode: '4505',
            personReference: owner.reference,
            debitCents: 2_000,
            creditCents: 0,
            label: 'Cotisation Fonds Travaux 01/01/2026',
          },
          { accountCode: '4501', personReference: 'co900001', debitCents: 50_000, creditCents: 0, label: 'Prov. du voisin' },
          { accountCode: '701', debitCents: 0, creditCents: 90_000 },
          { accountCode: '105', debitCents: 0, creditCents: 2_000 },
        ]),
        entry('2026-pay', '2026-01-20', 'Règlement', [
          { accountCode: '512', debitCents: 25_000, creditCents: 0 },
          {
            accountCode: '4501',
            personReference: owner.reference,
            debitCents: 0,
            creditCents: 25_000,
            label: 'Règlement 20/01/2026',
          },
        ]),
      ],
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ created: 3, unchanged: 0 });
    // The call links its PDF; a neighbour's document linked to an entry of his must never reach the owner.
    await t.database.pool.query(
      `update ledger_entries set document_id = case external_id when '2026Q1' then $1::uuid else $2::uuid end
       where external_id in ('2026Q1', '2025Q1')`,
      [callDocumentId, neighbourDocumentId],
    );
  });
  afterAll(async () => {
    await t?.close();
  });

  it('gives the co-owner their balance (credit − debit, negative when owing) per condominium and in total', async () => {
    const response = await call(owner.reference, 'GET', '/api/finance');
    expect(response.statusCode).toBe(200);
    const overview = response.json() as FinanceOverview;
    expect(overview.accounts).toEqual([
      {
        key: key(),
        kind: 'coOwner',
        label: 'Copropriété des Tilleuls, 100 avenue Anatole France, 94000 Créteil',
        balanceCents: -47_000,
        balanceDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        directDebitInProgress: false,
      },
    ]);
    expect(overview.globalBalanceCents).toBe(-47_000);
    const other = (await call(neighbour.reference, 'GET', '/api/finance')).json() as FinanceOverview;
    expect(other.globalBalanceCents).toBe(-50_000);
  });

  it('lists a year’s own lines with the opening and running balance and only the documents they may read', async () => {
    const response = await call(owner.reference, 'GET', `/api/finance/statement?account=${key()}&year=2026`);
    expect(response.statusCode).toBe(200);
    const statement = response.json() as Statement;
    expect(statement.years).toEqual([2026, 2025]);
    expect(statement.openingBalanceCents).toBe(-30_000);
    expect(
      statement.lines.map(({ date, label, amountCents, balanceCents, documentId }) => ({
        date,
        label,
        amountCents,
        balanceCents,
        documentId,
      })),
    ).toEqual([
      {
        date: '2026-01-01',
        label: 'Prov./Chg courante 01/01/2026',
        amountCents: -40_000,
        balanceCents: -70_000,
        documentId: callDocumentId,
      },
      {
        date: '2026-01-01',
        label: 'Cotisation Fonds Travaux 01/01/2026',
        amountCents: -2_000,
        balanceCents: -72_000,
        documentId: callDocumentId,
      },
      { date: '2026-01-20', label: 'Règlement 20/01/2026', amountCents: 25_000, balanceCents: -47_000, documentId: null },
    ]);
    expect(statement.closingBalanceCents).toBe(-47_000);
    const previous = (
      await call(owner.reference, 'GET', `/api/finance/statement?account=${key()}&year=2025`)
    ).json() as Statement;
    expect(previous.lines).toHaveLength(1);
    expect(previous.lines[0]?.documentId).toBeNull();
    const file = await call(owner.reference, 'GET', `/api/documents/${callDocumentId}/file`);
    expect(file.statusCode).toBe(200);
  });

  it('answers 404 for an account that is not the person’s', async () => {
    for (const account of [`coOwner:${foreignCondominiumId}`, `tenant:${condominiumId}`, 'nonsense']) {
      const response = await call(owner.reference, 'GET', `/api/finance/statement?account=${encodeURIComponent(account)}`);
      expect(response.statusCode, account).toBe(404);
      const exported = await call(
        owner.reference,
        'GET',
        `/api/finance/statement/export?account=${encodeURIComponent(account)}&format=csv`,
      );
      expect(exported.statusCode).toBe(404);
    }
    // A tenant without rental books yet has no account at all, rather than a made-up zero.
    const tenantView = (await call(tenant.reference, 'GET', '/api/finance')).json() as FinanceOverview;
    expect(tenantView).toEqual({ accounts: [], globalBalanceCents: 0 });
    expect((await call(tenant.reference, 'GET', `/api/finance/statement?account=${key()}`)).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/api/finance' })).statusCode).toBe(401);
  });

  it('exports the statement as a PDF, a French CSV and an Excel workbook', async () => {
    const url = (format: string) => `/api/finance/statement/export?account=${key()}&year=2026&format=${format}`;
    const pdf = await call(owner.reference, 'GET', url('pdf'));
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = (await extractText(new Uint8Array(pdf.rawPayload), { mergePages: true })).text;
    expect(text).toContain('Relevé de compte 2026');
    expect(text).toContain('Cabinet Alpha');
    expect(text).toContain('Copropriété des Tilleuls');
    expect(text).toContain('Cotisation Fonds Travaux 01/01/2026');
    expect(text.replace(/\s/g, '')).toContain(formatEuros(-47_000).replace(/\s/g, ''));

    const csv = await call(owner.reference, 'GET', url('csv'));
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toContain('attachment');
    expect(csv.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(
      csv.body
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n'),
    ).toEqual([
      'Date;Libellé;Montant (€);Solde (€)',
      '01/01/2026;Solde au 1er janvier;;-300,00',
      '01/01/2026;Prov./Chg courante 01/01/2026;-400,00;-700,00',
      '01/01/2026;Cotisation Fonds Travaux 01/01/2026;-20,00;-720,00',
      '20/01/2026;Règlement 20/01/2026;250,00;-470,00',
    ]);

    const xlsx = await call(owner.reference, 'GET', url('xlsx'));
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    const last = sheet?.getRow(5);
    expect(last?.getCell(1).value).toEqual(new Date('2026-01-20T00:00:00Z'));
    expect(last?.getCell(2).value).toBe('Règlement 20/01/2026');
    expect(last?.getCell(3).value).toBe(250);
    expect(last?.getCell(4).value).toBe(-470);
    expect(last?.getCell(4).numFmt).toContain('€');
  });

  it('says a direct debit is in progress while an active SEPA mandate covers the condominium', async () => {
    const ledgerId = await condominiumLedger(t.database.db, condominiumId);
    const [bank] = await t.database.db
      .insert(bankAccounts)
      .values({ agencyId, ledgerId, holderName: 'Syndicat des Tilleuls', iban: 'FR7630006000011234567890189' })
      .returning();
    const mandate = {
      agencyId,
      creditorAccountId: bank?.id ?? '',
      personId: owner.person.id,
      condominiumId,
      mandateReference: 'RUM-TEST-1',
      sequence: 'recurrent' as const,
      mode: 'automatic' as const,
      debtorName: 'Jean Allouard',
      debtorAddress: '1 rue de Paris, 75001 Paris',
      iban: 'FR7630006000011234567890189',
      signedAt: new Date(),
      signaturePlace: 'Paris',
      signatureEvidence: {},
    };
    const [signed] = await t.database.db.insert(sepaMandates).values(mandate).returning();
    const inProgress = (await call(owner.reference, 'GET', '/api/finance')).json() as FinanceOverview;
    expect(inProgress.accounts[0]?.directDebitInProgress).toBe(true);
    await t.database.db
      .update(sepaMandates)
      .set({ status: 'revoked', revokedAt: new Date() })
      .where(eq(sepaMandates.id, signed?.id ?? ''));
    const revoked = (await call(owner.reference, 'GET', '/api/finance')).json() as FinanceOverview;
    expect(revoked.accounts[0]?.directDebitInProgress).toBe(false);
  });

  it('imports idempotently: the same external ids are counted unchanged', async () => {
    const again = await importAs(staffEmail, {
      condominiumId,
      entries: [
        entry('2026-pay', '2026-01-20', 'Règlement', [
          { accountCode: '512', debitCents: 25_000, creditCents: 0 },
          { accountCode: '4501', personReference: owner.reference, debitCents: 0, creditCents: 25_000 },
        ]),
        entry('2026-pay-2', '2026-02-20', 'Règlement', [
          { accountCode: '512', debitCents: 1_000, creditCents: 0 },
          {
            accountCode: '4501',
            personReference: owner.reference,
            debitCents: 0,
            creditCents: 1_000,
            label: 'Règlement 20/02/2026',
          },
        ]),
      ],
    });
    expect(again.json()).toEqual({ created: 1, unchanged: 1 });
    const overview = (await call(owner.reference, 'GET', '/api/finance')).json() as FinanceOverview;
    expect(overview.globalBalanceCents).toBe(-46_000);
  });

  it('refuses the whole import for an unbalanced entry (named) or an unknown client, and other agencies', async () => {
    const good = entry('good', '2026-03-01', 'Bon', [
      { accountCode: '512', debitCents: 500, creditCents: 0 },
      { accountCode: '4501', personReference: owner.reference, debitCents: 0, creditCents: 500 },
    ]);
    const unbalanced = await importAs(staffEmail, {
      condominiumId,
      entries: [
        good,
        entry('bad-1', '2026-03-01', 'Faux', [
          { accountCode: '512', debitCents: 500, creditCents: 0 },
          { accountCode: '4501', personReference: owner.reference, debitCents: 0, creditCents: 499 },
        ]),
      ],
    });
    expect(unbalanced.statusCode).toBe(422);
    expect(unbalanced.json()).toMatchObject({ code: 'LEDGER_ENTRY_UNBALANCED' });
    expect(unbalanced.json().message).toContain('bad-1');
    const unknown = await importAs(staffEmail, {
      condominiumId,
      entries: [
        good,
        entry('who', '2026-03-01', 'Inconnu', [
          { accountCode: '512', debitCents: 500, creditCents: 0 },
          { accountCode: '4501', personReference: 'ZZ000000', debitCents: 0, creditCents: 500 },
        ]),
      ],
    });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json()).toMatchObject({ code: 'LEDGER_UNKNOWN_PERSON' });
    expect((await importAs(foreignStaffEmail, { condominiumId, entries: [good] })).statusCode).toBe(404);
    expect((await importAs(staffEmail, { condominiumId: foreignCondominiumId, entries: [good] })).statusCode).toBe(404);
    expect((await importAs(owner.reference, { condominiumId, entries: [good] })).statusCode).toBe(404);
    const { rows } = await t.database.pool.query(`select 1 from ledger_entries where external_id = 'good'`);
    expect(rows).toHaveLength(0);
  });

  it('has the database itself refuse an unbalanced entry at commit', async () => {
    const ledgerId = await condominiumLedger(t.database.db, condominiumId);
    const client = await t.database.pool.connect();
    try {
      await client.query('begin');
      const { rows } = await client.query(
        `insert into ledger_entries (ledger_id, journal, entry_date, label, source, external_id)
         values ($1, 'OD', '2026-04-01', 'Déséquilibrée', 'import', 'raw-sql') returning id`,
        [ledgerId],
      );
      await client.query(`insert into ledger_lines (entry_id, account_code, debit_cents) values ($1, '512', 100)`, [rows[0].id]);
      await client.query(`insert into ledger_lines (entry_id, account_code, credit_cents) values ($1, '701', 90)`, [rows[0].id]);
      await expect(client.query('commit')).rejects.toThrow();
    } finally {
      await client.query('rollback').catch(() => undefined);
      client.release();
    }
    const { rows } = await t.database.pool.query(`select 1 from ledger_entries where external_id = 'raw-sql'`);
    expect(rows).toHaveLength(0);
  });
});
