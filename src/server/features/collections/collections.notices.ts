import { addDays, parisDate } from '../../../domain/calendar.ts';
import { displayName } from '../../../domain/person-name.ts';
import { DEFAULT_PRE_NOTIFICATION_DAYS, normaliseCreditorIdentifier } from '../../../domain/sepa.ts';
import type { Database, Executor } from '../../db/client.ts';
import type { Outbox } from '../../platform/messaging/outbox.ts';
import { queuePreNotification } from './collections.emails.ts';
import { claimRunDebitsToNotify, claimScheduledDebits, type DebitNoticeRow, markPrenotified } from './collections.repository.ts';

/**
 * Tells each debtor the amount and date, then marks the debits pre-notified, in the caller's transaction. A
 * debtor without an email address has no notice to receive here (the agency writes to them): the debit is
 * still marked, since the run must go on.
 */
async function notify(tx: Executor, outbox: Outbox, rows: DebitNoticeRow[], now: Date): Promise<number> {
  let emails = 0;
  for (const row of rows) {
    if (!row.email) continue;
    await queuePreNotification(tx, outbox, {
      agencyId: row.agencyId,
      agencyName: row.agencyName,
      to: row.email,
      debtorName: displayName(row),
      creditorName: row.creditorName,
      creditorIdentifier: normaliseCreditorIdentifier(row.creditorIdentifier ?? ''),
      mandateReference: row.mandateReference,
      amountCents: row.amountCents,
      collectionDate: row.collectionDate,
      remittanceInformation: row.remittanceInformation,
    });
    emails += 1;
  }
  await markPrenotified(
    tx,
    rows.map((row) => row.id),
    now,
  );
  return emails;
}

/** The debits of a run not yet announced (new ones, or moved to the run's date). */
export async function notifyRunDebits(tx: Executor, outbox: Outbox, runId: string, now: Date): Promise<number> {
  return notify(tx, outbox, await claimRunDebitsToNotify(tx, runId), now);
}

const BATCH = 200;

/**
 * The daily job (08:00 Paris): any debit still scheduled whose date is within the pre-notification delay — the
 * one-off collections signed by clients, the returned debits presented again — is announced now. Each batch is
 * claimed in its own transaction (rows locked, skipped by a concurrent run), so a debit is emailed once.
 */
export async function preNotifyScheduledDebits(
  db: Database,
  outbox: Outbox,
  now: Date,
  daysAhead = DEFAULT_PRE_NOTIFICATION_DAYS,
): Promise<{ emails: number }> {
  const until = addDays(parisDate(now), daysAhead);
  let emails = 0;
  for (;;) {
    const batch = await db.transaction(async (tx) => {
      const rows = await claimScheduledDebits(tx, until, BATCH);
      return { count: rows.length, emails: await notify(tx, outbox, rows, now) };
    });
    emails += batch.emails;
    if (batch.count < BATCH) return { emails };
  }
}
