import { lastOfMonth, parseCalendarDate } from './calendar.ts';
import { frenchDate, frenchMonthName, frenchOrdinal } from './french-dates.ts';

/**
 * The compte rendu de gérance of one management mandate over a period (domain rules §4): what was called and
 * received per unit, the expenses paid for the landlord, the agency's fees with VAT and what is transferred.
 *
 * The rental ledger credits the landlord's account (4671) when the rent is CALLED, while a landlord can only be
 * paid what tenants actually PAID. So the amounts here are on a cash basis: the opening balance is the 4671
 * balance before the period minus what tenants still owed then (411), and the 4671 balance after the statement
 * is the carried-forward balance plus what tenants still owe at the end of the period.
 */

/** French VAT on the agency's fees (taux normal). */
export const FEES_VAT_BASIS_POINTS = 2_000;

/**
 * `amountCents × basisPoints / 10 000`, rounded to the nearest cent, halves away from zero — the rounding of
 * an invoice line. Integer arithmetic only: no float ever touches the cents.
 */
export function basisPointsOf(amountCents: number, basisPoints: number): number {
  const sign = amountCents < 0 !== basisPoints < 0 ? -1 : 1;
  const numerator = Math.abs(amountCents) * Math.abs(basisPoints);
  const quotient = Math.floor(numerator / 10_000);
  const remainder = numerator - quotient * 10_000;
  const rounded = remainder * 2 >= 10_000 ? quotient + 1 : quotient;
  // `|| 0`: a negative zero would print as "-0,00 €".
  return sign < 0 ? -rounded || 0 : rounded;
}

export interface UnitMovements {
  unitId: string;
  /** 411 debits of the unit's leases in the period (rent calls). */
  calledCents: number;
  /** The part of the calls credited to the landlord as "Loyer"; the rest is the provision for charges. */
  rentCalledCents: number;
  /** 411 credits in the period (what the tenants paid). */
  receivedCents: number;
  /** 411 balance at the end of the period (debit − credit): what the tenants still owe, negative if paid ahead. */
  arrearsCents: number;
}

export interface StatementInput {
  /** Management fees in basis points of the rents and charges received (700 = 7 %), before VAT. */
  feeRateBasisPoints: number;
  /** The landlord's 4671 balance before the period (credit − debit: positive = held for the landlord). */
  ledgerOpeningCents: number;
  /** What the tenants of the mandate's units owed before the period (411 debit − credit). */
  arrearsAtStartCents: number;
  units: readonly UnitMovements[];
  /** Expenses paid for the landlord in the period (4671 debits with a supplier), each positive. */
  expenses: readonly { amountCents: number }[];
  /**
   * Any other 4671 movement of the period, credit − debit (a transfer already made by the accounting system,
   * an adjustment): it changes what is available exactly as it changed the account.
   */
  otherMovementsCents: number;
}

export interface UnitFigures extends UnitMovements {
  chargesCalledCents: number;
}

export interface StatementFigures {
  units: UnitFigures[];
  calledCents: number;
  rentCalledCents: number;
  chargesCalledCents: number;
  receivedCents: number;
  arrearsCents: number;
  expensesCents: number;
  otherMovementsCents: number;
  /** Cash basis: the 4671 balance before the period minus the tenants' arrears then. */
  openingBalanceCents: number;
  feesExcludingVatCents: number;
  feesVatCents: number;
  feesCents: number;
  /** opening + received + other − expenses − fees incl. VAT. */
  availableCents: number;
  /** What the agency transfers: the available amount, never less than zero. */
  transferCents: number;
  /** What is carried forward: zero, or the shortfall (negative) when expenses and fees exceeded the receipts. */
  closingBalanceCents: number;
}

const sum = <T>(rows: readonly T[], pick: (row: T) => number) => rows.reduce((total, row) => total + pick(row), 0);

export function computeLandlordStatement(input: StatementInput): StatementFigures {
  const units = input.units.map((unit) => ({ ...unit, chargesCalledCents: unit.calledCents - unit.rentCalledCents }));
  const receivedCents = sum(units, (unit) => unit.receivedCents);
  // Fees are charged on everything collected for the landlord in the period — rent AND provisions for charges —
  // at the mandate's rate, rounded to the cent; the VAT is 20 % of that rounded amount, rounded again, and the
  // landlord pays both (fees incl. VAT = excl. VAT + VAT, exactly).
  const feesExcludingVatCents = basisPointsOf(receivedCents, input.feeRateBasisPoints);
  const feesVatCents = basisPointsOf(feesExcludingVatCents, FEES_VAT_BASIS_POINTS);
  const feesCents = feesExcludingVatCents + feesVatCents;
  const expensesCents = sum(input.expenses, (expense) => expense.amountCents);
  const openingBalanceCents = input.ledgerOpeningCents - input.arrearsAtStartCents;
  const availableCents = openingBalanceCents + receivedCents + input.otherMovementsCents - expensesCents - feesCents;
  const transferCents = Math.max(0, availableCents);
  return {
    units,
    calledCents: sum(units, (unit) => unit.calledCents),
    rentCalledCents: sum(units, (unit) => unit.rentCalledCents),
    chargesCalledCents: sum(units, (unit) => unit.chargesCalledCents),
    receivedCents,
    arrearsCents: sum(units, (unit) => unit.arrearsCents),
    expensesCents,
    otherMovementsCents: input.otherMovementsCents,
    openingBalanceCents,
    feesExcludingVatCents,
    feesVatCents,
    feesCents,
    availableCents,
    transferCents,
    closingBalanceCents: availableCents - transferCents,
  };
}

/**
 * How a period is named on the statement and in the lists: "octobre 2026" for a calendar month, "3e trimestre
 * 2026" for a calendar quarter, "année 2026" for a calendar year, otherwise "du 1er octobre au 15 novembre 2026".
 */
export function statementPeriodLabel(start: string, end: string): string {
  const from = parseCalendarDate(start);
  const to = parseCalendarDate(end);
  const wholeMonths = from.day === 1 && end === lastOfMonth(end) && from.year === to.year;
  if (wholeMonths && from.month === to.month) return `${frenchMonthName(from.month)} ${from.year}`;
  if (wholeMonths && from.month % 3 === 1 && to.month === from.month + 2)
    return `${frenchOrdinal((from.month + 2) / 3)} trimestre ${from.year}`;
  if (wholeMonths && from.month === 1 && to.month === 12) return `année ${from.year}`;
  return `du ${frenchDate(start, { withYear: from.year !== to.year })} au ${frenchDate(end)}`;
}
