import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatBasisPoints, formatEuroNumber, formatEuros } from './money.ts';

/** Spaces made visible, so a failing assertion shows which space is which. */
const visible = (text: string) => text.replace(/\u202f/g, '⍽').replace(/\u00a0/g, '·');

describe('formatEuros', () => {
  it('writes amounts the French way', () => {
    expect(visible(formatEuros(112_935))).toBe('1⍽129,35·€');
    expect(visible(formatEuros(0))).toBe('0,00·€');
    expect(visible(formatEuros(5))).toBe('0,05·€');
    expect(visible(formatEuros(-8_412))).toBe('-84,12·€');
    expect(visible(formatEuros(123_456_789_00))).toBe('123⍽456⍽789,00·€');
  });

  it('prints exactly what the browser prints for the same amount', () => {
    const browser = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
    // Within ±10^12 cents a double still holds every cent exactly, so Intl is a fair reference.
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000_000_000, max: 1_000_000_000_000 }), (cents) => {
        expect(formatEuros(cents)).toBe(browser.format(cents / 100));
      }),
    );
  });

  it('never loses a cent, even beyond what a float can hold', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 24n), max: 10n ** 24n }), (cents) => {
        const digits = formatEuros(cents).replace(/[^\d-]/g, '');
        expect(BigInt(digits)).toBe(cents);
      }),
    );
  });

  it('refuses fractions of a cent rather than rounding them away', () => {
    expect(() => formatEuros(10.5)).toThrow(RangeError);
    expect(() => formatEuros(Number.MAX_SAFE_INTEGER + 2)).toThrow(RangeError);
  });
});

describe('formatEuroNumber and formatBasisPoints', () => {
  it('write the figure without the currency, and fee rates as percentages', () => {
    expect(visible(formatEuroNumber(4_300_000))).toBe('43⍽000,00');
    expect(visible(formatBasisPoints(700))).toBe('7,00·%');
  });
});
