/**
 * Calendar dates "YYYY-MM-DD". French law and leases count in days, and the agencies are in France: "today" is
 * the date in Paris, and the arithmetic below works on dates alone (in UTC, where no day is 23 or 25 hours
 * long), so no time zone or daylight-saving change can move a date.
 */

export interface CalendarDate {
  year: number;
  /** 1 to 12. */
  month: number;
  day: number;
}

/** French law counts days in France: "today" is the calendar date in Paris, whatever the server's zone. */
export function parisDate(instant: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    instant,
  );
}

export function parseCalendarDate(value: string): CalendarDate {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) throw new Error(`not a calendar date: ${value}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

export function formatCalendarDate({ year, month, day }: CalendarDate): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const toUtc = (date: string) => {
  const { year, month, day } = parseCalendarDate(date);
  return new Date(Date.UTC(year, month - 1, day));
};

const fromUtc = (instant: Date) =>
  formatCalendarDate({ year: instant.getUTCFullYear(), month: instant.getUTCMonth() + 1, day: instant.getUTCDate() });

/** `days` after `date` (negative: before), across months and leap years. */
export function addDays(date: string, days: number): string {
  const instant = toUtc(date);
  instant.setUTCDate(instant.getUTCDate() + days);
  return fromUtc(instant);
}

/** The same day `months` later, kept within the month (31 January + 1 month → 28 February). */
export function addMonths(date: string, months: number): string {
  const { year, month, day } = parseCalendarDate(date);
  const first = new Date(Date.UTC(year, month - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(day, last));
  return fromUtc(first);
}

export const firstOfMonth = (date: string): string => formatCalendarDate({ ...parseCalendarDate(date), day: 1 });

export function lastOfMonth(date: string): string {
  return addDays(addMonths(firstOfMonth(date), 1), -1);
}

/** The day of the week, 0 = Sunday … 6 = Saturday. */
export const weekday = (date: string): number => toUtc(date).getUTCDay();

/** The first Monday-to-Friday date on or after `date`: works and visits are not announced for a weekend. */
export function nextWorkingDay(date: string): string {
  let day = date;
  while (weekday(day) === 0 || weekday(day) === 6) day = addDays(day, 1);
  return day;
}

/** The instant of a Paris wall-clock time "HH:MM" on a date (10:00 in June is 08:00 UTC, in January 09:00 UTC). */
export function parisInstant(date: string, time = '10:00'): Date {
  const [hours, minutes] = time.split(':').map(Number);
  const { year, month, day } = parseCalendarDate(date);
  const wallClockAsUtc = Date.UTC(year, month - 1, day, hours ?? 0, minutes ?? 0);
  const offset = parisOffsetMinutes(new Date(wallClockAsUtc));
  return new Date(wallClockAsUtc - offset * 60_000);
}

// Building a formatter is far slower than using one (the demo data places hundreds of instants), and it is
// built on first use so that the web client, which imports this module for `parisDate`, never builds it.
let parisOffsetFormat: Intl.DateTimeFormat | undefined;

function parisOffsetMinutes(instant: Date): number {
  parisOffsetFormat ??= new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Paris', timeZoneName: 'shortOffset' });
  const name = parisOffsetFormat.formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT+1';
  const match = /GMT([+-]\d+)(?::(\d+))?/.exec(name);
  return match ? Number(match[1]) * 60 + Math.sign(Number(match[1])) * Number(match[2] ?? 0) : 60;
}
