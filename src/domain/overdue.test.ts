import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from './calendar.ts';
import { type AccountMovement, accountStanding, mayRemindAgain } from './overdue.ts';

const calendarDate = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((instant) => instant.toISOString().slice(0, 10));

const movement: fc.Arbitrary<AccountMovement> = fc.oneof(
  fc.record({
    date: calendarDate,
    label: fc.constant('Appel'),
    debitCents: fc.integer({ min: 1, max: 500_000 }),
    creditCents: fc.constant(0),
  }),
  fc.record({
    date: calendarDate,
    label: fc.constant('Règlement'),
    debitCents: fc.constant(0),
    creditCents: fc.integer({ min: 1, max: 500_000 }),
  }),
);

const call = (date: string, cents: number, label = `Appel ${date}`): AccountMovement => ({
  date,
  label,
  debitCents: cents,
  creditCents: 0,
});
const payment = (date: string, cents: number): AccountMovement => ({
  date,
  label: 'Règlement',
  debitCents: 0,
  creditCents: cents,
});

describe('overdue accounts: payments settle the oldest calls first', () => {
  it('leaves the most recent calls unpaid and dates the arrears from the oldest of them', () => {
    const standing = accountStanding(
      [call('2026-04-01', 40_000), call('2026-01-01', 40_000), payment('2026-05-10', 50_000), call('2026-07-01', 40_000)],
      '2026-07-20',
    );
    expect(standing.owedCents).toBe(70_000);
    expect(standing.unpaidSince).toBe('2026-04-01');
    expect(standing.unpaidCalls).toEqual([
      { date: '2026-04-01', label: 'Appel 2026-04-01', amountCents: 40_000, remainingCents: 30_000 },
      { date: '2026-07-01', label: 'Appel 2026-07-01', amountCents: 40_000, remainingCents: 40_000 },
    ]);
    expect(standing.overdue).toBe(true);
  });

  it('counts a call as overdue only after 15 full days past its due date', () => {
    const movements = [call('2026-10-01', 10_000)];
    expect(accountStanding(movements, '2026-10-16').overdue).toBe(false);
    expect(accountStanding(movements, '2026-10-17').overdue).toBe(true);
  });

  it('is never overdue when the account is settled or in credit', () => {
    const standing = accountStanding([call('2025-01-01', 10_000), payment('2025-02-01', 12_000)], '2026-01-01');
    expect(standing).toEqual({ owedCents: 0, unpaidCalls: [], unpaidSince: null, overdue: false });
  });

  it('owes exactly minus the balance, the remaining amounts add up to it, and the oldest unpaid call dates it', () => {
    fc.assert(
      fc.property(fc.array(movement, { maxLength: 30 }), calendarDate, (movements, today) => {
        const standing = accountStanding(movements, today);
        const balance = movements.reduce((sum, m) => sum + m.creditCents - m.debitCents, 0);
        expect(standing.owedCents).toBe(Math.max(0, -balance));
        expect(standing.unpaidCalls.reduce((sum, c) => sum + c.remainingCents, 0)).toBe(standing.owedCents);
        for (const unpaid of standing.unpaidCalls) expect(unpaid.remainingCents).toBeGreaterThan(0);
        // FIFO: only the oldest unpaid call may be partly paid; every later one is wholly unpaid.
        for (const unpaid of standing.unpaidCalls.slice(1)) expect(unpaid.remainingCents).toBe(unpaid.amountCents);
        // Every call older than the oldest unpaid one is fully paid.
        const calls = movements.filter((m) => m.debitCents > 0);
        if (standing.unpaidSince) {
          const olderDebits = calls
            .filter((m) => m.date < (standing.unpaidSince as string))
            .reduce((s, m) => s + m.debitCents, 0);
          const credits = movements.reduce((s, m) => s + m.creditCents, 0);
          expect(olderDebits).toBeLessThanOrEqual(credits);
          expect(standing.overdue).toBe(today > addDays(standing.unpaidSince, 15));
        } else expect(standing.overdue).toBe(false);
      }),
    );
  });

  it('does not depend on the order the movements are given in', () => {
    fc.assert(
      fc.property(fc.array(movement, { maxLength: 20 }), calendarDate, (movements, today) => {
        const a = accountStanding(movements, today);
        const b = accountStanding([...movements].reverse(), today);
        expect(b.owedCents).toBe(a.owedCents);
        expect(b.unpaidSince).toBe(a.unpaidSince);
        expect(b.overdue).toBe(a.overdue);
      }),
    );
  });
});

describe('reminding again', () => {
  it('allows a reminder when none was sent, or once the interval has passed', () => {
    expect(mayRemindAgain(null, '2026-11-22', 15)).toBe(true);
    expect(mayRemindAgain('2026-11-10', '2026-11-22', 15)).toBe(false);
    expect(mayRemindAgain('2026-11-07', '2026-11-22', 15)).toBe(true);
    fc.assert(
      fc.property(calendarDate, fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 45 }), (last, after, interval) => {
        expect(mayRemindAgain(last, addDays(last, after), interval)).toBe(after >= interval);
      }),
    );
  });
});
