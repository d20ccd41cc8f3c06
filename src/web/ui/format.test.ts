import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatMoney } from './format.ts';
import { initials } from './initials.ts';

// Intl separates thousands with a narrow no-break space (U+202F) and the euro sign with a no-break space.
const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

describe('French formats', () => {
  it('shows integer cents as euros', () => {
    expect(plain(formatMoney(112935))).toBe('1 129,35 €');
    expect(plain(formatMoney(-46132))).toBe('-461,32 €');
    expect(plain(formatMoney(5))).toBe('0,05 €');
  });

  it('shows a calendar date without shifting it by a time zone', () => {
    expect(formatDate('2022-01-25')).toBe('25/01/2022');
  });

  it('shows timestamps in Paris time', () => {
    expect(formatDate('2022-01-24T23:30:00Z')).toBe('25/01/2022');
    expect(formatDateTime('2022-07-01T12:05:00Z')).toBe('01/07/2022 14:05');
  });
});

describe('initials', () => {
  it('skips civilities', () => {
    expect(initials('M. et Mme Allouard')).toBe('A');
    expect(initials('Claire Martin')).toBe('CM');
    expect(initials('GERASCO')).toBe('G');
  });
});
