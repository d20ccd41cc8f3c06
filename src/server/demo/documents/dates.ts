/**
 * Calendar dates as the demo's documents write them ("vendredi 12 juin 2026", "1er janvier 2026"). Dates are
 * 'YYYY-MM-DD' strings, computed in UTC so that adding days never crosses a daylight-saving change.
 */

const MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
] as const;

const WEEKDAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'] as const;

const parts = (date: string) => {
  const [year, month, day] = date.split('-').map(Number);
  return { year: year ?? 0, month: month ?? 1, day: day ?? 1 };
};

const toUtc = (date: string) => {
  const { year, month, day } = parts(date);
  return new Date(Date.UTC(year, month - 1, day));
};

const fromUtc = (instant: Date) => instant.toISOString().slice(0, 10);

export const monthName = (month: number): string => MONTHS[month - 1] ?? '';

/** "1er janvier 2026", "12 juin 2026". */
export function frenchDate(date: string): string {
  const { year, month, day } = parts(date);
  return `${day === 1 ? '1er' : day} ${monthName(month)} ${year}`;
}

/** "vendredi 12 juin 2026". */
export function frenchLongDate(date: string): string {
  return `${WEEKDAYS[toUtc(date).getUTCDay()]} ${frenchDate(date)}`;
}

/** "12/06/2026". */
export function shortDate(date: string): string {
  const { year, month, day } = parts(date);
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}

export function addDays(date: string, days: number): string {
  const instant = toUtc(date);
  instant.setUTCDate(instant.getUTCDate() + days);
  return fromUtc(instant);
}

/** The same day `months` later, kept within the month (31 January + 1 month → 28 February). */
export function addMonths(date: string, months: number): string {
  const { year, month, day } = parts(date);
  const first = new Date(Date.UTC(year, month - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(day, last));
  return fromUtc(first);
}

export const firstOfMonth = (date: string): string => `${date.slice(0, 7)}-01`;

export function lastOfMonth(date: string): string {
  return addDays(addMonths(firstOfMonth(date), 1), -1);
}

/** The weekday of a date, 0 = Sunday. */
export const weekday = (date: string): number => toUtc(date).getUTCDay();

/** The next Monday-to-Friday date on or after `date`: works and visits are not announced for a Sunday. */
export function nextWorkingDay(date: string): string {
  let day = date;
  while (weekday(day) === 0 || weekday(day) === 6) day = addDays(day, 1);
  return day;
}

/** The instant of a Paris wall-clock time on a calendar date (10:00 in June is 08:00 UTC, in January 09:00 UTC). */
export function parisInstant(date: string, time = '10:00'): Date {
  const [hours, minutes] = time.split(':').map(Number);
  const { year, month, day } = parts(date);
  const wallClockAsUtc = Date.UTC(year, month - 1, day, hours ?? 0, minutes ?? 0);
  const offset = parisOffsetMinutes(new Date(wallClockAsUtc));
  return new Date(wallClockAsUtc - offset * 60_000);
}

// Building a formatter is far slower than using one: this runs for every dated row of the demo.
const parisOffsetFormat = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Paris', timeZoneName: 'shortOffset' });

function parisOffsetMinutes(instant: Date): number {
  const name = parisOffsetFormat.formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT+1';
  const match = /GMT([+-]\d+)(?::(\d+))?/.exec(name);
  return match ? Number(match[1]) * 60 + Math.sign(Number(match[1])) * Number(match[2] ?? 0) : 60;
}
