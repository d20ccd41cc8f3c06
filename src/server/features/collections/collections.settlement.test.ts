import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { collectionScene, nextCollectionDate } from '../../../../test/support/collections-factories.ts';
import { callAs } from '../../../../test/support/sessions.ts';
import { addDays } from '../../../domain/calendar.ts';
import { directDebits, ledgerLines, sepaMandates } from '../../db/schema/index.ts';
import { accountBalance } from '../ledger/ledger.repository.ts';
import type { RunDetail } from './collections.schema.ts';
import { markDirectDebitsPaid, recordDirectDebitReturn } from './collections.settlement.ts';

describe('settlement as the bank statement import uses it', () => {
  let t: TestApp;
  let scene: Awaited<ReturnType<typeof collectionScene>>;
  let call: ReturnType<typeof callAs>;
  const date = nextCollectionDate();

  beforeAll(async () => {
    t = await createTestApp();
    scene = await collectionScene(t.database.db);
    call = callAs(t.app);
  });
  afterAll(async () => t?.close());

  it('pays a tenant’s collection on the lease’s 411 account, once, then reverses it on return', async () => {
    const db = t.database.db;
    const prepared = await call(scene.manager.email, 'POST', '/api/staff/collections/runs', {
      bankAccountId: scene.rentalAccount.id,
      collectionDate: date,
    });
    const run: RunDetail = prepared.json();
    await call(scene.manager.email, 'GET', `/api/staff/collections/runs/${run.id}/file`);
    const [debit] = run.debits;
    if (!debit) throw new Error('no debit');
    const lease = { kind: 'tenant' as const, leaseId: scene.lease.id };
    expect(await accountBalance(db, lease)).toBe(-103_000);

    const first = await db.transaction((tx) => markDirectDebitsPaid(tx, { directDebitIds: [debit.id], paidOn: date }));
    expect(first.paid).toBe(1);
    expect(first.entryIds).toHaveLength(1);
    const again = await db.transaction((tx) => markDirectDebitsPaid(tx, { directDebitIds: [debit.id], paidOn: date }));
    expect(again).toEqual({ paid: 0, entryIds: first.entryIds });
    expect(await accountBalance(db, lease)).toBe(0);
    // Every debit of the run answered for: the run is settled without staff marking it.
    expect((await call(scene.manager.email, 'GET', `/api/staff/collections/runs/${run.id}`)).json().status).toBe('settled');
    const [credit] = await db
      .select()
      .from(ledgerLines)
      .where(and(eq(ledgerLines.entryId, first.entryIds[0] ?? ''), eq(ledgerLines.accountCode, '411')));
    expect(credit).toMatchObject({ personId: scene.tenant.person.id, leaseId: scene.lease.id, creditCents: 103_000 });
    expect(credit?.managedUnitId).not.toBeNull();

    expect(
      await db.transaction((tx) =>
        recordDirectDebitReturn(tx, { endToEndId: 'PAL-UNKNOWN', reasonCode: 'AM04', returnedOn: date }),
      ),
    ).toBeNull();
    const input = { endToEndId: debit.endToEndId, reasonCode: 'MD06', returnedOn: addDays(date, 40) };
    const returned = await db.transaction((tx) => recordDirectDebitReturn(tx, input));
    expect(returned).toEqual({ directDebitId: debit.id, representedDebitId: null });
    expect(await db.transaction((tx) => recordDirectDebitReturn(tx, input))).toEqual(returned);
    expect(await accountBalance(db, lease)).toBe(-103_000);
    const [row] = await db.select().from(directDebits).where(eq(directDebits.id, debit.id));
    expect(row).toMatchObject({ status: 'returned', returnReasonCode: 'MD06' });
    // A refund request does not end the mandate: the next run collects again.
    const [mandate] = await db.select().from(sepaMandates).where(eq(sepaMandates.id, scene.tenantMandate.id));
    expect(mandate?.status).toBe('active');
  });
});
