import { and, eq, sql } from 'drizzle-orm';
import { extractText } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { factories } from '../../../../test/support/factories.ts';
import { landlordFactories } from '../../../../test/support/landlord-factories.ts';
import { callAs } from '../../../../test/support/sessions.ts';
import { documents, ledgerEntries, ledgerLines, ledgers, notifications } from '../../db/schema/index.ts';

/**
 * A hand-built quarter (Q1 2025) at an agency managing two landlords:
 * - Mme Bailleur (mandate at 7 %): unit A let 950 € + 80 € charges, always paid; unit B let 700 € + 50 €, whose
 *   tenant paid January and 400 € in February only; a water heater repair of 189,60 € on B; December 2024's
 *   rent of A (1 030 €) received and not yet transferred.
 *   Received 3 090 + 1 150 = 4 240 €; fees 7 % = 296,80 € HT, VAT 59,36 €, 356,16 € incl. VAT;
 *   transfer 1 030 + 4 240 − 189,60 − 356,16 = 4 724,24 €; tenants still owe 1 100 €.
 * - M. Autre (mandate at 8 %): one vacant unit and a 500 € expense: nothing to transfer, − 500 € carried forward.
 */
describe('landlord statements (compte rendu de gérance)', () => {
  let t: TestApp;
  let call: ReturnType<typeof callAs>;
  let agencyId: string;
  let staff: string;
  let otherStaff: string;
  let landlord: { id: string; reference: string };
  let otherLandlord: { id: string; reference: string };
  let tenant: string;
  const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ');
  const Q1 = { periodStart: '2025-01-01', periodEnd: '2025-03-31' };

  const landlordBalance = async (personId: string) => {
    const [row] = await t.database.db
      .select({ cents: sql<number>`coalesce(sum(${ledgerLines.creditCents} - ${ledgerLines.debitCents}), 0)::int` })
      .from(ledgerLines)
      .innerJoin(ledgerEntries, eq(ledgerEntries.id, ledgerLines.entryId))
      .innerJoin(ledgers, eq(ledgers.id, ledgerEntries.ledgerId))
      .where(and(eq(ledgers.agencyId, agencyId), eq(ledgerLines.accountCode, '4671'), eq(ledgerLines.personId, personId)));
    return row?.cents ?? 0;
  };
  const entryCount = async () => (await t.database.db.select({ n: sql<number>`count(*)::int` }).from(ledgerEntries))[0]?.n;

  beforeAll(async () => {
    t = await createTestApp();
    call = callAs(t.app);
    const make = factories(t.database.db);
    const ledger = landlordFactories(t.database.db);
    const agency = await make.agency({
      kind: 'rental',
      name: 'ImmoTest Gérance',
      addressLine1: '12 rue de la Paix',
      postalCode: '75002',
      city: 'Paris',
    });
    agencyId = agency.id;
    staff = (await make.staffMember(agency.id, { firstName: 'Thomas', lastName: 'Moreau' })).email;
    otherStaff = (await make.staffMember((await make.agency({ kind: 'rental' })).id)).email;
    const owner = await make.client(agency.id, {
      civility: 'MME',
      firstName: 'Anne',
      lastName: 'Bailleur',
      reference: 'BA100001',
    });
    landlord = { id: owner.person.id, reference: owner.reference };
    const other = await make.client(agency.id, { lastName: 'Autre', reference: 'BA100002' });
    otherLandlord = { id: other.person.id, reference: other.reference };
    const tenantA = await make.client(agency.id, { firstName: 'Paul', lastName: 'Régulier', reference: 'LO100001' });
    const tenantB = await make.client(agency.id, {
      civility: 'MME',
      firstName: 'Léa',
      lastName: 'Retard',
      reference: 'LO100002',
    });
    tenant = tenantB.reference;

    const { units } = await make.mandate(
      agency.id,
      owner.person.id,
      [
        { reference: 'A-01', addressLine1: '3 rue Cler', postalCode: '75007' },
        { reference: 'B-02', addressLine1: '8 rue Daguerre', postalCode: '75014' },
      ],
      { reference: 'MG-2020-001', feeRateBasisPoints: 700, startDate: '2020-01-01' },
    );
    const [unitA, unitB] = units;
    if (!unitA || !unitB) throw new Error('units missing');
    const leaseA = await make.lease(unitA.id, [tenantA.person.id], {
      monthlyRentCents: 95_000,
      monthlyChargesCents: 8_000,
      startDate: '2023-09-01',
    });
    const leaseB = await make.lease(unitB.id, [tenantB.person.id], {
      monthlyRentCents: 70_000,
      monthlyChargesCents: 5_000,
      startDate: '2024-06-01',
    });
    const a = { tenantId: tenantA.person.id, leaseId: leaseA.id, managedUnitId: unitA.id };
    const b = { tenantId: tenantB.person.id, leaseId: leaseB.id, managedUnitId: unitB.id };
    await ledger.rentCall(agency.id, {
      ...a,
      date: '2024-12-01',
      landlordId: owner.person.id,
      rentCents: 95_000,
      chargesCents: 8_000,
    });
    await ledger.rentPayment(agency.id, { ...a, date: '2024-12-03', amountCents: 103_000 });
    for (const month of ['01', '02', '03']) {
      await ledger.rentCall(agency.id, {
        ...a,
        date: `2025-${month}-01`,
        landlordId: owner.person.id,
        rentCents: 95_000,
        chargesCents: 8_000,
      });
      await ledger.rentPayment(agency.id, { ...a, date: `2025-${month}-04`, amountCents: 103_000 });
      await ledger.rentCall(agency.id, {
        ...b,
        date: `2025-${month}-01`,
        landlordId: owner.person.id,
        rentCents: 70_000,
        chargesCents: 5_000,
      });
    }
    await ledger.rentPayment(agency.id, { ...b, date: '2025-01-06', amountCents: 75_000 });
    await ledger.rentPayment(agency.id, { ...b, date: '2025-02-10', amountCents: 40_000 });
    await ledger.landlordExpense(agency.id, {
      date: '2025-02-12',
      landlordId: owner.person.id,
      managedUnitId: unitB.id,
      supplierName: 'Plomberie Dupuis',
      label: 'Réparation du chauffe-eau',
      amountCents: 18_960,
    });
    // April: B's tenant catches up 300 €, outside the quarter.
    await ledger.rentPayment(agency.id, { ...b, date: '2025-04-05', amountCents: 30_000 });

    const { units: otherUnits } = await make.mandate(agency.id, other.person.id, [{ reference: 'C-01' }], {
      reference: 'MG-2021-002',
      feeRateBasisPoints: 800,
      startDate: '2021-01-01',
    });
    await ledger.landlordExpense(agency.id, {
      date: '2025-03-20',
      landlordId: other.person.id,
      managedUnitId: otherUnits[0]?.id ?? null,
      supplierName: 'Serrurerie Lecourbe',
      label: 'Changement de serrure',
      amountCents: 50_000,
    });
  });

  afterAll(async () => {
    await t?.close();
  });

  it('issues every mandate of the agency with its figures to the cent', async () => {
    const response = await call(staff, 'POST', '/api/staff/landlord-statements', Q1);
    expect(response.statusCode, response.body).toBe(201);
    const body = response.json();
    expect(body.createdCount).toBe(2);
    const byMandate = Object.fromEntries(body.statements.map((row: { mandateReference: string }) => [row.mandateReference, row]));
    expect(byMandate['MG-2020-001']).toMatchObject({
      periodLabel: '1er trimestre 2025',
      landlord: { id: landlord.id, name: 'Mme Anne Bailleur' },
      transferredCents: 472_424,
      feesCents: 35_616,
      feesVatCents: 5_936,
      feesExcludingVatCents: 29_680,
      feeRateBasisPoints: 700,
    });
    expect(byMandate['MG-2021-002']).toMatchObject({ transferredCents: 0, feesCents: 0, feesVatCents: 0 });
  });

  it('posts the fees and the transfer: what remains on the landlord account is what the tenants still owe', async () => {
    const statements = (await call(staff, 'GET', '/api/staff/landlord-statements')).json().statements;
    const statement = statements.find((row: { mandateReference: string }) => row.mandateReference === 'MG-2020-001');
    const entries = await t.database.db
      .select({ journal: ledgerEntries.journal, externalId: ledgerEntries.externalId, entryDate: ledgerEntries.entryDate })
      .from(ledgerEntries)
      .where(sql`${ledgerEntries.externalId} like ${`landlord-%:${statement.id}`}`);
    expect(entries).toHaveLength(2);
    expect(entries).toEqual(
      expect.arrayContaining([
        { journal: 'OD', externalId: `landlord-fees:${statement.id}`, entryDate: '2025-03-31' },
        { journal: 'BQ', externalId: `landlord-transfer:${statement.id}`, entryDate: '2025-03-31' },
      ]),
    );
    const lines = await t.database.db
      .select({ accountCode: ledgerLines.accountCode, debitCents: ledgerLines.debitCents, creditCents: ledgerLines.creditCents })
      .from(ledgerLines)
      .innerJoin(ledgerEntries, eq(ledgerEntries.id, ledgerLines.entryId))
      .where(eq(ledgerEntries.externalId, `landlord-fees:${statement.id}`));
    expect(lines).toEqual(
      expect.arrayContaining([
        { accountCode: '4671', debitCents: 35_616, creditCents: 0 },
        { accountCode: '706', debitCents: 0, creditCents: 29_680 },
        { accountCode: '44571', debitCents: 0, creditCents: 5_936 },
      ]),
    );
    // The April catch-up (300 €) is after the quarter: 4671 = 1 100 € owed at the end of March − 0 carried + 0.
    expect(await landlordBalance(landlord.id)).toBe(110_000);
    // Nothing to transfer: the 500 € shortfall stays on the account, carried forward.
    expect(await landlordBalance(otherLandlord.id)).toBe(-50_000);
  });

  it('prints the figures in the PDF published to the landlord, who is notified', async () => {
    const mine = await call(landlord.reference, 'GET', '/api/landlord-statements');
    expect(mine.statusCode).toBe(200);
    const [statement] = mine.json().statements;
    expect(mine.json().statements).toHaveLength(1);
    expect(statement).toMatchObject({
      periodLabel: '1er trimestre 2025',
      transferredCents: 472_424,
      mandateReference: 'MG-2020-001',
    });
    const file = await call(landlord.reference, 'GET', `/api/documents/${statement.documentId}/file`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toContain('application/pdf');
    const text = plain((await extractText(new Uint8Array(file.rawPayload), { mergePages: true })).text);
    for (const expected of [
      'Compte rendu de gérance — 1er trimestre 2025',
      'Période du 1er janvier 2025 au 31 mars 2025',
      'Mme Anne Bailleur — référence BA100001',
      'MG-2020-001 du 1er janvier 2020',
      '7,00 % HT des sommes encaissées',
      'Solde reporté au 1er janvier 2025 1 030,00 €',
      'Loyers et charges encaissés 4 240,00 €',
      'Dépenses réglées pour votre compte -189,60 €',
      'Honoraires de gestion (7,00 % HT) -296,80 €',
      'TVA sur honoraires (20 %) -59,36 €',
      'Montant reversé au mandant 4 724,24 €',
      'par virement',
      'Honoraires TTC de la période : 356,16 €',
      'Reste dû par les locataires au 31 mars 2025 : 1 100,00 €',
      '8 rue Daguerre, 75014 Mme Léa Retard 2 100,00 150,00 1 150,00 1 100,00',
      '3 rue Cler, 75007 M. Paul Régulier 2 850,00 240,00 3 090,00',
      'Plomberie Dupuis Réparation du chauffe-eau 189,60 €',
      'Thomas Moreau',
    ])
      expect(text).toContain(expected);

    const [document] = await t.database.db.select().from(documents).where(eq(documents.id, statement.documentId));
    expect(document).toMatchObject({
      folder: 'gerance',
      kind: 'Compte rendu de gérance',
      scope: 'person',
      personId: landlord.id,
    });
    const notes = await t.database.db.select().from(notifications).where(eq(notifications.personId, landlord.id));
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({
      title: 'Compte rendu de gérance — 1er trimestre 2025',
      link: '/finances',
      documentId: statement.documentId,
    });
    expect(plain(notes[0]?.body ?? '')).toBe('Montant reversé : 4 724,24 €.');
  });

  it('says why nothing was transferred when expenses exceed what came in', async () => {
    const [statement] = (await call(otherLandlord.reference, 'GET', '/api/landlord-statements')).json().statements;
    const file = await call(otherLandlord.reference, 'GET', `/api/documents/${statement.documentId}/file`);
    const text = plain((await extractText(new Uint8Array(file.rawPayload), { mergePages: true })).text);
    expect(text).toContain('Montant reversé au mandant 0,00 €');
    expect(text).toContain('Solde reporté au 31 mars 2025 -500,00 €');
    expect(text).toContain('Aucun virement pour cette période');
    expect(text).toContain('C-01');
    expect(text).toContain('Vacant');
  });

  it('answers the statements already issued when the same period is issued again, and changes nothing', async () => {
    const before = await entryCount();
    const again = await call(staff, 'POST', '/api/staff/landlord-statements', Q1);
    expect(again.statusCode).toBe(200);
    expect(again.json().createdCount).toBe(0);
    expect(again.json().statements).toHaveLength(2);
    expect(await entryCount()).toBe(before);
    expect(await landlordBalance(landlord.id)).toBe(110_000);
  });

  it('carries the balance forward into the next period', async () => {
    const april = await call(staff, 'POST', '/api/staff/landlord-statements', {
      periodStart: '2025-04-01',
      periodEnd: '2025-04-30',
    });
    expect(april.statusCode, april.body).toBe(201);
    const byMandate = Object.fromEntries(
      april.json().statements.map((row: { mandateReference: string }) => [row.mandateReference, row]),
    );
    // April: only B's 300 € catch-up comes in; 7 % = 21,00 € + 4,20 € VAT.
    expect(byMandate['MG-2020-001']).toMatchObject({
      periodLabel: 'avril 2025',
      transferredCents: 30_000 - 2_520,
      feesCents: 2_520,
    });
    expect(byMandate['MG-2021-002']).toMatchObject({ transferredCents: 0 });
    expect(await landlordBalance(otherLandlord.id)).toBe(-50_000);
    const statements = (await call(otherLandlord.reference, 'GET', '/api/landlord-statements')).json().statements;
    expect(statements.map((row: { periodLabel: string }) => row.periodLabel)).toEqual(['avril 2025', '1er trimestre 2025']);
    const file = await call(otherLandlord.reference, 'GET', `/api/documents/${statements[0].documentId}/file`);
    const text = plain((await extractText(new Uint8Array(file.rawPayload), { mergePages: true })).text);
    expect(text).toContain('Solde reporté au 1er avril 2025 -500,00 €');
  });

  it('issues a period once when two staff members ask at the same moment', async () => {
    const may = { periodStart: '2025-05-01', periodEnd: '2025-05-31' };
    const answers = await Promise.all([
      call(staff, 'POST', '/api/staff/landlord-statements', may),
      call(staff, 'POST', '/api/staff/landlord-statements', may),
    ]);
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([200, 201]);
    expect(answers.map((answer) => answer.json().createdCount).sort()).toEqual([0, 2]);
    const [count] = await t.database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(ledgerEntries)
      .where(sql`${ledgerEntries.externalId} like 'landlord-%'`);
    // Q1: fees + transfer for Mme Bailleur; April: the same; May: nothing received, nothing posted.
    expect(count?.n).toBe(4);
  });

  it('refuses a period that overlaps or precedes one already issued, an open period and an inverted one', async () => {
    const overlap = await call(staff, 'POST', '/api/staff/landlord-statements', {
      periodStart: '2025-02-01',
      periodEnd: '2025-02-28',
    });
    expect(overlap.statusCode).toBe(409);
    expect(overlap.json().code).toBe('LANDLORD_STATEMENT_CONFLICT');
    const earlier = await call(staff, 'POST', '/api/staff/landlord-statements', {
      periodStart: '2024-10-01',
      periodEnd: '2024-12-31',
    });
    expect(earlier.statusCode).toBe(409);
    const open = await call(staff, 'POST', '/api/staff/landlord-statements', {
      periodStart: '2099-01-01',
      periodEnd: '2099-01-31',
    });
    expect(open.statusCode).toBe(422);
    expect(open.json().code).toBe('LANDLORD_STATEMENT_PERIOD_OPEN');
    const inverted = await call(staff, 'POST', '/api/staff/landlord-statements', {
      periodStart: '2025-06-30',
      periodEnd: '2025-06-01',
    });
    expect(inverted.statusCode).toBe(400);
    expect(inverted.json().message).toBe('La fin de la période précède son début.');
  });

  it("keeps other agencies' staff, other landlords and tenants out", async () => {
    const [statement] = (await call(staff, 'GET', '/api/staff/landlord-statements')).json().statements;
    expect(statement.versionId).toBeTruthy();
    const own = await call(staff, 'GET', `/api/staff/documents/${statement.documentId}/versions/${statement.versionId}/file`);
    expect(own.statusCode).toBe(200);

    expect((await call(otherStaff, 'GET', '/api/staff/landlord-statements')).json().statements).toEqual([]);
    const foreign = await call(
      otherStaff,
      'GET',
      `/api/staff/documents/${statement.documentId}/versions/${statement.versionId}/file`,
    );
    expect(foreign.statusCode).toBe(404);
    const foreignIssue = await call(otherStaff, 'POST', '/api/staff/landlord-statements', {
      periodStart: '2025-05-01',
      periodEnd: '2025-05-31',
    });
    expect(foreignIssue.json()).toEqual({ createdCount: 0, statements: [] });

    const mine = (await call(landlord.reference, 'GET', '/api/landlord-statements')).json().statements;
    const theirs = (await call(otherLandlord.reference, 'GET', '/api/landlord-statements')).json().statements;
    expect(mine.every((row: { mandateReference: string }) => row.mandateReference === 'MG-2020-001')).toBe(true);
    expect((await call(otherLandlord.reference, 'GET', `/api/documents/${mine[0].documentId}/file`)).statusCode).toBe(404);
    expect((await call(landlord.reference, 'GET', `/api/documents/${theirs[0].documentId}/file`)).statusCode).toBe(404);

    expect((await call(tenant, 'GET', '/api/landlord-statements')).statusCode).toBe(404);
    expect((await call(tenant, 'GET', `/api/documents/${mine[0].documentId}/file`)).statusCode).toBe(404);
    expect((await call(tenant, 'POST', '/api/staff/landlord-statements', Q1)).statusCode).toBe(404);
    expect((await call(landlord.reference, 'GET', '/api/staff/landlord-statements')).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/api/landlord-statements' })).statusCode).toBe(401);
  });
});
