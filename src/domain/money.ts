/**
 * Amounts are integer euro cents everywhere (domain rules §4: never float money). This is how they are
 * written on the agencies' documents: "1 129,35 €", exactly as `Intl.NumberFormat('fr-FR')` writes them —
 * a narrow no-break space (U+202F) between thousands, a no-break space (U+00A0) before the euro sign — so the
 * web client and the PDFs print the same figure the same way. Computed on integers (BigInt), so an amount
 * beyond 2^53 / 100 euros is not silently rounded as dividing a float would.
 */

export const THOUSANDS_SEPARATOR = '\u202f';
export const SPACE_BEFORE_CURRENCY = '\u00a0';

/** 112935 → "1 129,35 €"; -1 → "-0,01 €". */
export function formatEuros(cents: number | bigint): string {
  return `${formatEuroNumber(cents)}${SPACE_BEFORE_CURRENCY}€`;
}

/** 112935 → "1 129,35": the figure without the currency, for tables whose column header says "€". */
export function formatEuroNumber(cents: number | bigint): string {
  const value = toBigInt(cents);
  const negative = value < 0n;
  const magnitude = negative ? -value : value;
  const euros = (magnitude / 100n).toString();
  const centsPart = (magnitude % 100n).toString().padStart(2, '0');
  const grouped = euros.replace(/\B(?=(\d{3})+(?!\d))/g, THOUSANDS_SEPARATOR);
  return `${negative ? '-' : ''}${grouped},${centsPart}`;
}

/** 700 basis points → "7,00 %": fee rates are stored in basis points for the same reason as money. */
export function formatBasisPoints(basisPoints: number): string {
  return `${formatEuroNumber(basisPoints)}${SPACE_BEFORE_CURRENCY}%`;
}

function toBigInt(cents: number | bigint): bigint {
  if (typeof cents === 'bigint') return cents;
  if (!Number.isSafeInteger(cents)) throw new RangeError(`an amount in cents must be a safe integer, got ${cents}`);
  return BigInt(cents);
}
