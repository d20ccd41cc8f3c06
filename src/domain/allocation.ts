/**
 * Sharing an amount among lots by their shares of a key (loi du 10 juillet 1965, art. 10; domain rules §4):
 * each lot's part is amount × lotShares / keyTotal in euro cents, rounded by the largest-remainder method so
 * that the parts add up to EXACTLY the amount — rounding each part on its own would leave or invent cents
 * that no ledger could balance.
 *
 * Every lot first gets the floor of its exact quotient; the cents still missing go one each to the lots with
 * the largest remainders. Equal remainders are broken by the larger shares, then by the order the lots were
 * given in, so the same call always produces the same parts. The arithmetic is on BigInt: amount × shares
 * exceeds 2^53 for large budgets on keys of 10 000 or 100 000 tantièmes.
 *
 * A negative amount (a refund, a credit) is shared as the opposite of the positive one, so a credit and the
 * charge it cancels give each lot opposite parts.
 */
export function allocate(amountCents: number, shares: readonly number[]): number[] {
  if (!Number.isSafeInteger(amountCents)) throw new RangeError(`the amount must be a whole number of cents, got ${amountCents}`);
  for (const share of shares) {
    if (!Number.isSafeInteger(share) || share < 0) throw new RangeError(`shares must be whole and not negative, got ${share}`);
  }
  if (amountCents < 0) return allocate(-amountCents, shares).map((part) => (part === 0 ? 0 : -part));

  const total = shares.reduce((sum, share) => sum + BigInt(share), 0n);
  if (total === 0n) {
    if (amountCents === 0) return shares.map(() => 0);
    throw new RangeError('an amount cannot be shared on a key whose total is zero');
  }

  const amount = BigInt(amountCents);
  const parts = shares.map((share) => (amount * BigInt(share)) / total);
  const remainders = shares.map((share) => (amount * BigInt(share)) % total);
  let missing = amount - parts.reduce((sum, part) => sum + part, 0n);

  // Fewer cents are missing than there are non-zero remainders, so a lot without shares never gets one.
  const order = shares
    .map((_, index) => index)
    .sort((a, b) => compareDescending(remainders[a], remainders[b]) || (shares[b] ?? 0) - (shares[a] ?? 0) || a - b);
  for (const index of order) {
    if (missing === 0n) break;
    parts[index] = (parts[index] ?? 0n) + 1n;
    missing -= 1n;
  }
  return parts.map(Number);
}

/**
 * The same, for lots named by an id: `{ lotId → part }` in the key's order. Callers that need one lot's part
 * (a co-owner's call for funds) must still share over the WHOLE key, since who gets the odd cents depends on
 * every lot's remainder.
 */
export function allocateByLot<Id extends string>(
  amountCents: number,
  lots: ReadonlyArray<{ lotId: Id; shares: number }>,
): Map<Id, number> {
  const parts = allocate(
    amountCents,
    lots.map((lot) => lot.shares),
  );
  return new Map(lots.map((lot, index) => [lot.lotId, parts[index] ?? 0]));
}

function compareDescending(a: bigint | undefined, b: bigint | undefined): number {
  const left = a ?? 0n;
  const right = b ?? 0n;
  return left === right ? 0 : left > right ? -1 : 1;
}
