import { formatCalendarDate, parseCalendarDate } from './calendar.ts';

/**
 * Due dates shown under "À venir". Every date is a Paris calendar date "YYYY-MM-DD" (see `calendar.ts`): the
 * law and the leases count in days, so no time or time zone enters the rules.
 *
 * - Co-owners: the provisions of the forecast budget are due on the first day of each quarter (loi du
 *   10 juillet 1965, art. 14-1), unless the general meeting decided otherwise.
 * - Tenants: the rent is due on the lease's payment day of each month (terme à échoir, usually the 1st).
 */

/** 1 to 4: January–March is the first quarter. */
export function quarterOf(date: string): number {
  return Math.floor((parseCalendarDate(date).month - 1) / 3) + 1;
}

/** The first day of the next quarter, or `today` itself when it is one (a provision due today is still to come). */
export function nextQuarterStart(today: string): string {
  const { year, month, day } = parseCalendarDate(today);
  const quarterStartMonth = month - ((month - 1) % 3);
  if (month === quarterStartMonth && day === 1) return today;
  const nextMonth = quarterStartMonth + 3;
  return nextMonth > 12
    ? formatCalendarDate({ year: year + 1, month: nextMonth - 12, day: 1 })
    : formatCalendarDate({ year, month: nextMonth, day: 1 });
}

/**
 * The next day the rent is due: `paymentDay` of this month if it is still to come (today included), else of
 * next month. Leases keep the day between 1 and 28, so it exists in every month.
 */
export function nextPaymentDate(today: string, paymentDay: number): string {
  if (!Number.isInteger(paymentDay) || paymentDay < 1 || paymentDay > 28) throw new Error(`invalid payment day: ${paymentDay}`);
  const { year, month, day } = parseCalendarDate(today);
  if (day <= paymentDay) return formatCalendarDate({ year, month, day: paymentDay });
  return month === 12
    ? formatCalendarDate({ year: year + 1, month: 1, day: paymentDay })
    : formatCalendarDate({ year, month: month + 1, day: paymentDay });
}
