import { and, eq } from 'drizzle-orm';
import { extractText } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { councilFactories } from '../../../../test/support/council-factories.ts';
import { factories } from '../../../../test/support/factories.ts';
import { multipartForm, TINY_PNG, tinyPdf } from '../../../../test/support/proof-files.ts';
import { signIn } from '../../../../test/support/sessions.ts';
import { documents, ledgerEntries, ledgerLines, supplierInvoices } from '../../db/schema/index.ts';

/**
 * A small condominium whose books are known to the cent. Budget 2026: general key 614 "Entretien" 10 000,00 €
 * and 616 "Assurance" 4 000,00 €; lift key 614 "Contrat ascenseur" 3 000,00 €. Spent in 2026: 614 general
 * 2 500,00 € less a credit note of 200,00 €, 616 general 4 100,00 €, 614 lift 800,00 €, 615 without key
 * 120,00 €. 2025: budget 614 general 9 000,00 €, spent 8 700,00 €. Chloé sits on the council; Paul owns a lot
 * only; Marc left the council; Olga sits on the council of the neighbouring condominium.
 */
describe('the council’s space and supplier invoices', () => {
  let t: TestApp;
  let condominiumId: string;
  let neighbourId: string;
  let foreignCondominiumId: string;
  let generalKeyId: string;
  let liftKeyId: string;
  let foreignKeyId: string;
  const cookies: Record<string, string> = {};
  const names = { paul: 'Paul Lemaire-Unique' };

  const call = (who: string, method: 'GET' | 'POST', url: string, payload?: object | FormData) =>
    t.app.inject({ method, url, headers: { cookie: cookies[who] ?? '' }, ...(payload ? { payload } : {}) });
  const get = (who: string, url: string) => call(who, 'GET', url);
  const councilUrl = (path: string, id = condominiumId) => `/api/council/condominiums/${id}${path}`;
  const invoiceForm = (overrides: Record<string, string> = {}, file = { name: 'facture.pdf', bytes: tinyPdf('Facture') }) =>
    multipartForm(
      {
        supplierName: 'Ascenseurs Delta',
        invoiceNumber: 'F-2026-0412',
        invoiceDate: '2026-03-15',
        label: 'Révision annuelle de l’ascenseur',
        accountCode: '614',
        allocationKeyId: liftKeyId,
        amountCents: '123456',
        ...overrides,
      },
      [{ field: 'file', ...file }],
    );

  beforeAll(async () => {
    t = await createTestApp();
    const { db } = t.database;
    const make = factories(db);
    const council = councilFactories(db);
    const agency = await make.agency({ name: 'Cabinet Coulon' });
    const other = await make.agency({ name: 'Cabinet Voisin' });
    cookies.staff = await signIn(t.app, (await make.staffMember(agency.id)).email);
    cookies.otherStaff = await signIn(t.app, (await make.staffMember(other.id)).email);
    const { condominium, lots } = await make.condominium(agency.id, 3, { name: 'Résidence Les Tilleuls' });
    condominiumId = condominium.id;
    const neighbour = await make.condominium(agency.id, 2, { name: 'Résidence Les Érables' });
    neighbourId = neighbour.condominium.id;
    const foreign = await make.condominium(other.id, 1);
    foreignCondominiumId = foreign.condominium.id;
    foreignKeyId = (await council.keys(foreignCondominiumId)).general.id;
    const keys = await council.keys(condominiumId);
    generalKeyId = keys.general.id;
    liftKeyId = keys.lift.id;

    const chloe = await make.client(agency.id, { civility: 'MME', firstName: 'Chloé', lastName: 'Bernard' });
    const paul = await make.client(agency.id, { firstName: 'Paul', lastName: 'Lemaire-Unique' });
    const marc = await make.client(agency.id, { firstName: 'Marc', lastName: 'Dumas' });
    const olga = await make.client(agency.id, { civility: 'MME', firstName: 'Olga', lastName: 'Roux' });
    await make.ownership(chloe.person.id, lots[0]?.id ?? '');
    await make.ownership(paul.person.id, lots[1]?.id ?? '');
    await make.ownership(marc.person.id, lots[2]?.id ?? '');
    await make.ownership(olga.person.id, neighbour.lots[0]?.id ?? '');
    await make.councilMembership(chloe.person.id, condominiumId, { role: 'president' });
    await make.councilMembership(marc.person.id, condominiumId, { startDate: '2022-06-01', endDate: '2025-06-20' });
    await make.councilMembership(olga.person.id, neighbourId);
    for (const [name, client] of Object.entries({ chloe, paul, marc, olga }))
      cookies[name] = await signIn(t.app, client.reference);

    await council.budget(condominiumId, 2026, [
      { allocationKeyId: generalKeyId, accountCode: '614', label: 'Entretien', amountCents: 1_000_000 },
      { allocationKeyId: generalKeyId, accountCode: '616', label: 'Assurance', amountCents: 400_000 },
      { allocationKeyId: liftKeyId, accountCode: '614', label: 'Contrat ascenseur', amountCents: 300_000 },
    ]);
    await council.budget(condominiumId, 2025, [
      { allocationKeyId: generalKeyId, accountCode: '614', label: 'Entretien', amountCents: 900_000 },
    ]);
    const charge = (date: string, accountCode: string, keyId: string | null, cents: number, supplierName = 'Net & Clair') =>
      council.charge(condominiumId, { date, accountCode, keyId, supplierName, label: `Charge ${accountCode}`, cents });
    await charge('2026-02-10', '614', generalKeyId, 250_000);
    await council.entry(condominiumId, 'HA', '2026-04-02', 'Avoir Net & Clair', [
      { accountCode: '401', supplierName: 'Net & Clair', debitCents: 20_000 },
      { accountCode: '614', allocationKeyId: generalKeyId, label: 'Avoir', creditCents: 20_000 },
    ]);
    await charge('2026-01-20', '616', generalKeyId, 410_000, 'Mutuelle des Propriétaires');
    await charge('2026-05-05', '614', liftKeyId, 80_000, 'Ascenseurs Delta');
    await charge('2026-05-18', '615', null, 12_000, 'Plomberie Dupuis');
    await charge('2025-09-01', '614', generalKeyId, 870_000);
    await charge('2027-01-10', '614', generalKeyId, 99_999);
    // Co-owners' accounts: calls, a payment, a refund to Paul — and a supplier paid out of the bank.
    await council.entry(condominiumId, 'AP', '2026-01-01', 'Appel T1 2026', [
      { accountCode: '4501', personId: chloe.person.id, debitCents: 5_000 },
      { accountCode: '4501', personId: paul.person.id, debitCents: 7_000 },
      { accountCode: '701', creditCents: 12_000 },
    ]);
    await council.entry(condominiumId, 'BQ', '2026-01-09', 'Règlement', [
      { accountCode: '512', debitCents: 3_000 },
      { accountCode: '4501', personId: paul.person.id, creditCents: 3_000 },
    ]);
    await council.entry(condominiumId, 'BQ', '2026-02-01', `Remboursement ${names.paul}`, [
      { accountCode: '4501', personId: paul.person.id, debitCents: 500 },
      { accountCode: '512', creditCents: 500 },
    ]);
    await council.entry(condominiumId, 'BQ', '2026-03-12', 'Paiement Mutuelle des Propriétaires', [
      { accountCode: '401', supplierName: 'Mutuelle des Propriétaires', debitCents: 410_000 },
      { accountCode: '512', creditCents: 410_000 },
    ]);
  });

  afterAll(async () => {
    await t?.close();
  });

  it('compares the voted budget with actual spending per key and account, totals and the previous year included', async () => {
    const response = await get('chloe', councilUrl('/budget?year=2026'));
    expect(response.statusCode).toBe(200);
    const { current, previous } = response.json();
    expect(current.voted).toBe(true);
    expect(current.keys.map((key: { name: string }) => key.name)).toEqual([
      'Charges générales',
      'Ascenseur',
      'Sans clé de répartition',
    ]);
    const [general, lift, none] = current.keys;
    expect(general.lines).toEqual([
      {
        accountCode: '614',
        label: 'Entretien',
        budgetCents: 1_000_000,
        actualCents: 230_000,
        differenceCents: 770_000,
        consumedPercent: 23,
      },
      {
        accountCode: '616',
        label: 'Assurance',
        budgetCents: 400_000,
        actualCents: 410_000,
        differenceCents: -10_000,
        consumedPercent: 102.5,
      },
    ]);
    expect(general).toMatchObject({ budgetCents: 1_400_000, actualCents: 640_000, differenceCents: 760_000 });
    expect(lift.lines).toEqual([
      expect.objectContaining({ accountCode: '614', budgetCents: 300_000, actualCents: 80_000, consumedPercent: 26.7 }),
    ]);
    expect(none).toMatchObject({ keyId: null, budgetCents: 0, actualCents: 12_000, consumedPercent: null });
    expect(current.totals).toEqual({
      budgetCents: 1_700_000,
      actualCents: 732_000,
      differenceCents: 968_000,
      consumedPercent: 43.1,
    });
    expect(previous.year).toBe(2025);
    expect(previous.totals).toMatchObject({ budgetCents: 900_000, actualCents: 870_000 });
  });

  it('gives a balanced trial balance with the co-owners’ accounts summed into one line, naming nobody', async () => {
    const response = await get('chloe', councilUrl('/trial-balance?date=2026-12-31'));
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.totals.debitCents).toBe(body.totals.creditCents);
    expect(body.totals.debitBalanceCents).toBe(body.totals.creditBalanceCents);
    const coOwners = body.accounts.filter((account: { accountCode: string }) => account.accountCode === '4501');
    expect(coOwners).toEqual([
      {
        accountCode: '4501',
        label: 'Copropriétaires — budget prévisionnel',
        debitCents: 12_500,
        creditCents: 3_000,
        debitBalanceCents: 9_500,
        creditBalanceCents: 0,
        aggregated: true,
      },
    ]);
    expect(body.accounts.find((account: { accountCode: string }) => account.accountCode === '512')).toMatchObject({
      debitCents: 3_000,
      creditCents: 410_500,
      creditBalanceCents: 407_500,
    });
    // 2027's charge is after the date.
    expect(body.accounts.find((account: { accountCode: string }) => account.accountCode === '614').debitCents).toBe(
      250_000 + 80_000 + 870_000,
    );
    expect(response.body).not.toContain('Lemaire');
  });

  it('keeps the council’s space from co-owners, former members, other councils and other agencies (404)', async () => {
    const paths = ['', '/budget', '/trial-balance', '/expenses', '/bank-orders', '/invoices', '/spending-by-month'];
    for (const path of paths) {
      for (const who of ['paul', 'marc', 'olga', 'otherStaff']) {
        const response = await get(who, councilUrl(path));
        expect(response.statusCode, `${who} ${path}`).toBe(404);
        expect(response.json().code).toBe('NOT_FOUND');
      }
      expect((await get('chloe', councilUrl(path))).statusCode, `chloe ${path}`).toBe(200);
      expect((await get('staff', councilUrl(path))).statusCode, `staff ${path}`).toBe(200);
      expect((await get('olga', councilUrl(path, neighbourId))).statusCode, `olga ${path}`).toBe(200);
      expect((await t.app.inject({ method: 'GET', url: councilUrl(path) })).statusCode).toBe(401);
    }
    expect((await get('chloe', '/api/council/condominiums')).json().condominiums.map((row: { id: string }) => row.id)).toEqual([
      condominiumId,
    ]);
    expect((await get('paul', '/api/council/condominiums')).json().condominiums).toEqual([]);
    expect((await get('marc', '/api/council/condominiums')).json().condominiums).toEqual([]);
  });

  it('records an invoice in one go: the row, the purchase entry with its key, and the PDF published to the council', async () => {
    const response = await call('staff', 'POST', `/api/staff/condominiums/${condominiumId}/invoices`, invoiceForm());
    expect(response.statusCode, response.body).toBe(201);
    const invoice = response.json();
    expect(invoice).toMatchObject({
      supplierName: 'Ascenseurs Delta',
      invoiceNumber: 'F-2026-0412',
      invoiceDate: '2026-03-15',
      accountCode: '614',
      allocationKey: { id: liftKeyId, name: 'Ascenseur' },
      amountCents: 123_456,
      paidOn: null,
    });
    expect(invoice.pdfUrl).toMatch(new RegExp(`^/api/staff/documents/${invoice.documentId}/versions/[0-9a-f-]+/file$`));

    const { db } = t.database;
    const [entry] = await db
      .select()
      .from(ledgerEntries)
      .where(eq(ledgerEntries.externalId, `invoice:${invoice.id}`));
    expect(entry).toMatchObject({ journal: 'HA', entryDate: '2026-03-15', documentId: invoice.documentId });
    const lines = await db
      .select()
      .from(ledgerLines)
      .where(eq(ledgerLines.entryId, entry?.id ?? ''));
    expect(
      lines.map(({ accountCode, allocationKeyId, supplierName, debitCents, creditCents }) => ({
        accountCode,
        allocationKeyId,
        supplierName,
        debitCents,
        creditCents,
      })),
    ).toEqual(
      expect.arrayContaining([
        { accountCode: '614', allocationKeyId: liftKeyId, supplierName: null, debitCents: 123_456, creditCents: 0 },
        { accountCode: '401', allocationKeyId: null, supplierName: 'Ascenseurs Delta', debitCents: 0, creditCents: 123_456 },
      ]),
    );
    const [document] = await db.select().from(documents).where(eq(documents.id, invoice.documentId));
    expect(document).toMatchObject({ scope: 'council', folder: 'conseil_syndical', condominiumId, kind: 'Facture fournisseur' });

    // The council finds it in the expense report, with its PDF, which only council members may open.
    const expenses = (await get('chloe', councilUrl('/expenses?year=2026'))).json();
    const account614 = expenses.accounts.find((account: { accountCode: string }) => account.accountCode === '614');
    const liftLines = account614.keys.find((key: { keyId: string }) => key.keyId === liftKeyId).lines;
    const line = liftLines.find((candidate: { invoiceId: string | null }) => candidate.invoiceId === invoice.id);
    expect(line).toMatchObject({
      date: '2026-03-15',
      supplierName: 'Ascenseurs Delta',
      label: 'Révision annuelle de l’ascenseur',
      amountCents: 123_456,
      invoiceNumber: 'F-2026-0412',
      pdfUrl: `/api/documents/${invoice.documentId}/file`,
    });
    const pdf = await get('chloe', line.pdfUrl);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toContain('application/pdf');
    expect((await get('paul', line.pdfUrl)).statusCode).toBe(404);
    expect((await get('olga', line.pdfUrl)).statusCode).toBe(404);
    // And the budget's actual for the lift now includes it.
    const budget = (await get('chloe', councilUrl('/budget?year=2026'))).json();
    expect(budget.current.keys[1].actualCents).toBe(80_000 + 123_456);
  });

  it('refuses the same supplier’s invoice number twice (409, in French) and writes nothing', async () => {
    const { db } = t.database;
    const before = await db.select().from(ledgerEntries);
    const response = await call('staff', 'POST', `/api/staff/condominiums/${condominiumId}/invoices`, invoiceForm());
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({
      code: 'SUPPLIER_INVOICE_DUPLICATE',
      message: 'Une facture portant ce numéro est déjà enregistrée pour ce fournisseur dans cette copropriété.',
    });
    expect(await db.select().from(ledgerEntries)).toHaveLength(before.length);
    expect(await db.select().from(supplierInvoices).where(eq(supplierInvoices.condominiumId, condominiumId))).toHaveLength(1);
    // Another supplier may use the same number.
    const other = await call(
      'staff',
      'POST',
      `/api/staff/condominiums/${condominiumId}/invoices`,
      invoiceForm({ supplierName: 'Plomberie Dupuis', accountCode: '615', allocationKeyId: generalKeyId, amountCents: '8000' }),
    );
    expect(other.statusCode).toBe(201);
  });

  it('checks the form: a 6 account, a key of the condominium, a PDF; other agencies get 404', async () => {
    const url = `/api/staff/condominiums/${condominiumId}/invoices`;
    const wrongAccount = await call('staff', 'POST', url, invoiceForm({ invoiceNumber: 'X1', accountCode: '512' }));
    expect(wrongAccount.statusCode).toBe(400);
    expect(wrongAccount.json().details.fields[0]).toMatchObject({
      field: 'accountCode',
      message: 'Le compte de charges commence par 6 (ex. 614, 6141).',
    });
    const wrongKey = await call('staff', 'POST', url, invoiceForm({ invoiceNumber: 'X2', allocationKeyId: foreignKeyId }));
    expect(wrongKey.statusCode).toBe(400);
    expect(wrongKey.json().message).toBe("Cette clé de répartition n'appartient pas à la copropriété.");
    const png = await call('staff', 'POST', url, invoiceForm({ invoiceNumber: 'X3' }, { name: 'scan.png', bytes: TINY_PNG }));
    expect(png.statusCode).toBe(400);
    expect(png.json().message).toBe('La facture doit être un fichier PDF.');
    expect((await call('otherStaff', 'POST', url, invoiceForm({ invoiceNumber: 'X4' }))).statusCode).toBe(404);
    expect((await call('chloe', 'POST', url, invoiceForm({ invoiceNumber: 'X5' }))).statusCode).toBe(404);
    const foreign = await call(
      'staff',
      'POST',
      `/api/staff/condominiums/${foreignCondominiumId}/invoices`,
      invoiceForm({ invoiceNumber: 'X6', allocationKeyId: foreignKeyId }),
    );
    expect(foreign.statusCode).toBe(404);
    expect(
      await t.database.db
        .select()
        .from(supplierInvoices)
        .where(and(eq(supplierInvoices.condominiumId, condominiumId), eq(supplierInvoices.supplierName, 'Ascenseurs Delta'))),
    ).toHaveLength(1);
  });

  it('pays an invoice once: the bank order (debit 401, credit 512) the council sees with its invoice', async () => {
    const { invoices } = (await get('staff', councilUrl('/invoices?year=2026'))).json();
    const invoice = invoices.find(
      (row: { invoiceNumber: string; supplierName: string }) => row.supplierName === 'Ascenseurs Delta',
    );
    const payUrl = `/api/staff/invoices/${invoice.id}/pay`;
    expect((await call('otherStaff', 'POST', payUrl, { paidOn: '2026-04-14' })).statusCode).toBe(404);
    expect((await call('chloe', 'POST', payUrl, { paidOn: '2026-04-14' })).statusCode).toBe(404);
    const early = await call('staff', 'POST', payUrl, { paidOn: '2026-03-01' });
    expect(early.statusCode).toBe(400);
    expect(early.json().message).toBe('Le paiement ne peut pas précéder la facture (du 15/03/2026).');

    const paid = await call('staff', 'POST', payUrl, { paidOn: '2026-04-14' });
    expect(paid.statusCode, paid.body).toBe(200);
    expect(paid.json().paidOn).toBe('2026-04-14');
    const { db } = t.database;
    const [entry] = await db
      .select()
      .from(ledgerEntries)
      .where(eq(ledgerEntries.externalId, `invoice-payment:${invoice.id}`));
    expect(entry).toMatchObject({ journal: 'BQ', entryDate: '2026-04-14' });
    const lines = await db
      .select()
      .from(ledgerLines)
      .where(eq(ledgerLines.entryId, entry?.id ?? ''));
    expect(lines.map((line) => [line.accountCode, line.debitCents, line.creditCents]).sort()).toEqual([
      ['401', 123_456, 0],
      ['512', 0, 123_456],
    ]);
    const again = await call('staff', 'POST', payUrl, { paidOn: '2026-04-15' });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('SUPPLIER_INVOICE_ALREADY_PAID');

    const orders = (await get('chloe', councilUrl('/bank-orders?year=2026'))).json();
    expect(
      orders.orders.map((order: { date: string; beneficiary: string; amountCents: number }) => [
        order.date,
        order.beneficiary,
        order.amountCents,
      ]),
    ).toEqual([
      ['2026-03-12', 'Mutuelle des Propriétaires', 410_000],
      ['2026-04-14', 'Ascenseurs Delta', 123_456],
    ]);
    expect(orders.orders[1].invoice).toMatchObject({ id: invoice.id, invoiceNumber: 'F-2026-0412' });
    // The refund to a co-owner is his own business, not the council's.
    expect(JSON.stringify(orders)).not.toContain('Lemaire');
    const list = (await get('chloe', councilUrl('/invoices?year=2026'))).json();
    expect(list.invoices.find((row: { id: string }) => row.id === invoice.id).paidOn).toBe('2026-04-14');
    expect(list.unpaidCents).toBe(8_000);
  });

  it('exports the budget and the expense report as PDF and Excel, for the council only', async () => {
    const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ');
    const budgetPdf = await get('chloe', councilUrl('/exports/budget?year=2026&format=pdf'));
    expect(budgetPdf.statusCode).toBe(200);
    expect(budgetPdf.headers['content-type']).toBe('application/pdf');
    expect(budgetPdf.headers['content-disposition']).toContain('budget-2026.pdf');
    const budgetText = plain((await extractText(new Uint8Array(budgetPdf.rawPayload), { mergePages: true })).text);
    expect(budgetText).toContain('Budget et dépenses réelles 2026');
    expect(budgetText).toContain('17 000,00 €');
    const expensesPdf = await get('staff', councilUrl('/exports/expenses?year=2026&format=pdf'));
    const expensesText = plain((await extractText(new Uint8Array(expensesPdf.rawPayload), { mergePages: true })).text);
    expect(expensesText).toContain('Relevé général des dépenses 2026');
    expect(expensesText).toContain('F-2026-0412');
    const xlsx = await get('chloe', councilUrl('/exports/expenses?year=2026&format=xlsx'));
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect(xlsx.rawPayload.subarray(0, 2).toString('latin1')).toBe('PK');
    expect((await get('paul', councilUrl('/exports/budget?format=pdf'))).statusCode).toBe(404);
    expect((await get('otherStaff', councilUrl('/exports/budget?format=xlsx'))).statusCode).toBe(404);
    expect((await get('chloe', councilUrl('/exports/balance?format=pdf'))).statusCode).toBe(400);
  });

  it('sums spending month by month against the previous year', async () => {
    const { months } = (await get('chloe', councilUrl('/spending-by-month?year=2026'))).json();
    expect(months).toHaveLength(12);
    expect(months[0]).toEqual({ month: 1, amountCents: 410_000, previousYearCents: 0 });
    expect(months[2].amountCents).toBe(123_456 + 8_000);
    expect(months[3].amountCents).toBe(-20_000);
    expect(months[8]).toEqual({ month: 9, amountCents: 0, previousYearCents: 870_000 });
  });
});
