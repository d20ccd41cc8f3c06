import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, parseCalendarDate } from './calendar.ts';
import { nextPaymentDate, nextQuarterStart, quarterOf } from './due-dates.ts';

// Every calendar date from 1990 to 2100, as the database gives them.
const calendarDate = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .map((instant) => instant.toISOString().slice(0, 10));
const paymentDay = fc.integer({ min: 1, max: 28 });

const daysBetween = (from: string, to: string) => (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;

describe('the next quarterly provision (art. 14-1: due on the first day of each quarter)', () => {
  it('falls on the first day of January, April, July or October', () => {
    expect(nextQuarterStart('2026-11-15')).toBe('2027-01-01');
    expect(nextQuarterStart('2026-12-31')).toBe('2027-01-01');
    expect(nextQuarterStart('2027-01-01')).toBe('2027-01-01');
    expect(nextQuarterStart('2027-01-02')).toBe('2027-04-01');
    expect(nextQuarterStart('2027-03-31')).toBe('2027-04-01');
    expect(nextQuarterStart('2028-02-29')).toBe('2028-04-01');
    expect(nextQuarterStart('2027-09-30')).toBe('2027-10-01');
  });

  it('is a quarter start, never before today, and no quarter starts in between', () => {
    fc.assert(
      fc.property(calendarDate, (today) => {
        const due = nextQuarterStart(today);
        const { month, day } = parseCalendarDate(due);
        expect(day).toBe(1);
        expect([1, 4, 7, 10]).toContain(month);
        expect(due >= today).toBe(true);
        // The one before it has already passed: nothing between today and the answer is a quarter start.
        expect(nextQuarterStart(addDays(due, -1)) === due).toBe(true);
        expect(daysBetween(today, due)).toBeLessThanOrEqual(91);
      }),
    );
  });

  it('names its quarter', () => {
    expect(['2027-01-01', '2027-04-01', '2027-07-01', '2027-10-01'].map(quarterOf)).toEqual([1, 2, 3, 4]);
  });
});

describe('the next rent due date (the lease payment day of each month)', () => {
  it('is this month when the day is still to come, else next month', () => {
    expect(nextPaymentDate('2026-11-15', 1)).toBe('2026-12-01');
    expect(nextPaymentDate('2026-12-01', 1)).toBe('2026-12-01');
    expect(nextPaymentDate('2026-12-02', 5)).toBe('2026-12-05');
    expect(nextPaymentDate('2026-12-06', 5)).toBe('2027-01-05');
    expect(nextPaymentDate('2027-01-31', 28)).toBe('2027-02-28');
  });

  it('falls on the payment day, today or later, within a month, with no payment day skipped', () => {
    fc.assert(
      fc.property(calendarDate, paymentDay, (today, day) => {
        const due = nextPaymentDate(today, day);
        expect(parseCalendarDate(due).day).toBe(day);
        expect(due >= today).toBe(true);
        expect(daysBetween(today, due)).toBeLessThan(31);
        // The day before the answer, the answer is still the next one: no earlier payment day was jumped over.
        if (due > today) expect(nextPaymentDate(addDays(due, -1), day)).toBe(due);
      }),
    );
  });

  it('refuses a payment day that some months lack', () => {
    expect(() => nextPaymentDate('2026-01-01', 31)).toThrow();
    expect(() => nextPaymentDate('2026-01-01', 0)).toThrow();
  });
});
