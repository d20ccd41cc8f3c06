import { describe, expect, it } from 'vitest';
import { addDays, addMonths, frenchDate, frenchLongDate, lastOfMonth, nextWorkingDay, parisInstant, shortDate } from './dates.ts';

describe('the dates of the demo documents', () => {
  it('are written the French way, the first of the month as "1er"', () => {
    expect(frenchDate('2026-01-01')).toBe('1er janvier 2026');
    expect(frenchDate('2026-06-12')).toBe('12 juin 2026');
    expect(frenchLongDate('2026-06-12')).toBe('vendredi 12 juin 2026');
    expect(shortDate('2026-06-08')).toBe('08/06/2026');
  });

  it('move by days and months across month ends, years and daylight-saving changes', () => {
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-06-12', -4)).toBe('2026-06-08');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(lastOfMonth('2028-02-10')).toBe('2028-02-29');
  });

  it('skip the weekend for works and visits', () => {
    expect(nextWorkingDay('2026-11-28')).toBe('2026-11-30');
    expect(nextWorkingDay('2026-11-27')).toBe('2026-11-27');
  });

  it('place a Paris wall-clock time at the right instant, summer and winter', () => {
    expect(parisInstant('2026-06-12', '18:30').toISOString()).toBe('2026-06-12T16:30:00.000Z');
    expect(parisInstant('2026-01-05', '09:00').toISOString()).toBe('2026-01-05T08:00:00.000Z');
  });
});
