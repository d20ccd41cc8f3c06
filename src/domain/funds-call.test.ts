import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computeFundsCall,
  type FundsCallInput,
  minimumWorksFundCents,
  type Quarter,
  quarterAmount,
  quarterDueDate,
} from './funds-call.ts';

const QUARTERS = [1, 2, 3, 4] as const;
const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

/** A condominium of 1 to 30 lots, 1 to 4 keys whose shares may be 0 for some lots, budgets up to 10 M€. */
const condominium = fc.integer({ min: 1, max: 30 }).chain((lotCount) => {
  const lotIds = Array.from({ length: lotCount }, (_, index) => `lot-${index}`);
  const sharesOf = fc
    .array(fc.integer({ min: 0, max: 5_000 }), { minLength: lotCount, maxLength: lotCount })
    .filter((shares) => shares.some((share) => share > 0))
    .map((shares) => shares.map((value, index) => ({ lotId: lotIds[index] ?? '', shares: value })));
  return fc.record({
    keys: fc
      .array(fc.record({ yearlyCents: fc.integer({ min: 0, max: 1_000_000_000 }), lots: sharesOf }), {
        minLength: 1,
        maxLength: 4,
      })
      .map((keys) => keys.map((key, index) => ({ keyId: `key-${index}`, ...key }))),
    worksFund: fc.record({ yearlyCents: fc.integer({ min: 0, max: 100_000_000 }), lots: sharesOf }),
  });
});
const quarter = fc.constantFrom<Quarter>(...QUARTERS);

describe('computeFundsCall', () => {
  it("shares each key's quarter amount over its lots exactly", () => {
    fc.assert(
      fc.property(condominium, quarter, (building, q) => {
        const call = computeFundsCall({ ...building, quarter: q });
        for (const key of building.keys) {
          const parts = call.parts.filter((part) => part.keyId === key.keyId).map((part) => part.amountCents);
          expect(sum(parts)).toBe(quarterAmount(key.yearlyCents, q));
        }
        const works = call.parts.filter((part) => part.keyId === null).map((part) => part.amountCents);
        expect(sum(works)).toBe(quarterAmount(building.worksFund.yearlyCents, q));
      }),
    );
  });

  it('calls over the four quarters exactly the year, for every lot and key', () => {
    fc.assert(
      fc.property(condominium, (building) => {
        const calls = QUARTERS.map((q) => computeFundsCall({ ...building, quarter: q }));
        for (const key of building.keys) {
          expect(sum(QUARTERS.map((q) => quarterAmount(key.yearlyCents, q)))).toBe(key.yearlyCents);
          const yearly = sum(
            calls.flatMap((call) => call.parts.filter((part) => part.keyId === key.keyId)).map((p) => p.amountCents),
          );
          expect(yearly).toBe(key.yearlyCents);
        }
      }),
    );
  });

  it('asks nothing of a lot with no shares of a key', () => {
    fc.assert(
      fc.property(condominium, quarter, (building, q) => {
        for (const part of computeFundsCall({ ...building, quarter: q }).parts) {
          if (part.shares === 0) expect(part.amountCents).toBe(0);
        }
      }),
    );
  });

  it("totals the call as the sum of the lots' parts, the keys' amounts and the works fund", () => {
    fc.assert(
      fc.property(condominium, quarter, (building, q) => {
        const call = computeFundsCall({ ...building, quarter: q });
        expect(call.totalCents).toBe(sum(call.parts.map((part) => part.amountCents)));
        expect(call.totalCents).toBe(sum([...call.calledByKey.values()]));
      }),
    );
  });

  it('computes a known quarter to the cent, the odd cents of the year going to the first quarters', () => {
    const input: FundsCallInput = {
      keys: [
        {
          keyId: 'GEN',
          yearlyCents: 1_000_001,
          lots: [
            { lotId: 'A', shares: 500 },
            { lotId: 'B', shares: 300 },
            { lotId: 'C', shares: 200 },
          ],
        },
      ],
      worksFund: {
        yearlyCents: 50_002,
        lots: [
          { lotId: 'A', shares: 1 },
          { lotId: 'B', shares: 1 },
          { lotId: 'C', shares: 1 },
        ],
      },
      quarter: 1,
    };
    expect(QUARTERS.map((q) => quarterAmount(1_000_001, q))).toEqual([250_001, 250_000, 250_000, 250_000]);
    const call = computeFundsCall(input);
    expect(call.parts.map((part) => [part.lotId, part.keyId, part.amountCents])).toEqual([
      ['A', 'GEN', 125_001],
      ['B', 'GEN', 75_000],
      ['C', 'GEN', 50_000],
      ['A', null, 4_167],
      ['B', null, 4_167],
      ['C', null, 4_167],
    ]);
    expect(call.totalCents).toBe(250_001 + 12_501);
  });

  it('dates each quarter on its first day and asks at least 5 % for the works fund', () => {
    expect(QUARTERS.map((q) => quarterDueDate(2027, q))).toEqual(['2027-01-01', '2027-04-01', '2027-07-01', '2027-10-01']);
    expect(minimumWorksFundCents(4_000_000)).toBe(200_000);
    expect(minimumWorksFundCents(4_000_001)).toBe(200_001);
  });
});
