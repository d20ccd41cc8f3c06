import { allocate } from './allocation.ts';

/**
 * One quarter's call for funds (art. 14-1: the provisions are a quarter of the voted budget, due on the first
 * day of each quarter), computed to the cent. Two roundings happen and both use the largest-remainder rule of
 * `allocation.ts`, so nothing is lost or invented:
 *  1. the year's amount of a key over the four quarters (equal weights), so Q1 + Q2 + Q3 + Q4 = the year;
 *  2. that quarter's amount over EVERY lot of the key by its shares, so the lots' parts = the quarter's amount.
 * The works fund (art. 14-2-1) is called the same way, by general shares.
 */

export type Quarter = 1 | 2 | 3 | 4;

export interface LotShares {
  lotId: string;
  shares: number;
}

export interface KeyBudget {
  keyId: string;
  /** The key's yearly budget: the sum of its budget lines. */
  yearlyCents: number;
  /** Every lot of the key, with its shares (0 allowed). */
  lots: readonly LotShares[];
}

export interface FundsCallInput {
  keys: readonly KeyBudget[];
  worksFund: { yearlyCents: number; lots: readonly LotShares[] };
  quarter: Quarter;
}

export interface FundsCallPart {
  lotId: string;
  /** null: the works fund. */
  keyId: string | null;
  shares: number;
  keyTotalShares: number;
  /** What the whole key calls this quarter. */
  calledCents: number;
  amountCents: number;
}

export interface FundsCall {
  parts: FundsCallPart[];
  /** Per key id (and `null` for the works fund): the quarter's amount. */
  calledByKey: Map<string | null, number>;
  totalCents: number;
}

/** The quarter's share of a yearly amount; the four add up to the year, the odd cents going to the first quarters. */
export function quarterAmount(yearlyCents: number, quarter: Quarter): number {
  return allocate(yearlyCents, [1, 1, 1, 1])[quarter - 1] ?? 0;
}

/** The first day of the quarter, when its provisions fall due (art. 14-1). */
export function quarterDueDate(year: number, quarter: Quarter): string {
  return `${year}-${String((quarter - 1) * 3 + 1).padStart(2, '0')}-01`;
}

export function computeFundsCall(input: FundsCallInput): FundsCall {
  const parts: FundsCallPart[] = [];
  const calledByKey = new Map<string | null, number>();
  const share = (keyId: string | null, yearlyCents: number, lots: readonly LotShares[]) => {
    const calledCents = quarterAmount(yearlyCents, input.quarter);
    calledByKey.set(keyId, (calledByKey.get(keyId) ?? 0) + calledCents);
    const keyTotalShares = lots.reduce((sum, lot) => sum + lot.shares, 0);
    const amounts = allocate(
      calledCents,
      lots.map((lot) => lot.shares),
    );
    lots.forEach((lot, index) => {
      parts.push({ lotId: lot.lotId, keyId, shares: lot.shares, keyTotalShares, calledCents, amountCents: amounts[index] ?? 0 });
    });
  };
  for (const key of input.keys) share(key.keyId, key.yearlyCents, key.lots);
  share(null, input.worksFund.yearlyCents, input.worksFund.lots);
  return { parts, calledByKey, totalCents: parts.reduce((sum, part) => sum + part.amountCents, 0) };
}

/** The works fund must be at least 5 % of the budget (art. 14-2-1); the smallest amount that satisfies it. */
export function minimumWorksFundCents(budgetCents: number): number {
  return Math.ceil((budgetCents * 5) / 100);
}

/** "1er trimestre 2027", "2e trimestre 2027". */
export function quarterLabel(year: number, quarter: Quarter): string {
  return `${quarter === 1 ? '1er' : `${quarter}e`} trimestre ${year}`;
}
