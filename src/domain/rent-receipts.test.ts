import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CalledMonth, type RentPayment, settleRent } from './rent-receipts.ts';

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

const months = fc
  .array(fc.record({ rentCents: fc.integer({ min: 0, max: 300_000 }), chargesCents: fc.integer({ min: 0, max: 40_000 }) }), {
    maxLength: 12,
  })
  .map((items) =>
    items.map(
      (item, index): CalledMonth => ({ id: `m${index}`, periodStart: `2026-${String(index + 1).padStart(2, '0')}-01`, ...item }),
    ),
  );

const payments = fc.array(fc.integer({ min: 1, max: 400_000 }), { maxLength: 15 }).map((amounts) =>
  amounts.map(
    (amountCents, index): RentPayment => ({
      id: `p${String(index).padStart(2, '0')}`,
      date: `2026-06-${String((index % 28) + 1).padStart(2, '0')}`,
      amountCents,
    }),
  ),
);

describe('settleRent: quittances and receipts by oldest month first', () => {
  it('never acknowledges more than was paid, nor more than a month asked', () => {
    fc.assert(
      fc.property(months, payments, (called, paid) => {
        const result = settleRent(called, paid);
        expect(sum(result.map((item) => item.amountCents))).toBeLessThanOrEqual(sum(paid.map((item) => item.amountCents)));
        for (const month of called) {
          const mine = result.filter((item) => item.callId === month.id);
          expect(sum(mine.map((item) => item.amountCents))).toBeLessThanOrEqual(month.rentCents + month.chargesCents);
          for (const item of mine) expect(item.rentCents + item.chargesCents).toBe(item.amountCents);
        }
      }),
    );
  });

  it('gives a fully paid month exactly one quittance and no receipt, with rent and charges apart', () => {
    fc.assert(
      fc.property(months, (called) => {
        const total = sum(called.map((month) => month.rentCents + month.chargesCents));
        const result = settleRent(called, total > 0 ? [{ id: 'p', date: '2026-12-31', amountCents: total }] : []);
        for (const month of called.filter((item) => item.rentCents + item.chargesCents > 0)) {
          const mine = result.filter((item) => item.callId === month.id);
          expect(mine).toEqual([
            {
              kind: 'quittance',
              callId: month.id,
              amountCents: month.rentCents + month.chargesCents,
              rentCents: month.rentCents,
              chargesCents: month.chargesCents,
            },
          ]);
        }
      }),
    );
  });

  it('pays the oldest months first and gives partial payments receipts for exactly their part', () => {
    fc.assert(
      fc.property(months, payments, (called, paid) => {
        const result = settleRent(called, paid);
        const owed = called.filter((month) => month.rentCents + month.chargesCents > 0);
        const totalPaid = sum(paid.map((item) => item.amountCents));
        let left = totalPaid;
        for (const month of owed) {
          const due = month.rentCents + month.chargesCents;
          const expected = Math.min(due, Math.max(left, 0));
          left -= due;
          const mine = result.filter((item) => item.callId === month.id);
          expect(sum(mine.map((item) => item.amountCents))).toBe(expected);
          if (expected < due) expect(mine.every((item) => item.kind === 'receipt')).toBe(true);
        }
        // Everything paid is acknowledged, unless it goes beyond every called month.
        expect(sum(result.map((item) => item.amountCents))).toBe(
          Math.min(totalPaid, sum(owed.map((month) => month.rentCents + month.chargesCents))),
        );
      }),
    );
  });

  it('splits a partial month between rent and charges so that the parts add up to the month', () => {
    const month = { id: 'dec', periodStart: '2026-12-01', rentCents: 100_000, chargesCents: 10_001 };
    const result = settleRent(
      [month],
      [
        { id: 'a', date: '2026-12-02', amountCents: 33_333 },
        { id: 'b', date: '2026-12-10', amountCents: 33_333 },
      ],
    );
    expect(result.map((item) => item.kind)).toEqual(['receipt', 'receipt']);
    expect(sum(result.map((item) => item.chargesCents))).toBe(Math.floor((66_666 * 10_001) / 110_001));
    const full = settleRent([month], [{ id: 'a', date: '2026-12-02', amountCents: 110_001 }]);
    expect(full).toEqual([{ kind: 'quittance', callId: 'dec', amountCents: 110_001, rentCents: 100_000, chargesCents: 10_001 }]);
  });
});
