import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { frenchDate, frenchLongDate, frenchMonthName, frenchOrdinal, frenchShortDate } from './french-dates.ts';

const calendarDate = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .map((instant) => instant.toISOString().slice(0, 10));

describe('dates in French', () => {
  it('write the first of the month "1er", the other days as numbers', () => {
    expect(frenchDate('2027-01-01')).toBe('1er janvier 2027');
    expect(frenchDate('2026-06-12')).toBe('12 juin 2026');
    expect(frenchDate('2026-12-05', { withYear: false })).toBe('5 décembre');
    expect(frenchDate('2026-08-01', { withYear: false })).toBe('1er août');
  });

  it('name the day of the week in the long form', () => {
    expect(frenchLongDate('2026-06-12')).toBe('vendredi 12 juin 2026');
    expect(frenchLongDate('2026-01-01')).toBe('jeudi 1er janvier 2026');
  });

  it('say what the French calendar says for every date, but for the "1er"', () => {
    const reference = new Intl.DateTimeFormat('fr-FR', {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    fc.assert(
      fc.property(calendarDate, (date) => {
        expect(frenchLongDate(date).replace(' 1er ', ' 1 ')).toBe(reference.format(new Date(`${date}T00:00:00Z`)));
      }),
    );
  });

  it('write short dates day first, on two digits', () => {
    expect(frenchShortDate('2026-06-08')).toBe('08/06/2026');
    expect(frenchShortDate('2027-12-31')).toBe('31/12/2027');
  });

  it('name months and ordinals, and refuse a month that does not exist', () => {
    expect(frenchMonthName(2)).toBe('février');
    expect(frenchMonthName(12)).toBe('décembre');
    expect(() => frenchMonthName(13)).toThrow();
    expect([1, 2, 3].map(frenchOrdinal)).toEqual(['1er', '2e', '3e']);
  });
});
