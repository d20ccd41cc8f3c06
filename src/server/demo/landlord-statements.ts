import { addDays, addMonths, firstOfMonth, parisInstant } from '../../domain/calendar.ts';
import type { Executor } from '../db/client.ts';
import { issueStatements } from '../features/landlord-statements/landlord-statements.issue.ts';
import {
  backdateStatementNotifications,
  findRentalLedgerId,
  firstEntryDate,
  listMandatesInForce,
  refreshLedgerStatistics,
} from '../features/landlord-statements/landlord-statements.repository.ts';
import type { FileStorage } from '../platform/storage/file-storage.ts';
import { discardFiles } from '../platform/storage/stored-files.ts';
import type { RentalDemo } from './rental.ts';

/** Real PDFs only for the last quarters: each one takes a fraction of a second to print. */
export const PUBLISHED_DEMO_STATEMENTS = 2;

/** The first day of the calendar quarter `date` is in. */
export const quarterStart = (date: string) => addMonths(firstOfMonth(date), -((Number(date.slice(5, 7)) - 1) % 3));

export interface DemoStatementsOptions {
  today: string;
  now: Date;
  footerNote?: string;
}

/**
 * GERASCO's comptes rendus de gérance, computed by the landlord-statements service on the rental ledger already
 * written in the demo transaction (rent calls and payments): one per calendar quarter from the ledger's first
 * quarter to the last closed one, in order, each issued on the 5th of the next month. The older quarters are
 * settled without a PDF (their fees and transfers posted, so that the recent statements start from the right
 * balance); the last `PUBLISHED_DEMO_STATEMENTS` are printed, published in the landlord's documents and notified.
 */
export async function writeLandlordStatements(
  tx: Executor,
  storage: FileStorage,
  rental: RentalDemo,
  options: DemoStatementsOptions,
): Promise<void> {
  await refreshLedgerStatistics(tx);
  const lastStart = addMonths(quarterStart(options.today), -3);
  const ledgerId = await findRentalLedgerId(tx, rental.agencyId);
  const first = ledgerId ? await firstEntryDate(tx, ledgerId) : null;
  const earliest = addMonths(lastStart, -3 * (PUBLISHED_DEMO_STATEMENTS - 1));
  let start = first && first < earliest ? quarterStart(first) : earliest;
  const stored: { storageKey: string }[] = [];
  const published: string[] = [];
  try {
    for (; start <= lastStart; start = addMonths(start, 3)) {
      const end = addDays(addMonths(start, 3), -1);
      const issuedOn = [addDays(end, 5), addDays(options.today, -1)].sort()[0] ?? end;
      const mandates = await listMandatesInForce(tx, rental.agencyId, start, end);
      const issued = await issueStatements(
        tx,
        storage,
        {
          agencyId: rental.agencyId,
          staffMemberId: rental.managerId,
          periodStart: start,
          periodEnd: end,
          issuedOn,
          now: new Date(Math.min(parisInstant(issuedOn, '15:00').getTime(), options.now.getTime() - 3_600_000)),
          publish: start > addMonths(lastStart, -3 * PUBLISHED_DEMO_STATEMENTS),
          ...(options.footerNote ? { footerNote: options.footerNote } : {}),
        },
        mandates,
        stored,
      );
      for (const { documentId } of issued) if (documentId) published.push(documentId);
    }
    await backdateStatementNotifications(tx, published);
  } catch (error) {
    await discardFiles(storage, stored).catch(() => undefined);
    throw error;
  }
}
