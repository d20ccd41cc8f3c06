import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { centsToInput, parseEuros } from './amount.ts';

describe('amounts typed in euros', () => {
  it('reads the French and the international ways of writing them', () => {
    expect(parseEuros('1 234,56')).toBe(123_456);
    expect(parseEuros('1\u202f234,5 €')).toBe(123_450);
    expect(parseEuros('1234.56')).toBe(123_456);
    expect(parseEuros('312')).toBe(31_200);
    expect(parseEuros('0,07')).toBe(7);
  });

  it('refuses what is not an amount', () => {
    for (const text of ['', '12,345', '-5', '1.234,56', 'douze', '1e3']) expect(parseEuros(text), text).toBeNull();
  });

  it('gives back the cents it was shown, for any amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999_999 }), (cents) => {
        expect(parseEuros(centsToInput(cents))).toBe(cents);
      }),
    );
  });
});
