/**
 * Amounts as staff type them in a form, in euros: "1 234,56", "1234.5", "312 €". The API counts in cents
 * (integers), so the conversion happens here, once, without floating-point drift.
 */
export function parseEuros(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f€]/g, '').replace(',', '.');
  const match = /^(\d{1,9})(?:\.(\d{1,2}))?$/.exec(compact);
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/** 312456 → "3124,56": an amount put back into the form to be edited. */
export function centsToInput(cents: number): string {
  return `${Math.floor(cents / 100)},${String(cents % 100).padStart(2, '0')}`;
}
