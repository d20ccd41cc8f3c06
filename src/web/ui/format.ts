// Amounts and dates always use the French conventions of the agencies' documents,
// whatever the interface language: "1 129,35 €", "25/01/2022".

const moneyFormat = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });

/** 112935 → "1 129,35 €" (Intl separates thousands with a narrow no-break space). */
export function formatMoney(cents: number): string {
  return moneyFormat.format(cents / 100);
}

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

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2022-01-25" or an ISO timestamp → "25/01/2022". */
export function formatDate(value: string | Date): string {
  if (typeof value === 'string') {
    // A calendar date has no time zone: reading it as midnight UTC could shift it by a day.
    const match = CALENDAR_DATE.exec(value);
    if (match) return `${match[3]}/${match[2]}/${match[1]}`;
  }
  return dateFormat.format(new Date(value));
}

/** ISO timestamp → "25/01/2022 14:05". */
export function formatDateTime(value: string | Date): string {
  const date = new Date(value);
  return `${dateFormat.format(date)} ${timeFormat.format(date)}`;
}
