import { parseCalendarDate, weekday } from './calendar.ts';

/**
 * Calendar dates written the French way, as on the agencies' letters and documents: "1er janvier 2027",
 * "vendredi 12 juin 2026", "12/06/2026". French writes the first day of a month as an ordinal ("1er"), the
 * others as plain numbers, and names months and days in lower case.
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

/** 12 → "décembre". */
export function frenchMonthName(month: number): string {
  const name = MONTHS[month - 1];
  if (!name) throw new Error(`invalid month: ${month}`);
  return name;
}

/** 1 → "1er", 2 → "2e". */
export const frenchOrdinal = (value: number) => (value === 1 ? '1er' : `${value}e`);

/** "2027-01-01" → "1er janvier 2027"; without the year: "1er janvier". */
export function frenchDate(date: string, { withYear = true } = {}): string {
  const { year, month, day } = parseCalendarDate(date);
  const dayText = day === 1 ? frenchOrdinal(day) : String(day);
  return withYear ? `${dayText} ${frenchMonthName(month)} ${year}` : `${dayText} ${frenchMonthName(month)}`;
}

/** "2026-06-12" → "vendredi 12 juin 2026". */
export function frenchLongDate(date: string): string {
  return `${WEEKDAYS[weekday(date)]} ${frenchDate(date)}`;
}

/** "2026-06-08" → "08/06/2026". */
export function frenchShortDate(date: string): string {
  const { year, month, day } = parseCalendarDate(date);
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}
