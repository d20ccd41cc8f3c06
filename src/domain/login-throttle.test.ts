import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ACCOUNT_THROTTLE,
  ADDRESS_THROTTLE,
  delayAfter,
  isLockedByFailures,
  recentFailures,
  waitBeforeNextAttempt,
  waitForCap,
} from './login-throttle.ts';

const at = (iso: string) => new Date(iso);

describe('the delay after failed sign-ins', () => {
  it('lets five failures through, then makes the person wait longer and longer', () => {
    expect([4, 5, 6, 7, 9].map((failures) => delayAfter(failures, ACCOUNT_THROTTLE) / 1000)).toEqual([0, 15, 30, 60, 240]);
    expect(delayAfter(19, ADDRESS_THROTTLE)).toBe(0);
    expect(delayAfter(20, ADDRESS_THROTTLE)).toBe(15_000);
  });

  it('counts down from the last failure and forgets a counter idle for a whole window', () => {
    const record = { failures: 5, lastFailureAt: at('2026-03-01T10:00:00Z') };
    expect(waitBeforeNextAttempt(record, at('2026-03-01T10:00:05Z'), ACCOUNT_THROTTLE)).toBe(10_000);
    expect(waitBeforeNextAttempt(record, at('2026-03-01T10:00:15Z'), ACCOUNT_THROTTLE)).toBe(0);
    expect(recentFailures(record, at('2026-03-01T10:15:00Z'), ACCOUNT_THROTTLE)).toBe(0);
  });

  it('locks an account for fifteen minutes from its tenth failure', () => {
    const record = { failures: 10, lastFailureAt: at('2026-03-01T10:00:00Z') };
    expect(isLockedByFailures(record, at('2026-03-01T10:14:59Z'), ACCOUNT_THROTTLE)).toBe(true);
    expect(isLockedByFailures(record, at('2026-03-01T10:15:00Z'), ACCOUNT_THROTTLE)).toBe(false);
    expect(isLockedByFailures(record, at('2026-03-01T10:01:00Z'), ADDRESS_THROTTLE)).toBe(false);
  });

  it('never shortens the delay when failures add up, and never exceeds the maximum', () => {
    fc.assert(
      fc.property(fc.nat(1000), fc.nat(1000), (a, b) => {
        const [fewer, more] = a <= b ? [a, b] : [b, a];
        expect(delayAfter(fewer, ACCOUNT_THROTTLE)).toBeLessThanOrEqual(delayAfter(more, ACCOUNT_THROTTLE));
        expect(delayAfter(more, ACCOUNT_THROTTLE)).toBeLessThanOrEqual(ACCOUNT_THROTTLE.maxDelayMs);
      }),
    );
  });

  it('never asks to wait longer than the delay itself, nor a negative time', () => {
    fc.assert(
      fc.property(fc.nat(50), fc.integer({ min: -60_000, max: 3_600_000 }), (failures, elapsed) => {
        const last = at('2026-03-01T10:00:00Z');
        const wait = waitBeforeNextAttempt(
          { failures, lastFailureAt: last },
          new Date(last.getTime() + elapsed),
          ACCOUNT_THROTTLE,
        );
        expect(wait).toBeGreaterThanOrEqual(0);
        if (elapsed >= 0) expect(wait).toBeLessThanOrEqual(delayAfter(failures, ACCOUNT_THROTTLE));
      }),
    );
  });
});

describe('a plain cap on requests', () => {
  const cap = { max: 5, windowMs: 3_600_000 };
  const last = at('2026-03-01T10:00:00Z');
  it('lets requests through under the cap and holds them for the rest of the window once reached', () => {
    expect(waitForCap(undefined, last, cap)).toBe(0);
    expect(waitForCap({ failures: 4, lastFailureAt: last }, last, cap)).toBe(0);
    expect(waitForCap({ failures: 5, lastFailureAt: last }, at('2026-03-01T10:10:00Z'), cap)).toBe(50 * 60_000);
    expect(waitForCap({ failures: 5, lastFailureAt: last }, at('2026-03-01T11:00:00Z'), cap)).toBe(0);
  });
});
