/**
 * What a tenant is given for what they paid (loi du 6 juillet 1989, art. 21): a month paid in full gets a
 * quittance (rent and charges apart, free of charge); a month paid in part gets a receipt ("reçu") for the sum
 * paid, which is not a quittance. Payments settle the oldest months first (FIFO), as a tenant paying late is
 * deemed to pay the oldest debt (Code civil, art. 1342-10).
 */

export interface CalledMonth {
  id: string;
  /** First day of the month called; the order months are settled in. */
  periodStart: string;
  rentCents: number;
  chargesCents: number;
}

export interface RentPayment {
  id: string;
  date: string;
  amountCents: number;
}

export interface Quittance {
  kind: 'quittance';
  callId: string;
  amountCents: number;
  rentCents: number;
  chargesCents: number;
}

export interface PartialReceipt {
  kind: 'receipt';
  callId: string;
  paymentId: string;
  amountCents: number;
  rentCents: number;
  chargesCents: number;
}

export type Acknowledgement = Quittance | PartialReceipt;

const byPeriod = (a: CalledMonth, b: CalledMonth) => a.periodStart.localeCompare(b.periodStart) || a.id.localeCompare(b.id);
const byDate = (a: RentPayment, b: RentPayment) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id);

/** The charges part of the first `paid` cents of a month, so that the parts of successive payments add up exactly. */
const chargesShare = (month: CalledMonth, paid: number) => {
  const total = month.rentCents + month.chargesCents;
  return total === 0 ? 0 : Math.floor((paid * month.chargesCents) / total);
};

/**
 * The quittances and receipts due for one lease's called months and payments. A month fully paid gets exactly one
 * quittance and no receipt; a month paid in part gets one receipt per payment that went to it, for exactly that
 * part. Money paid beyond every called month stays on the account and is acknowledged by nothing yet.
 */
export function settleRent(months: readonly CalledMonth[], payments: readonly RentPayment[]): Acknowledgement[] {
  const ordered = [...months].filter((month) => month.rentCents + month.chargesCents > 0).sort(byPeriod);
  const parts = new Map<string, { paymentId: string; amountCents: number }[]>();
  let index = 0;
  let paidOnCurrent = 0;
  for (const payment of [...payments].filter((item) => item.amountCents > 0).sort(byDate)) {
    let left = payment.amountCents;
    while (left > 0 && index < ordered.length) {
      const month = ordered[index] as CalledMonth;
      const applied = Math.min(left, month.rentCents + month.chargesCents - paidOnCurrent);
      parts.set(month.id, [...(parts.get(month.id) ?? []), { paymentId: payment.id, amountCents: applied }]);
      left -= applied;
      paidOnCurrent += applied;
      if (paidOnCurrent === month.rentCents + month.chargesCents) {
        index += 1;
        paidOnCurrent = 0;
      }
    }
  }
  return ordered.flatMap((month): Acknowledgement[] => {
    const total = month.rentCents + month.chargesCents;
    const applied = parts.get(month.id) ?? [];
    if (applied.reduce((sum, part) => sum + part.amountCents, 0) === total)
      return [
        { kind: 'quittance', callId: month.id, amountCents: total, rentCents: month.rentCents, chargesCents: month.chargesCents },
      ];
    let before = 0;
    return applied.map((part) => {
      const chargesCents = chargesShare(month, before + part.amountCents) - chargesShare(month, before);
      before += part.amountCents;
      return {
        kind: 'receipt',
        callId: month.id,
        paymentId: part.paymentId,
        amountCents: part.amountCents,
        rentCents: part.amountCents - chargesCents,
        chargesCents,
      };
    });
  });
}

/** How much of a month is paid, for its status: "Payé", "Partiellement payé" or "À payer". */
export function paidByMonth(months: readonly CalledMonth[], payments: readonly RentPayment[]): Map<string, number> {
  const paid = new Map<string, number>();
  for (const acknowledgement of settleRent(months, payments))
    paid.set(acknowledgement.callId, (paid.get(acknowledgement.callId) ?? 0) + acknowledgement.amountCents);
  return paid;
}
