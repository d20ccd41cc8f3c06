import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate, allocateByLot } from './allocation.ts';

const sum = (parts: number[]) => parts.reduce((total, part) => total + part, 0);

/** Amounts up to the largest safe cent count, keys from one lot to a large condominium. */
const amounts = fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER });
const keys = fc
  .array(fc.oneof(fc.integer({ min: 0, max: 2_000 }), fc.constant(0), fc.integer({ min: 0, max: 100_000 })), {
    minLength: 1,
    maxLength: 80,
  })
  .filter((shares) => shares.some((share) => share > 0));

describe('allocate', () => {
  it('shares 100 € in three equal parts, the odd cent going to the first lot', () => {
    expect(allocate(10_000, [1, 1, 1])).toEqual([3_334, 3_333, 3_333]);
  });

  it('gives an odd cent whose remainders tie to the lot with more shares', () => {
    // 2 cents on 1/4 and 3/4: exact parts 0.5 and 1.5, equal remainders.
    expect(allocate(2, [1, 3])).toEqual([0, 2]);
    expect(allocate(2, [3, 1])).toEqual([2, 0]);
  });

  it('splits a quarter of a 48 000 € budget over 10 000 tantièmes to the cent', () => {
    const shares = [482, 913, 0, 1_205, 7_400];
    const parts = allocate(1_200_000, shares);
    expect(parts).toEqual([57_840, 109_560, 0, 144_600, 888_000]);
    expect(sum(parts)).toBe(1_200_000);
  });

  it('treats a credit as the opposite of the charge it cancels', () => {
    expect(allocate(-10_000, [1, 1, 1])).toEqual([-3_334, -3_333, -3_333]);
  });

  it('refuses what cannot be shared', () => {
    expect(() => allocate(100, [0, 0])).toThrow(RangeError);
    expect(() => allocate(10.5, [1])).toThrow(RangeError);
    expect(() => allocate(100, [-1, 2])).toThrow(RangeError);
    expect(() => allocate(100, [1.5, 2])).toThrow(RangeError);
    expect(allocate(0, [0, 0])).toEqual([0, 0]);
  });

  it('always adds up to exactly the amount', () => {
    fc.assert(
      fc.property(amounts, keys, (amount, shares) => {
        expect(sum(allocate(amount, shares))).toBe(amount);
      }),
    );
  });

  it('keeps each part within one cent of its exact quotient', () => {
    fc.assert(
      fc.property(amounts, keys, (amount, shares) => {
        const total = shares.reduce((accumulator, share) => accumulator + BigInt(share), 0n);
        allocate(amount, shares).forEach((part, index) => {
          // |part − amount × shares / total| < 1  ⇔  |part × total − amount × shares| < total
          const gap = BigInt(part) * total - BigInt(amount) * BigInt(shares[index] ?? 0);
          expect(gap < 0n ? -gap : gap).toBeLessThan(total);
        });
      }),
    );
  });

  it('never gives anything to a lot without shares', () => {
    fc.assert(
      fc.property(amounts, keys, (amount, shares) => {
        const parts = allocate(amount, shares);
        shares.forEach((share, index) => {
          if (share === 0) expect(parts[index]).toBe(0);
        });
      }),
    );
  });

  it('never gives less to a lot with more shares', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), keys, (amount, shares) => {
        const parts = allocate(amount, shares);
        for (let a = 0; a < shares.length; a += 1) {
          for (let b = 0; b < shares.length; b += 1) {
            if ((shares[a] ?? 0) > (shares[b] ?? 0)) expect(parts[a]).toBeGreaterThanOrEqual(parts[b] ?? 0);
          }
        }
      }),
    );
  });

  it('depends only on the proportions: a key written in thousandths or ten-thousandths gives the same parts', () => {
    fc.assert(
      fc.property(amounts, keys, fc.integer({ min: 2, max: 50 }), (amount, shares, factor) => {
        expect(
          allocate(
            amount,
            shares.map((share) => share * factor),
          ),
        ).toEqual(allocate(amount, shares));
      }),
    );
  });

  it('gives the same parts whatever order lots with distinct shares are listed in', () => {
    fc.assert(
      fc.property(
        amounts,
        fc.uniqueArray(fc.integer({ min: 1, max: 5_000 }), { minLength: 1, maxLength: 40 }),
        fc.array(fc.nat(), { minLength: 40, maxLength: 40 }),
        (amount, shares, picks) => {
          const order = shares.map((_, index) => index);
          order.sort((a, b) => (picks[a] ?? 0) - (picks[b] ?? 0) || a - b);
          const shuffled = allocate(
            amount,
            order.map((index) => shares[index] ?? 0),
          );
          const straight = allocate(amount, shares);
          order.forEach((index, position) => {
            expect(shuffled[position]).toBe(straight[index]);
          });
        },
      ),
    );
  });
});

describe('allocateByLot', () => {
  it('names each part by its lot', () => {
    const parts = allocateByLot(10_000, [
      { lotId: 'lot-101', shares: 1 },
      { lotId: 'lot-102', shares: 1 },
      { lotId: 'lot-103', shares: 2 },
    ]);
    expect(Object.fromEntries(parts)).toEqual({ 'lot-101': 2_500, 'lot-102': 2_500, 'lot-103': 5_000 });
  });
});
