import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/support/database.ts';
import { factories } from '../../../test/support/factories.ts';
import { landlordFactories } from '../../../test/support/landlord-factories.ts';
import { addDays, addMonths, parisDate } from '../../domain/calendar.ts';
import { documents, landlordStatements, ledgerLines, notifications } from '../db/schema/index.ts';
import { localFolderStorage } from '../platform/storage/local-folder-storage.ts';
import { PUBLISHED_DEMO_STATEMENTS, quarterStart, writeLandlordStatements } from './landlord-statements.ts';

/**
 * The demo step on a small portfolio of its own (the demo's rental history is written by another step): six
 * nine months of rent called and paid on time, then the statements of every quarter, the last ones with their PDF.
 */
describe('demo: landlord statements', () => {
  let database: TestDatabase;
  let landlordId: string;
  const storage = localFolderStorage(mkdtempSync(path.join(os.tmpdir(), 'palier-statements-')));
  const today = parisDate(new Date());
  // The three closed quarters before this one, every month called and paid.
  const months = Array.from({ length: 9 }, (_, index) => addMonths(quarterStart(today), index - 9));
  const quarters = months.filter((_, index) => index % 3 === 0);

  beforeAll(async () => {
    database = await createTestDatabase();
    const make = factories(database.db);
    const ledger = landlordFactories(database.db);
    const agency = await make.agency({ kind: 'rental' });
    const manager = await make.staffMember(agency.id);
    const landlord = await make.client(agency.id, { companyName: 'SCI Demo', civility: 'SOCIETE' });
    landlordId = landlord.person.id;
    const tenant = await make.client(agency.id);
    const { units } = await make.mandate(agency.id, landlordId, 1, { feeRateBasisPoints: 650 });
    const unit = units[0];
    if (!unit) throw new Error('no unit');
    const lease = await make.lease(unit.id, [tenant.person.id], { monthlyRentCents: 120_000, monthlyChargesCents: 10_000 });
    for (const month of months) {
      const third = { tenantId: tenant.person.id, leaseId: lease.id, managedUnitId: unit.id };
      await ledger.rentCall(agency.id, { ...third, date: month, landlordId, rentCents: 120_000, chargesCents: 10_000 });
      await ledger.rentPayment(agency.id, { ...third, date: addDays(month, 2), amountCents: 130_000 });
    }
    await database.db.transaction((tx) =>
      writeLandlordStatements(
        tx,
        storage,
        { agencyId: agency.id, managerId: manager.id, landlordId, mandateId: '', managedUnitIds: [unit.id] },
        { today, now: new Date() },
      ),
    );
  });

  afterAll(async () => {
    await database?.close();
  });

  it('settles every quarter in order and publishes the last ones', async () => {
    const rows = await database.db.select().from(landlordStatements).orderBy(landlordStatements.periodStart);
    expect(rows.map((row) => row.periodStart)).toEqual(quarters);
    expect(rows.map((row) => row.documentId !== null)).toEqual([
      ...Array(3 - PUBLISHED_DEMO_STATEMENTS).fill(false),
      ...Array(PUBLISHED_DEMO_STATEMENTS).fill(true),
    ]);
    // 6,5 % of 3 × 1 300 € = 253,50 € HT + 50,70 € VAT; each quarter transfers the rest of what was paid.
    for (const row of rows) expect(row).toMatchObject({ feesCents: 30_420, feesVatCents: 5_070, transferredCents: 359_580 });
    const [balance] = await database.db
      .select({ cents: sql<number>`sum(${ledgerLines.creditCents} - ${ledgerLines.debitCents})::int` })
      .from(ledgerLines)
      .where(eq(ledgerLines.personId, landlordId));
    expect(balance?.cents).toBe(0);
  });

  it('publishes each recent statement to the landlord with a notification, none in the future', async () => {
    const published = await database.db.select().from(documents).where(eq(documents.personId, landlordId));
    expect(published).toHaveLength(PUBLISHED_DEMO_STATEMENTS);
    expect(published.every((row) => row.folder === 'gerance' && row.publishedAt.getTime() < Date.now())).toBe(true);
    const notes = await database.db.select().from(notifications).where(eq(notifications.personId, landlordId));
    expect(notes).toHaveLength(PUBLISHED_DEMO_STATEMENTS);
    // Dated with their statement, already in a digest, only the latest left unread.
    expect(notes.every((note) => note.emailedAt !== null && note.createdAt.getTime() < Date.now() - 3_000_000)).toBe(true);
    expect(notes.filter((note) => note.readAt === null)).toHaveLength(1);
  });
});
