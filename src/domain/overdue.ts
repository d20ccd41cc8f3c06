/**
 * Overdue accounts (relances): what a person still owes is settled first-in, first-out — every payment pays
 * the oldest call still open — so the calls left unpaid are the most recent ones, and the person is late from
 * the due date of the oldest of them. A call is a debit on the person's account, due on its entry date.
 */
import { addDays } from './calendar.ts';

/** Days after a call's due date before it counts as overdue, and between two reminders sent by staff. */
export const OVERDUE_GRACE_DAYS = 15;
export const REMINDER_INTERVAL_DAYS = 15;
/** The daily job reminds a person at most once in this many days. */
export const AUTOMATIC_REMINDER_INTERVAL_DAYS = 30;

export interface AccountMovement {
  /** YYYY-MM-DD: the entry date (a call's due date). */
  date: string;
  label: string;
  debitCents: number;
  creditCents: number;
}

export interface UnpaidCall {
  date: string;
  label: string;
  amountCents: number;
  /** What is still owed on this call once the payments have settled the older ones. */
  remainingCents: number;
}

export interface AccountStanding {
  /** Positive: what the person owes; 0 when the account is settled or in credit. */
  owedCents: number;
  /** The calls still open, oldest first; their remaining amounts add up to `owedCents`. */
  unpaidCalls: UnpaidCall[];
  /** The due date of the oldest unpaid call, or null when nothing is owed. */
  unpaidSince: string | null;
  /** Overdue: something is owed and the oldest unpaid call is more than the grace period past due. */
  overdue: boolean;
}

/** Oldest first; for one day, calls before payments, as a statement shows them (the order does not change FIFO). */
const chronological = (a: AccountMovement, b: AccountMovement) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

/** The standing of one account on `today`, from all its movements (in any order). */
export function accountStanding(
  movements: readonly AccountMovement[],
  today: string,
  graceDays: number = OVERDUE_GRACE_DAYS,
): AccountStanding {
  const sorted = [...movements].sort(chronological);
  let available = sorted.reduce((sum, movement) => sum + movement.creditCents, 0);
  const unpaidCalls: UnpaidCall[] = [];
  for (const movement of sorted) {
    if (movement.debitCents <= 0) continue;
    const settled = Math.min(available, movement.debitCents);
    available -= settled;
    const remaining = movement.debitCents - settled;
    if (remaining > 0)
      unpaidCalls.push({
        date: movement.date,
        label: movement.label,
        amountCents: movement.debitCents,
        remainingCents: remaining,
      });
  }
  const owedCents = unpaidCalls.reduce((sum, call) => sum + call.remainingCents, 0);
  const unpaidSince = unpaidCalls[0]?.date ?? null;
  return {
    owedCents,
    unpaidCalls,
    unpaidSince,
    overdue: unpaidSince !== null && today > addDays(unpaidSince, graceDays),
  };
}

/** Whether a person last reminded on `lastReminderDate` (or never) may be reminded again on `today`. */
export function mayRemindAgain(lastReminderDate: string | null, today: string, intervalDays: number): boolean {
  return lastReminderDate === null || today >= addDays(lastReminderDate, intervalDays);
}
