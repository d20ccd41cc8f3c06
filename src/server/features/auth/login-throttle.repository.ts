import { eq, inArray, sql } from 'drizzle-orm';
import type { ThrottleRecord } from '../../../domain/login-throttle.ts';
import type { Executor } from '../../db/client.ts';
import { loginThrottles } from '../../db/schema/index.ts';

/**
 * Counters in `login_throttles`, by key: "account:<uuid>", "identifier:<canonical>" (sign-in attempts on an
 * identifier that matches no account, so that it behaves like one that does), "ip:<address>", and the
 * forgotten-password keys "reset:…". Kept in PostgreSQL so that every instance of the server shares them.
 */
export async function readThrottles(db: Executor, keys: string[]): Promise<Map<string, ThrottleRecord>> {
  const rows = await db
    .select({ key: loginThrottles.key, failures: loginThrottles.failures, lastFailureAt: loginThrottles.lastFailureAt })
    .from(loginThrottles)
    .where(inArray(loginThrottles.key, keys));
  return new Map(rows.map((row) => [row.key, { failures: row.failures, lastFailureAt: row.lastFailureAt }]));
}

/**
 * Adds one to the counter in a single statement (two concurrent failures both count), starting again from 1
 * when the counter was idle for a whole window. Returns the new count.
 */
export async function countFailure(db: Executor, key: string, now: Date, windowMs: number): Promise<number> {
  const windowStart = new Date(now.getTime() - windowMs);
  const [row] = await db
    .insert(loginThrottles)
    .values({ key, failures: 1, lastFailureAt: now })
    .onConflictDoUpdate({
      target: loginThrottles.key,
      set: {
        failures: sql`case when ${loginThrottles.lastFailureAt} <= ${windowStart} then 1 else ${loginThrottles.failures} + 1 end`,
        lastFailureAt: now,
      },
    })
    .returning({ failures: loginThrottles.failures });
  return row?.failures ?? 1;
}

export async function clearThrottle(db: Executor, key: string): Promise<void> {
  await db.delete(loginThrottles).where(eq(loginThrottles.key, key));
}
