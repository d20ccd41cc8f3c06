/** French law counts days in France: "today" is the calendar date in Paris, whatever the server's zone. */
export function parisDate(instant: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    instant,
  );
}
