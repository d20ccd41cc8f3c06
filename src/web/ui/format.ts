import { frenchShortDate } from '../../domain/french-dates.ts';

// Dates always use the French conventions of the agencies' documents, whatever the interface language:
// "25/01/2022". Amounts are written by `formatEuros` (src/domain/money.ts), the same function as the PDFs use.

// Agencies and their buildings are in France: times are shown in Paris time wherever the reader is.
const TIME_ZONE = 'Europe/Paris';

const dateFormat = new Intl.DateTimeFormat('fr-FR', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: TIME_ZONE,
});

const timeFormat = new Intl.DateTimeFormat('fr-FR', {
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: TIME_ZONE,
});

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** "2022-01-25" or an ISO timestamp → "25/01/2022". */
export function formatDate(value: string | Date): string {
  if (typeof value === 'string') {
    // A calendar date has no time zone: reading it as midnight UTC could shift it by a day.
    if (CALENDAR_DATE.test(value)) return frenchShortDate(value);
  }
  return dateFormat.format(new Date(value));
}

/** ISO timestamp → "25/01/2022 14:05". */
export function formatDateTime(value: string | Date): string {
  const date = new Date(value);
  return `${dateFormat.format(date)} ${timeFormat.format(date)}`;
}
