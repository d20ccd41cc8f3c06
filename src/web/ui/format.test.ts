import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from './format.ts';
import { initials } from './initials.ts';

describe('French formats', () => {
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
