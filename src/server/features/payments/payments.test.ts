import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { factories } from '../../../../test/support/factories.ts';
import { camt053, multipartFile, paymentFactories, rentalCsv } from '../../../../test/support/payments-factories.ts';
import { type CallAs, callAs, sessions } from '../../../../test/support/sessions.ts';
import { bankStatementImports, bankTransactions, directDebits, storedFiles } from '../../db/schema/index.ts';
import type { FinanceOverview } from '../ledger/ledger.schema.ts';

describe('Payments: entered by hand, read from bank statements, reviewed', () => {
  let t: TestApp;
  let call: CallAs;
  let cookieOf: (identifier: string) => Promise<string>;
  let staff: string;
  let foreignStaff: string;
  let agencyId: string;
  let condominiumId: string;
  let leaseId: string;
  let condoAccountId: string;
  let rentalAccountId: string;
  let foreignAccountId: string;
  let returnedDebitId: string;
  let collectedDebitId: string;
  const people = {} as Record<
    'allouard' | 'bernard' | 'colin' | 'durand' | 'haddad',
    { reference: string; person: { id: string } }
  >;

  const balanceOf = async (reference: string, key: string) => {
    const response = await call(reference, 'GET', '/api/finance');
    expect(response.statusCode).toBe(200);
    return (response.json() as FinanceOverview).accounts.find((account) => account.key === key)?.balanceCents;
  };
  const upload = async (identifier: string, bankAccountId: string, fileName: string, content: string) => {
    const form = multipartFile(fileName, content);
    return t.app.inject({
      method: 'POST',
      url: `/api/staff/bank-accounts/${bankAccountId}/statements`,
      payload: form.payload,
      headers: { ...form.headers, cookie: await cookieOf(identifier) },
    });
  };
  const transactions = async (bankAccountId: string, status?: string) => {
    const response = await call(
      staff,
      'GET',
      `/api/staff/bank-accounts/${bankAccountId}/transactions${status ? `?status=${status}` : ''}`,
    );
    expect(response.statusCode).toBe(200);
    return response.json() as {
      account: { toReviewCount: number };
      transactions: {
        id: string;
        amountCents: number;
        status: string;
        remittanceInformation: string | null;
        matchedPerson: { name: string } | null;
        candidates: { personId: string; reasons: string[] }[];
      }[];
    };
  };

  beforeAll(async () => {
    t = await createTestApp();
    const make = factories(t.database.db);
    const pay = paymentFactories(t.database.db);
    call = callAs(t.app);
    cookieOf = sessions(t.app);
    const agency = await make.agency({ name: 'Cabinet Alpha', kind: 'mixed' });
    agencyId = agency.id;
    staff = (await make.staffMember(agency.id)).email;
    const { condominium, lots } = await make.condominium(agency.id, 4, { name: 'Les Tilleuls' });
    condominiumId = condominium.id;
    people.allouard = await make.client(agency.id, { civility: 'M_ET_MME', lastName: 'Allouard', reference: 'CO100452' });
    people.bernard = await make.client(agency.id, { firstName: 'Pierre', lastName: 'Bernard', reference: 'CO100417' });
    people.colin = await make.client(agency.id, { civility: 'MME', firstName: 'Hélène', lastName: 'Colin' });
    people.durand = await make.client(agency.id, { lastName: 'Durand' });
    for (const [index, name] of (['allouard', 'bernard', 'colin', 'durand'] as const).entries())
      await make.ownership(people[name].person.id, lots[index]?.id ?? '');
    people.haddad = await make.client(agency.id, { lastName: 'Haddad', reference: 'LO300115' });
    const landlord = await make.client(agency.id, { companyName: 'GERASCO', civility: 'SOCIETE' });
    const { units } = await make.mandate(agency.id, landlord.person.id, 1);
    const unitId = units[0]?.id ?? '';
    leaseId = (await make.lease(unitId, [people.haddad.person.id], { reference: 'BAIL-1001', startDate: '2024-01-01' })).id;

    await pay.coOwnerCall(condominiumId, people.allouard.person.id, 112_935, '2026-10-01');
    await pay.coOwnerCall(condominiumId, people.bernard.person.id, 50_000, '2026-10-01');
    await pay.coOwnerCall(condominiumId, people.colin.person.id, 25_000, '2026-10-01');
    await pay.coOwnerCall(condominiumId, people.durand.person.id, 30_000, '2026-10-01');
    await pay.rentCall(agency.id, {
      tenantId: people.haddad.person.id,
      landlordId: landlord.person.id,
      leaseId,
      managedUnitId: unitId,
      cents: 103_000,
      date: '2026-11-01',
    });
    const condoAccount = await pay.bankAccount(
      agency.id,
      { condominiumId },
      { holderName: 'SDC Les Tilleuls', iban: 'FR7630004000031234567890143' },
    );
    condoAccountId = condoAccount.id;
    rentalAccountId = (
      await pay.bankAccount(
        agency.id,
        { rental: true },
        { holderName: 'Cabinet Alpha gérance', iban: 'FR7610107001011234567890129' },
      )
    ).id;
    collectedDebitId = (
      await pay.submittedDebit({
        agencyId,
        creditorAccountId: condoAccountId,
        personId: people.colin.person.id,
        condominiumId,
        amountCents: 25_000,
        collectionDate: '2026-11-06',
        endToEndId: 'PAL-E2E-COLLECT-1',
      })
    ).debit.id;
    returnedDebitId = (
      await pay.submittedDebit({
        agencyId,
        creditorAccountId: condoAccountId,
        personId: people.durand.person.id,
        condominiumId,
        amountCents: 30_000,
        collectionDate: '2026-11-06',
        endToEndId: 'PAL-E2E-RETURN-1',
      })
    ).debit.id;

    const other = await make.agency({ name: 'Cabinet Bêta', kind: 'syndic' });
    foreignStaff = (await make.staffMember(other.id)).email;
    const foreignCondominium = (await make.condominium(other.id, 1)).condominium;
    foreignAccountId = (
      await pay.bankAccount(
        other.id,
        { condominiumId: foreignCondominium.id },
        { holderName: 'SDC Bêta', iban: 'FR7630004000031234567890143' },
      )
    ).id;
  });

  afterAll(async () => t?.close());

  it('records a cheque on a co-owner’s account: the co-owner sees it on their finances, once per idempotency key', async () => {
    const key = `coOwner:${condominiumId}`;
    expect(await balanceOf(people.allouard.reference, key)).toBe(-112_935);
    const body = {
      personId: people.allouard.person.id,
      condominiumId,
      amountCents: 10_000,
      paidOn: '2026-11-02',
      method: 'chèque',
      reference: 'n° 1234567',
    };
    const send = async () =>
      t.app.inject({
        method: 'POST',
        url: '/api/staff/payments',
        payload: body,
        headers: { cookie: await cookieOf(staff), 'idempotency-key': 'form-42' },
      });
    const first = await send();
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({
      created: true,
      amountCents: 10_000,
      balanceCents: -102_935,
      label: 'Règlement par chèque — n° 1234567',
    });
    const again = await send();
    expect(again.statusCode).toBe(201);
    expect(again.json()).toMatchObject({ created: false, entryId: first.json().entryId, balanceCents: -102_935 });
    expect(await balanceOf(people.allouard.reference, key)).toBe(-102_935);

    // Undo for the statement tests below: the same amount written back as a call.
    await paymentFactories(t.database.db).coOwnerCall(
      condominiumId,
      people.allouard.person.id,
      10_000,
      '2026-11-02',
      'Annulation chèque',
    );
  });

  it('records a tenant’s payment on the lease, and refuses bad input and other agencies’ accounts', async () => {
    const tenantPayment = await call(staff, 'POST', '/api/staff/payments', {
      leaseId,
      amountCents: 1_000,
      paidOn: '2026-11-03',
      method: 'espèces',
    });
    expect(tenantPayment.statusCode).toBe(201);
    expect(tenantPayment.json().balanceCents).toBe(-102_000);
    expect(await balanceOf(people.haddad.reference, `tenant:${leaseId}`)).toBe(-102_000);

    const zero = await call(staff, 'POST', '/api/staff/payments', {
      leaseId,
      amountCents: 0,
      paidOn: '2026-11-03',
      method: 'carte',
    });
    expect(zero.statusCode).toBe(400);
    expect(JSON.stringify(zero.json())).toContain('Le montant doit être positif.');
    const both = await call(staff, 'POST', '/api/staff/payments', {
      leaseId,
      condominiumId,
      personId: people.allouard.person.id,
      amountCents: 100,
      paidOn: '2026-11-03',
      method: 'carte',
    });
    expect(both.statusCode).toBe(400);

    const foreign = await call(foreignStaff, 'POST', '/api/staff/payments', {
      personId: people.allouard.person.id,
      condominiumId,
      amountCents: 100,
      paidOn: '2026-11-03',
      method: 'virement',
    });
    expect(foreign.statusCode).toBe(404);
    const notOwner = await call(staff, 'POST', '/api/staff/payments', {
      personId: people.haddad.person.id,
      condominiumId,
      amountCents: 100,
      paidOn: '2026-11-03',
      method: 'virement',
    });
    expect(notOwner.statusCode).toBe(404);
    const asClient = await call(people.allouard.reference, 'POST', '/api/staff/payments', {
      leaseId,
      amountCents: 100,
      paidOn: '2026-11-03',
      method: 'carte',
    });
    expect(asClient.statusCode).toBe(404);
  });

  it('imports a CAMT.053 statement: references and exact amounts matched, our collection paid, the return recorded, the rest to review', async () => {
    const response = await upload(staff, condoAccountId, 'releve-novembre.xml', camt053);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      format: 'camt053',
      counts: { lines: 6, new: 6, alreadyImported: 0, matched: 2, collections: 1, returns: 1, unmatched: 2 },
    });
    const key = `coOwner:${condominiumId}`;
    expect(await balanceOf(people.allouard.reference, key)).toBe(-112_935 + 46_132);
    expect(await balanceOf(people.bernard.reference, key)).toBe(0);
    expect(await balanceOf(people.colin.reference, key)).toBe(0);
    expect(await balanceOf(people.durand.reference, key)).toBe(-30_000);
    const [collected] = await t.database.db.select().from(directDebits).where(eq(directDebits.id, collectedDebitId));
    expect(collected?.status).toBe('paid');
    const [returned] = await t.database.db.select().from(directDebits).where(eq(directDebits.id, returnedDebitId));
    expect(returned).toMatchObject({ status: 'returned', returnReasonCode: 'AM04' });

    const list = await transactions(condoAccountId, 'unmatched');
    expect(list.account.toReviewCount).toBe(2);
    expect(list.transactions.map((row) => row.amountCents).sort()).toEqual([12_000, 8_750]);
    const colinTransfer = list.transactions.find((row) => row.amountCents === 12_000);
    expect(colinTransfer?.candidates).toEqual([expect.objectContaining({ personId: people.colin.person.id, reasons: ['name'] })]);
    const all = await transactions(condoAccountId);
    expect(all.transactions.find((row) => row.amountCents === 50_000)?.matchedPerson?.name).toBe('M. Pierre Bernard');

    const accounts = (await call(staff, 'GET', '/api/staff/bank-accounts')).json() as {
      accounts: { id: string; ibanMasked: string; toReviewCount: number }[];
    };
    const listed = accounts.accounts.find((account) => account.id === condoAccountId);
    expect(listed?.toReviewCount).toBe(2);
    expect(listed?.ibanMasked).not.toContain('1234567890');
  });

  it('changes nothing when the same statement is imported again', async () => {
    const db = t.database.db;
    const before = await Promise.all([
      db.select({ n: count() }).from(bankTransactions),
      db.select({ n: count() }).from(bankStatementImports),
    ]);
    const response = await upload(staff, condoAccountId, 'releve-novembre (1).xml', camt053);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ importId: null, counts: { new: 0, alreadyImported: 6, matched: 0, unmatched: 0 } });
    const after = await Promise.all([
      db.select({ n: count() }).from(bankTransactions),
      db.select({ n: count() }).from(bankStatementImports),
    ]);
    expect(after).toEqual(before);
    expect(await balanceOf(people.allouard.reference, `coOwner:${condominiumId}`)).toBe(-112_935 + 46_132);
  });

  it('refuses a broken file in French, storing nothing', async () => {
    const db = t.database.db;
    const [files] = await db.select({ n: count() }).from(storedFiles);
    const [imports] = await db.select({ n: count() }).from(bankStatementImports);
    const response = await upload(staff, condoAccountId, 'releve.xml', '<?xml version="1.0"?><Document><BkToCstmrStmt><Stmt>');
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ code: 'BANK_STATEMENT_INVALID' });
    expect(response.json().message).toMatch(/mal formé|CAMT\.053/);
    const csv = await upload(staff, condoAccountId, 'releve.csv', 'Date;Libellé;Montant\n31/02/2026;VIR;12,00');
    expect(csv.statusCode).toBe(422);
    expect(csv.json().message).toContain("n'est pas une date valide");
    expect((await db.select({ n: count() }).from(storedFiles))[0]).toEqual(files);
    expect((await db.select({ n: count() }).from(bankStatementImports))[0]).toEqual(imports);
  });

  it('imports a CSV export into the rental account: the lease reference is recognised; the rest is assigned or set aside by hand', async () => {
    const response = await upload(staff, rentalAccountId, 'export.csv', rentalCsv);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ format: 'csv', counts: { new: 3, matched: 1, unmatched: 2 } });
    expect(await balanceOf(people.haddad.reference, `tenant:${leaseId}`)).toBe(-102_000 + 103_000);

    const review = await transactions(rentalAccountId, 'unmatched');
    const unknown = review.transactions.find((row) => row.amountCents === 4_500);
    const edf = review.transactions.find((row) => row.amountCents === -6_210);
    if (!unknown || !edf) throw new Error('lines to review missing');

    // Searching the accounts of this bank account's books: the tenant, never the condominium's co-owners.
    const search = await call(staff, 'GET', `/api/staff/bank-accounts/${rentalAccountId}/client-accounts?q=hadd`);
    expect(search.statusCode).toBe(200);
    expect(search.json().accounts).toEqual([
      expect.objectContaining({
        personId: people.haddad.person.id,
        account: expect.objectContaining({ kind: 'tenant', leaseId }),
      }),
    ]);
    const noCoOwners = await call(staff, 'GET', `/api/staff/bank-accounts/${rentalAccountId}/client-accounts?q=allouard`);
    expect(noCoOwners.json().accounts).toEqual([]);
    // A co-owner's account is kept in another set of books than this bank account's.
    const wrongBooks = await call(staff, 'POST', `/api/staff/bank-transactions/${unknown.id}/assign`, {
      personId: people.durand.person.id,
      condominiumId,
    });
    expect(wrongBooks.statusCode).toBe(422);
    expect(wrongBooks.json().code).toBe('PAYMENT_ACCOUNT_MISMATCH');
    const debitAssigned = await call(staff, 'POST', `/api/staff/bank-transactions/${edf.id}/assign`, { leaseId });
    expect(debitAssigned.statusCode).toBe(422);
    expect(debitAssigned.json().code).toBe('BANK_TRANSACTION_NOT_A_CREDIT');

    const assigned = await call(staff, 'POST', `/api/staff/bank-transactions/${unknown.id}/assign`, { leaseId });
    expect(assigned.statusCode).toBe(200);
    expect(assigned.json()).toMatchObject({ status: 'matched', matchedPerson: { name: 'M. Jean Haddad' } });
    expect(assigned.json().reviewedAt).not.toBeNull();
    expect(await balanceOf(people.haddad.reference, `tenant:${leaseId}`)).toBe(1_000 + 4_500);
    const twice = await call(staff, 'POST', `/api/staff/bank-transactions/${unknown.id}/assign`, { leaseId });
    expect(twice.statusCode).toBe(409);

    const ignored = await call(staff, 'POST', `/api/staff/bank-transactions/${edf.id}/ignore`);
    expect(ignored.statusCode).toBe(200);
    expect(ignored.json().status).toBe('ignored');
    expect((await transactions(rentalAccountId, 'unmatched')).transactions).toEqual([]);
  });

  it('answers 404 for another agency’s bank account or transaction, and to clients', async () => {
    const [foreignLine] = (await transactions(condoAccountId, 'unmatched')).transactions;
    if (!foreignLine) throw new Error('no line to review');
    expect((await call(foreignStaff, 'GET', `/api/staff/bank-accounts/${condoAccountId}/transactions`)).statusCode).toBe(404);
    expect((await upload(foreignStaff, condoAccountId, 'releve.xml', camt053)).statusCode).toBe(404);
    expect((await call(foreignStaff, 'POST', `/api/staff/bank-transactions/${foreignLine.id}/ignore`)).statusCode).toBe(404);
    expect(
      (await call(foreignStaff, 'POST', `/api/staff/bank-transactions/${foreignLine.id}/assign`, { leaseId })).statusCode,
    ).toBe(404);
    expect((await call(staff, 'GET', `/api/staff/bank-accounts/${foreignAccountId}/transactions`)).statusCode).toBe(404);
    const foreignList = (await call(foreignStaff, 'GET', '/api/staff/bank-accounts')).json() as { accounts: { id: string }[] };
    expect(foreignList.accounts.map((account) => account.id)).toEqual([foreignAccountId]);
    expect((await call(people.allouard.reference, 'GET', '/api/staff/bank-accounts')).statusCode).toBe(404);
    // Still there to review for its own agency.
    expect((await transactions(condoAccountId, 'unmatched')).transactions.map((row) => row.id)).toContain(foreignLine.id);
  });
});
