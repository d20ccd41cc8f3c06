import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  firstOfMonth,
  formatCalendarDate,
  lastOfMonth,
  nextWorkingDay,
  parisDate,
  parisInstant,
  parseCalendarDate,
  weekday,
} from './calendar.ts';

// Every calendar date from 1990 to 2100, as the database gives them.
const calendarDate = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .map((instant) => instant.toISOString().slice(0, 10));

const daysBetween = (from: string, to: string) => (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;

describe('parisDate', () => {
  it('gives the calendar date in Paris, which runs ahead of UTC late in the evening', () => {
    expect(parisDate(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(parisDate(new Date('2026-12-31T22:59:59Z'))).toBe('2026-12-31');
    expect(parisDate(new Date('2026-12-31T23:00:00Z'))).toBe('2027-01-01');
  });
});

describe('calendar dates', () => {
  it('are read and written back unchanged, and anything else is refused', () => {
    fc.assert(
      fc.property(calendarDate, (date) => {
        expect(formatCalendarDate(parseCalendarDate(date))).toBe(date);
      }),
    );
    expect(() => parseCalendarDate('12/06/2026')).toThrow();
    expect(() => parseCalendarDate('2026-06-12T10:00:00Z')).toThrow();
  });

  it('move by days across months, years, leap years and daylight-saving changes', () => {
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
    fc.assert(
      fc.property(calendarDate, fc.integer({ min: -400, max: 400 }), (date, days) => {
        expect(daysBetween(date, addDays(date, days))).toBe(days);
      }),
    );
  });

  it('move by months keeping the day within the month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-03-15', -3)).toBe('2025-12-15');
    expect(firstOfMonth('2026-06-12')).toBe('2026-06-01');
    expect(lastOfMonth('2028-02-10')).toBe('2028-02-29');
    expect(lastOfMonth('2026-12-31')).toBe('2026-12-31');
    fc.assert(
      fc.property(calendarDate, (date) => {
        const last = lastOfMonth(date);
        expect(last.slice(0, 7)).toBe(date.slice(0, 7));
        expect(addDays(last, 1)).toBe(firstOfMonth(addMonths(date, 1)));
      }),
    );
  });

  it('skip the weekend for works and visits', () => {
    expect(weekday('2026-06-12')).toBe(5);
    expect(nextWorkingDay('2026-11-28')).toBe('2026-11-30');
    expect(nextWorkingDay('2026-11-29')).toBe('2026-11-30');
    expect(nextWorkingDay('2026-11-27')).toBe('2026-11-27');
  });

  it('place a Paris wall-clock time at the right instant, summer and winter', () => {
    expect(parisInstant('2026-06-12', '18:30').toISOString()).toBe('2026-06-12T16:30:00.000Z');
    expect(parisInstant('2026-01-05', '09:00').toISOString()).toBe('2026-01-05T08:00:00.000Z');
    expect(parisInstant('2026-01-05').toISOString()).toBe('2026-01-05T09:00:00.000Z');
    // The instant falls on the same Paris date it was placed on, late in the evening too.
    fc.assert(
      fc.property(calendarDate, (date) => {
        expect(parisDate(parisInstant(date, '23:30'))).toBe(date);
      }),
    );
  });
});
