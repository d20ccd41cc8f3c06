/**
 * What both statement readers (CAMT.053 and CSV) share: the line they produce, and reading dates, amounts and
 * texts the way banks write them.
 */
import { createHash } from 'node:crypto';
import { AppError } from '../errors.ts';

export interface StatementLine {
  /** The bank's reference (AcctSvcrRef, else NtryRef), else a hash of the line: unique per bank account. */
  externalId: string;
  /** YYYY-MM-DD. */
  bookingDate: string;
  /** Positive: money received; negative: money paid out. */
  amountCents: number;
  counterpartyName: string | null;
  counterpartyIban: string | null;
  remittanceInformation: string | null;
  /** The SEPA end-to-end id when the bank gives it: how a returned direct debit finds its collection. */
  endToEndId: string | null;
  /** The ISO reason of a returned or rejected collection (AC04, AM04, MD06…), when the bank gives it. */
  returnReasonCode: string | null;
}

/** The error of a statement that cannot be read, saying where. */
export function statementError(message: string, details: Record<string, unknown> = {}): AppError {
  return new AppError('BANK_STATEMENT_INVALID', message, details);
}

/**
 * A decimal amount written in a statement to integer cents, exactly: "1 234,56", "1.234,56", "-12,5", "+0,01 €",
 * "1234.56". Returns null when it is not an amount, or has more than 2 non-zero decimals.
 */
export function decimalTextToCents(input: string): number | null {
  let text = input.replace(/[\s\u00a0\u202f']/g, '').replace(/(€|EUR)$/i, '');
  let sign = 1;
  if (/^[+-]/.test(text)) {
    sign = text.startsWith('-') ? -1 : 1;
    text = text.slice(1);
  } else if (/-$/.test(text)) {
    // Some exports write debits "12,50-".
    sign = -1;
    text = text.slice(0, -1);
  }
  let integer: string;
  let fraction = '';
  if (text.includes(',')) {
    // Decimal comma: dots, if any, separate thousands.
    const match = /^(\d{1,3}(?:\.\d{3})+|\d+),(\d+)$/.exec(text) ?? /^(\d{1,3}(?:\.\d{3})+|\d+)$/.exec(text);
    if (!match) return null;
    integer = (match[1] ?? '').replaceAll('.', '');
    fraction = match[2] ?? '';
  } else {
    const match = /^(\d+)(?:\.(\d+))?$/.exec(text);
    if (!match) return null;
    integer = match[1] ?? '';
    fraction = match[2] ?? '';
  }
  if (/[1-9]/.test(fraction.slice(2))) return null;
  const cents = BigInt(integer) * 100n + BigInt((fraction.slice(0, 2) || '0').padEnd(2, '0'));
  if (cents > BigInt(Number.MAX_SAFE_INTEGER)) return null;
  // -0 is not a useful amount: a zero stays 0 whatever its sign.
  return cents === 0n ? 0 : sign * Number(cents);
}

/**
 * The id of a line without a bank reference: a hash of what identifies it, plus its rank among identical lines
 * of the same file (two payments of the same amount on the same day with the same label are two payments).
 * Importing the same file again gives the same ids.
 */
export function lineHashes(keys: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return keys.map((key) => {
    const rank = (seen.get(key) ?? 0) + 1;
    seen.set(key, rank);
    return `sha256:${createHash('sha256').update(`${key}\n${rank}`).digest('hex')}`;
  });
}

/** Spaces collapsed, nothing when empty: the same text however the bank laid it out. */
export const cleanText = (value: unknown): string | null => {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const text = String(value).replace(/\s+/g, ' ').trim();
  return text === '' ? null : text;
};

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** "25/01/2022", "25-01-22", "25.01.2022" or "2022-01-25" → "2022-01-25"; null when not a real date. */
export function statementDate(input: string): string | null {
  const text = input.trim();
  let year: number;
  let month: number;
  let day: number;
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/.exec(text);
  const french = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(text);
  if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (french) {
    [day, month, year] = [Number(french[1]), Number(french[2]), Number(french[3])];
    if (year < 100) year += 2000;
  } else return null;
  if (month < 1 || month > 12 || day < 1 || day > (DAYS_IN_MONTH[month - 1] ?? 0)) return null;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  if (month === 2 && day === 29 && !leap) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
