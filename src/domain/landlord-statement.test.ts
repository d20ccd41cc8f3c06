import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { basisPointsOf, computeLandlordStatement, type StatementInput, statementPeriodLabel } from './landlord-statement.ts';

const cents = (max: number) => fc.integer({ min: 0, max });

/** One to 30 units, rents up to 5 000 € a month over up to a year, a few expenses, any earlier balance. */
const statementInput: fc.Arbitrary<StatementInput> = fc.record({
  feeRateBasisPoints: fc.integer({ min: 0, max: 2_000 }),
  ledgerOpeningCents: fc.integer({ min: -5_000_000, max: 50_000_000 }),
  arrearsAtStartCents: fc.integer({ min: -500_000, max: 5_000_000 }),
  units: fc.array(
    fc
      .record({
        calledCents: cents(6_000_000),
        rentShare: fc.double({ min: 0, max: 1, noNaN: true }),
        receivedCents: cents(6_000_000),
      })
      .chain((unit) =>
        fc.record({
          unitId: fc.uuid(),
          calledCents: fc.constant(unit.calledCents),
          rentCalledCents: fc.constant(Math.floor(unit.calledCents * unit.rentShare)),
          receivedCents: fc.constant(unit.receivedCents),
          arrearsCents: fc.integer({ min: -100_000, max: 2_000_000 }),
        }),
      ),
    { minLength: 1, maxLength: 30 },
  ),
  expenses: fc.array(fc.record({ amountCents: fc.integer({ min: 1, max: 3_000_000 }) }), { maxLength: 8 }),
  otherMovementsCents: fc.integer({ min: -2_000_000, max: 500_000 }),
});

describe('basisPointsOf', () => {
  it('rounds to the nearest cent, halves away from zero', () => {
    expect(basisPointsOf(1_000_050, 700)).toBe(70_004); // 70 003,5 → 70 004
    expect(basisPointsOf(1_000_049, 700)).toBe(70_003); // 70 003,43
    expect(basisPointsOf(70_004, 2_000)).toBe(14_001); // 14 000,8
    expect(basisPointsOf(-25, 2_000)).toBe(-5);
    expect(Object.is(basisPointsOf(-1, 700), 0)).toBe(true);
  });

  it('is within half a cent of the exact rate', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        (amount, rate) => {
          const exact = (amount * rate) / 10_000;
          expect(Math.abs(basisPointsOf(amount, rate) - exact)).toBeLessThanOrEqual(0.5 + 1e-9);
        },
      ),
    );
  });
});

describe('computeLandlordStatement', () => {
  it('adds up to the cent: opening + received + other − expenses − fees = transferred + carried forward', () => {
    fc.assert(
      fc.property(statementInput, (input) => {
        const figures = computeLandlordStatement(input);
        expect(
          figures.openingBalanceCents +
            figures.receivedCents +
            figures.otherMovementsCents -
            figures.expensesCents -
            figures.feesCents,
        ).toBe(figures.transferCents + figures.closingBalanceCents);
        expect(figures.feesCents).toBe(figures.feesExcludingVatCents + figures.feesVatCents);
        expect(figures.rentCalledCents + figures.chargesCalledCents).toBe(figures.calledCents);
        expect(figures.units.reduce((sum, unit) => sum + unit.receivedCents, 0)).toBe(figures.receivedCents);
        expect(figures.units.reduce((sum, unit) => sum + unit.arrearsCents, 0)).toBe(figures.arrearsCents);
        expect(figures.openingBalanceCents).toBe(input.ledgerOpeningCents - input.arrearsAtStartCents);
      }),
    );
  });

  it('never transfers a negative amount: a shortfall is carried forward, a surplus is transferred entirely', () => {
    fc.assert(
      fc.property(statementInput, (input) => {
        const figures = computeLandlordStatement(input);
        expect(figures.transferCents).toBeGreaterThanOrEqual(0);
        expect(figures.closingBalanceCents).toBeLessThanOrEqual(0);
        expect(figures.transferCents === 0 || figures.closingBalanceCents === 0).toBe(true);
      }),
    );
  });

  it('charges the fees on what was received, not on what was called, with 20 % VAT on the rounded fees', () => {
    fc.assert(
      fc.property(statementInput, (input) => {
        const figures = computeLandlordStatement(input);
        expect(figures.feesExcludingVatCents).toBe(basisPointsOf(figures.receivedCents, input.feeRateBasisPoints));
        expect(figures.feesVatCents).toBe(basisPointsOf(figures.feesExcludingVatCents, 2_000));
        const exact = (figures.receivedCents * input.feeRateBasisPoints) / 10_000;
        expect(Math.abs(figures.feesExcludingVatCents - exact)).toBeLessThanOrEqual(0.5);
      }),
    );
  });

  it('computes a hand-checked quarter', () => {
    const figures = computeLandlordStatement({
      feeRateBasisPoints: 700,
      ledgerOpeningCents: 50_000,
      arrearsAtStartCents: 0,
      units: [
        { unitId: 'a', calledCents: 309_000, rentCalledCents: 285_000, receivedCents: 309_000, arrearsCents: 0 },
        { unitId: 'b', calledCents: 210_000, rentCalledCents: 195_000, receivedCents: 140_000, arrearsCents: 70_000 },
      ],
      expenses: [{ amountCents: 18_960 }],
      otherMovementsCents: 0,
    });
    // Fees: 7 % of 4 490,00 € = 314,30 €; VAT 62,86 €; 500 + 4 490 − 189,60 − 377,16 = 4 423,24 €.
    expect(figures).toMatchObject({
      receivedCents: 449_000,
      feesExcludingVatCents: 31_430,
      feesVatCents: 6_286,
      feesCents: 37_716,
      transferCents: 442_324,
      closingBalanceCents: 0,
      arrearsCents: 70_000,
      chargesCalledCents: 39_000,
    });
  });
});

describe('statementPeriodLabel', () => {
  it('names months, quarters, years and any other period', () => {
    expect(statementPeriodLabel('2026-10-01', '2026-10-31')).toBe('octobre 2026');
    expect(statementPeriodLabel('2026-07-01', '2026-09-30')).toBe('3e trimestre 2026');
    expect(statementPeriodLabel('2026-01-01', '2026-03-31')).toBe('1er trimestre 2026');
    expect(statementPeriodLabel('2025-01-01', '2025-12-31')).toBe('année 2025');
    expect(statementPeriodLabel('2026-10-01', '2026-11-15')).toBe('du 1er octobre au 15 novembre 2026');
    expect(statementPeriodLabel('2025-12-01', '2026-01-31')).toBe('du 1er décembre 2025 au 31 janvier 2026');
  });
});
