import { and, eq } from 'drizzle-orm';
import { extractText } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { rentFactories, rentScene } from '../../../../test/support/rent-factories.ts';
import { type CallAs, callAs } from '../../../../test/support/sessions.ts';
import { formatEuros } from '../../../domain/money.ts';
import { documents, ledgerEntries, ledgerLines, notifications, rentCalls, rentReceipts } from '../../db/schema/index.ts';
import { storageFromConfig } from '../../platform/storage/storage-from-config.ts';
import type { FinanceOverview, Statement } from '../ledger/ledger.schema.ts';
import { issueRentReceipts } from './rent.receipts.ts';
import type { StaffRentCall } from './rent.schema.ts';

type Scene = Awaited<ReturnType<typeof rentScene>>;
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ');
const euros = (cents: number) => plain(formatEuros(cents));

describe('Rent: avis d’échéance, quittances and receipts, tenant and landlord accounts', () => {
  let t: TestApp;
  let call: CallAs;
  let scene: Scene;
  let rent: ReturnType<typeof rentFactories>;
  const receipts = () => issueRentReceipts(t.database.db, storageFromConfig(t.config));
  const pdfText = async (identifier: string, documentId: string) => {
    const response = await call(identifier, 'GET', `/api/documents/${documentId}/file`);
    expect(response.statusCode).toBe(200);
    const { text } = await extractText(new Uint8Array(response.rawPayload), { mergePages: true });
    return plain(text);
  };
  const months = async (identifier: string, leaseId: string) =>
    call(identifier, 'GET', `/api/rent/months?account=tenant:${leaseId}`);

  beforeAll(async () => {
    t = await createTestApp();
    call = callAs(t.app);
    scene = await rentScene(t.database.db);
    rent = rentFactories(t.database.db);
    await rent.rentalBankAccount(scene.agency.id);
  });

  afterAll(async () => {
    await t.close();
  });

  it('calls a month once per lease in force, even when asked twice at the same time', async () => {
    const [first, second] = await Promise.all([
      call(scene.staff.email, 'POST', '/api/staff/rent-calls', { month: '2026-10' }),
      call(scene.staff.email, 'POST', '/api/staff/rent-calls', { month: '2026-10' }),
    ]);
    expect(first.statusCode).toBe(200);
    expect(second.statusCode).toBe(200);
    const counts = [first.json(), second.json()] as { called: number; alreadyCalled: number; totalCents: number }[];
    expect(counts.reduce((sum, item) => sum + item.called, 0)).toBe(2);
    expect(counts.reduce((sum, item) => sum + item.totalCents, 0)).toBe(135_000 + 86_000);

    const again = await call(scene.staff.email, 'POST', '/api/staff/rent-calls', { month: '2026-10' });
    expect(again.json()).toEqual({ called: 0, alreadyCalled: 0, totalCents: 0 });
    const rows = await t.database.db.select().from(rentCalls).where(eq(rentCalls.periodStart, '2026-10-01'));
    expect(rows.map((row) => row.leaseId).sort()).toEqual([scene.shared.id, scene.other.id].sort());
    // The other agency's lease is not called by this agency's staff.
    expect(rows.some((row) => row.leaseId === scene.foreignLease.id)).toBe(false);
  });

  it('posts the call in the rental ledger: 411 for the tenant, 4671 for the landlord, rent and charges apart', async () => {
    const [row] = await t.database.db
      .select()
      .from(rentCalls)
      .where(and(eq(rentCalls.leaseId, scene.shared.id), eq(rentCalls.periodStart, '2026-10-01')));
    expect(row).toMatchObject({ dueDate: '2026-10-05', rentCents: 120_000, chargesCents: 15_000 });
    const [entry] = await t.database.db
      .select()
      .from(ledgerEntries)
      .where(eq(ledgerEntries.externalId, `rent-call:${row?.id}`));
    expect(entry).toMatchObject({ journal: 'LO', entryDate: '2026-10-05', documentId: row?.documentId });
    const lines = await t.database.db
      .select()
      .from(ledgerLines)
      .where(eq(ledgerLines.entryId, entry?.id ?? ''));
    const simplified = lines
      .map((line) => ({
        accountCode: line.accountCode,
        personId: line.personId,
        leaseId: line.leaseId,
        managedUnitId: line.managedUnitId,
        label: line.label,
        debitCents: line.debitCents,
        creditCents: line.creditCents,
      }))
      .sort((a, b) => a.accountCode.localeCompare(b.accountCode) || b.creditCents - a.creditCents);
    expect(simplified).toEqual([
      {
        accountCode: '411',
        personId: expect.any(String),
        leaseId: scene.shared.id,
        managedUnitId: scene.units[0]?.id,
        label: 'Loyer octobre 2026',
        debitCents: 135_000,
        creditCents: 0,
      },
      {
        accountCode: '4671',
        personId: scene.landlord.person.id,
        leaseId: null,
        managedUnitId: scene.units[0]?.id,
        label: 'Loyer',
        debitCents: 0,
        creditCents: 120_000,
      },
      {
        accountCode: '4671',
        personId: scene.landlord.person.id,
        leaseId: null,
        managedUnitId: scene.units[0]?.id,
        label: 'Provision sur charges',
        debitCents: 0,
        creditCents: 15_000,
      },
    ]);
    expect([scene.coTenantA.person.id, scene.coTenantB.person.id]).toContain(simplified[0]?.personId);
  });

  it('publishes the avis d’échéance to each co-tenant, rent and charges apart, with the agency’s IBAN, and notifies them', async () => {
    for (const tenant of [scene.coTenantA, scene.coTenantB]) {
      const view = (await months(tenant.reference, scene.shared.id)).json() as { months: { noticeDocumentId: string | null }[] };
      const documentId = view.months[0]?.noticeDocumentId;
      expect(documentId).toBeTruthy();
      const text = await pdfText(tenant.reference, documentId ?? '');
      expect(text).toContain('Avis d’échéance');
      expect(text).toContain('octobre 2026');
      expect(text).toContain(`Loyer ${euros(120_000)}`);
      expect(text).toContain(`Provision sur charges ${euros(15_000)}`);
      expect(text).toContain(euros(135_000));
      expect(text).toContain('FR76 3000 6000 0112 3456 7890 189');
      expect(text).toContain('GERASCO');
      const [notification] = await t.database.db
        .select()
        .from(notifications)
        .where(and(eq(notifications.personId, tenant.person.id), eq(notifications.documentId, documentId ?? '')));
      expect(notification?.link).toBe('/finances');
    }
    // A co-tenant's copy is not the other's.
    const copies = await t.database.db
      .select({ personId: documents.personId })
      .from(documents)
      .where(eq(documents.kind, 'Avis d’échéance'));
    expect(copies.filter((copy) => copy.personId === scene.coTenantA.person.id)).toHaveLength(1);
    expect(copies.filter((copy) => copy.personId === scene.coTenantB.person.id)).toHaveLength(1);
  });

  it('gives a quittance for a month paid in full and receipts for partial payments, oldest month first, once', async () => {
    await call(scene.staff.email, 'POST', '/api/staff/rent-calls', { month: '2026-11' });
    // Co-tenant B pays October in full (on the lease, whoever pays); the single tenant pays part of October twice.
    await rent.payment(
      scene.agency.id,
      { id: scene.shared.id, managedUnitId: scene.units[0]?.id ?? '' },
      scene.coTenantB.person.id,
      135_000,
      '2026-10-04',
      'pay-shared-oct',
    );
    const otherLease = { id: scene.other.id, managedUnitId: scene.units[1]?.id ?? '' };
    await rent.payment(scene.agency.id, otherLease, scene.single.person.id, 50_000, '2026-10-03', 'pay-other-1');
    await rent.payment(scene.agency.id, otherLease, scene.single.person.id, 50_000, '2026-10-20', 'pay-other-2');

    // Other lease: 100 000 paid for October (86 000) and November (86 000): October is quittanced, the second
    // payment's remaining 14 000 go to November as a receipt.
    expect(await receipts()).toEqual({ quittances: 2, receipts: 1 });
    expect(await receipts()).toEqual({ quittances: 0, receipts: 0 });
    const [twice] = await Promise.all([receipts(), receipts()]);
    expect(twice).toEqual({ quittances: 0, receipts: 0 });

    const view = (await months(scene.single.reference, scene.other.id)).json() as {
      months: {
        periodStart: string;
        status: string;
        paidCents: number;
        receipts: { kind: string; amountCents: number; documentId: string | null }[];
      }[];
    };
    expect(view.months.map((month) => [month.periodStart, month.status, month.paidCents])).toEqual([
      ['2026-11-01', 'partial', 14_000],
      ['2026-10-01', 'paid', 86_000],
    ]);
    expect(view.months[1]?.receipts.map((item) => [item.kind, item.amountCents])).toEqual([['quittance', 86_000]]);
    expect(view.months[0]?.receipts.map((item) => [item.kind, item.amountCents])).toEqual([['receipt', 14_000]]);

    const quittance = await pdfText(scene.single.reference, view.months[1]?.receipts[0]?.documentId ?? '');
    expect(quittance).toContain('Quittance de loyer');
    expect(quittance).toContain(`la somme de ${euros(86_000)} au titre du loyer et des charges du mois de octobre 2026`);
    expect(quittance).toContain(`Loyer ${euros(80_000)}`);
    expect(quittance).toContain(`Provision sur charges ${euros(6_000)}`);
    expect(quittance).toContain('gratuitement');
    const receipt = await pdfText(scene.single.reference, view.months[0]?.receipts[0]?.documentId ?? '');
    expect(receipt).toContain('Ce reçu n’est pas une quittance');
    expect(receipt).toContain(euros(14_000));

    // The rest of November makes it a quittance; the receipt stays as it was issued.
    await rent.payment(scene.agency.id, otherLease, scene.single.person.id, 72_000, '2026-11-10', 'pay-other-3');
    expect(await receipts()).toEqual({ quittances: 1, receipts: 0 });
    const rows = await t.database.db.select().from(rentReceipts);
    expect(rows.filter((row) => row.kind === 'quittance')).toHaveLength(3);

    // Both co-tenants see the October quittance of their shared lease, each in their own documents.
    for (const tenant of [scene.coTenantA, scene.coTenantB]) {
      const shared = (await months(tenant.reference, scene.shared.id)).json() as {
        months: { periodStart: string; status: string; receipts: { kind: string; documentId: string | null }[] }[];
      };
      const october = shared.months.find((month) => month.periodStart === '2026-10-01');
      expect(october?.status).toBe('paid');
      expect(october?.receipts[0]?.kind).toBe('quittance');
      const text = await pdfText(tenant.reference, october?.receipts[0]?.documentId ?? '');
      expect(text).toMatch(/reçu de (M\. Léa Haddad et M\. Marc Petit|M\. Marc Petit et M\. Léa Haddad) la somme/);
    }
  });

  it('lists the month for the agency’s staff; another agency’s staff get nothing and 404', async () => {
    const list = await call(scene.staff.email, 'GET', '/api/staff/rent-calls?month=2026-10');
    expect(list.statusCode).toBe(200);
    const calls = (list.json() as { calls: StaffRentCall[] }).calls;
    expect(calls).toHaveLength(2);
    expect(calls.every((item) => item.status === 'paid' && item.quittanceIssued)).toBe(true);
    const id = calls[0]?.id ?? '';
    expect((await call(scene.staff.email, 'GET', `/api/staff/rent-calls/${id}`)).statusCode).toBe(200);

    const foreign = await call(scene.foreignStaff.email, 'GET', '/api/staff/rent-calls?month=2026-10');
    expect((foreign.json() as { calls: unknown[] }).calls).toEqual([]);
    expect((await call(scene.foreignStaff.email, 'GET', `/api/staff/rent-calls/${id}`)).statusCode).toBe(404);
    // Their own run calls only their own lease.
    const run = await call(scene.foreignStaff.email, 'POST', '/api/staff/rent-calls', { month: '2026-10' });
    expect(run.json()).toMatchObject({ called: 1 });
    const bad = await call(scene.staff.email, 'POST', '/api/staff/rent-calls', { month: '2026-13' });
    expect(bad.statusCode).toBe(400);
    // A client is not staff.
    expect((await call(scene.single.reference, 'GET', '/api/staff/rent-calls?month=2026-10')).statusCode).toBe(404);
  });

  it('shares the lease’s account between co-tenants and shows nothing of another lease or of the landlord', async () => {
    const key = `tenant:${scene.shared.id}`;
    const statementOf = async (identifier: string) =>
      (await call(identifier, 'GET', `/api/finance/statement?account=${key}&year=2026`)).json() as Statement;
    const a = await statementOf(scene.coTenantA.reference);
    const b = await statementOf(scene.coTenantB.reference);
    // The same lines; each links their own copy of the avis d'échéance.
    const withoutDocument = (statement: Statement) => statement.lines.map(({ documentId: _, ...line }) => line);
    expect(withoutDocument(a)).toEqual(withoutDocument(b));
    const calledLine = (statement: Statement) => statement.lines.find((line) => line.amountCents < 0)?.documentId ?? '';
    expect(await pdfText(scene.coTenantA.reference, calledLine(a))).toContain('Avis d’échéance');
    expect(await pdfText(scene.coTenantB.reference, calledLine(b))).toContain('Avis d’échéance');
    expect(calledLine(a)).not.toBe(calledLine(b));
    // October and November called (135 000 each), October paid by B: A sees B's payment on the shared account.
    expect(a.closingBalanceCents).toBe(-135_000);
    expect(a.lines.map((line) => line.amountCents)).toEqual([135_000, -135_000, -135_000]);
    expect(a.lines.some((line) => line.label === 'Provision sur charges')).toBe(false);

    const overview = (await call(scene.coTenantA.reference, 'GET', '/api/finance')).json() as FinanceOverview;
    expect(overview.accounts.map((account) => account.key)).toEqual([key]);
    expect(overview.accounts[0]?.directDebitInProgress).toBe(false);

    // The single tenant never reaches the shared lease, nor the foreign one.
    expect((await call(scene.single.reference, 'GET', `/api/finance/statement?account=${key}`)).statusCode).toBe(404);
    expect((await months(scene.single.reference, scene.shared.id)).statusCode).toBe(404);
    expect((await months(scene.foreignTenant.reference, scene.shared.id)).statusCode).toBe(404);
    expect((await months(scene.coTenantA.reference, 'nonsense')).statusCode).toBe(404);
  });

  it('gives the landlord a "Solde propriétaire" account of their 4671 lines in the agency’s rental books', async () => {
    const overview = (await call(scene.landlord.reference, 'GET', '/api/finance')).json() as FinanceOverview;
    const account = overview.accounts.find((item) => item.kind === 'landlord');
    expect(account?.key).toBe(`landlord:${scene.agency.id}`);
    expect(account?.label).toContain('Solde propriétaire');
    // Called: October and November of both leases (rent + charges credited to the landlord).
    expect(account?.balanceCents).toBe(2 * (135_000 + 86_000));
    const statement = (
      await call(scene.landlord.reference, 'GET', `/api/finance/statement?account=${account?.key}&year=2026`)
    ).json() as Statement;
    expect(statement.lines.every((line) => line.amountCents > 0)).toBe(true);
    expect(statement.lines.map((line) => line.label)).toContain('Provision sur charges');
    // The landlord's account is not a tenant's.
    const tenantView = (await call(scene.coTenantA.reference, 'GET', `/api/finance/statement?account=${account?.key}`))
      .statusCode;
    expect(tenantView).toBe(404);
  });
});
