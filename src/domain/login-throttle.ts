/**
 * The growing delay and the temporary lock behind failed sign-ins, as pure arithmetic on a counter of
 * recent failures ("failures" since the counter was last idle for a whole window).
 */
export interface ThrottlePolicy {
  /** A counter idle this long starts again from zero. */
  windowMs: number;
  /** Failures allowed before any delay. */
  freeFailures: number;
  /** Delay after the first counted failure beyond the free ones; doubled after each further one. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** Failures after which the subject is locked for `lockMs` (no lock when absent). */
  lockAfter?: number;
  lockMs?: number;
}

export interface ThrottleRecord {
  failures: number;
  lastFailureAt: Date;
}

/** Per account (or per identifier that matches none): 5 free failures, then 15 s, 30 s… then a 15-minute lock at 10. */
export const ACCOUNT_THROTTLE: ThrottlePolicy = {
  windowMs: 15 * 60_000,
  freeFailures: 5,
  baseDelayMs: 15_000,
  maxDelayMs: 15 * 60_000,
  lockAfter: 10,
  lockMs: 15 * 60_000,
};

/**
 * Per address: more failures allowed, because a household, an office or a mobile operator puts many people
 * behind one address; no lock, so that one attacker cannot lock out everyone behind it.
 */
export const ADDRESS_THROTTLE: ThrottlePolicy = {
  windowMs: 15 * 60_000,
  freeFailures: 20,
  baseDelayMs: 15_000,
  maxDelayMs: 15 * 60_000,
};

/** The failures that still count at `now`: none once the counter has been idle for a whole window. */
export function recentFailures(record: ThrottleRecord | undefined, now: Date, policy: ThrottlePolicy): number {
  if (!record) return 0;
  return now.getTime() - record.lastFailureAt.getTime() >= policy.windowMs ? 0 : record.failures;
}

/** The wait imposed after `failures` failures, before the next attempt. */
export function delayAfter(failures: number, policy: ThrottlePolicy): number {
  if (failures < policy.freeFailures) return 0;
  const doublings = Math.min(failures - policy.freeFailures, 30);
  return Math.min(policy.baseDelayMs * 2 ** doublings, policy.maxDelayMs);
}

/** Milliseconds left before the next attempt may be tried; 0 when it may be tried now. */
export function waitBeforeNextAttempt(record: ThrottleRecord | undefined, now: Date, policy: ThrottlePolicy): number {
  const failures = recentFailures(record, now, policy);
  if (!record || failures === 0) return 0;
  return Math.max(0, record.lastFailureAt.getTime() + delayAfter(failures, policy) - now.getTime());
}

/** Whether this many recent failures lock the subject; the lock lasts `lockMs` from the last failure. */
export function isLockedByFailures(record: ThrottleRecord | undefined, now: Date, policy: ThrottlePolicy): boolean {
  if (!record || policy.lockAfter === undefined || policy.lockMs === undefined) return false;
  return record.failures >= policy.lockAfter && now.getTime() - record.lastFailureAt.getTime() < policy.lockMs;
}

export const shouldLock = (failures: number, policy: ThrottlePolicy): boolean =>
  policy.lockAfter !== undefined && failures >= policy.lockAfter;

/**
 * A plain cap: at most `max` events while the counter is active; the wait until it has been idle for a
 * whole window once the cap is reached, else 0.
 */
export function waitForCap(record: ThrottleRecord | undefined, now: Date, cap: { max: number; windowMs: number }): number {
  if (!record) return 0;
  const idle = now.getTime() - record.lastFailureAt.getTime();
  if (idle >= cap.windowMs || record.failures < cap.max) return 0;
  return cap.windowMs - idle;
}

/**
 * "Mot de passe oublié": per identifier (also spares a person a flood of emails) and per address; and the
 * answers that say an account exists (no email on file, email impossible) at most 5 an hour per address.
 */
export const RESET_REQUEST_CAPS = {
  perIdentifier: { max: 5, windowMs: 60 * 60_000 },
  perAddress: { max: 20, windowMs: 60 * 60_000 },
  revealingPerAddress: { max: 5, windowMs: 60 * 60_000 },
} as const;
