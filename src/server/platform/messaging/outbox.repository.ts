import { and, asc, desc, eq, inArray, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { outboxMessages } from '../../db/schema/index.ts';

export type OutboxMessageRow = typeof outboxMessages.$inferSelect;
export type NewOutboxMessage = typeof outboxMessages.$inferInsert;

export async function insertOutboxMessage(db: Executor, message: NewOutboxMessage): Promise<string> {
  const [row] = await db.insert(outboxMessages).values(message).returning({ id: outboxMessages.id });
  if (!row) throw new Error('outbox insert returned no row');
  return row.id;
}

export async function listRecentOutboxMessages(db: Executor, limit: number): Promise<OutboxMessageRow[]> {
  return db.select().from(outboxMessages).orderBy(desc(outboxMessages.createdAt)).limit(limit);
}

export type OutboxChannel = OutboxMessageRow['channel'];

export interface ClaimCriteria {
  channels: OutboxChannel[];
  /** Messages already tried during this run: a temporary failure must wait for a later run. */
  excludeIds: string[];
  limit: number;
  /** Base of the retry schedule, see `deliverPendingMessages`. */
  retryDelaySeconds: number;
}

/**
 * Locks up to `limit` pending messages for the caller's transaction. SKIP LOCKED lets several workers run at
 * once: each one takes rows the others have not locked, so no message is sent twice.
 */
export async function claimPendingOutboxMessages(tx: Executor, criteria: ClaimCriteria): Promise<OutboxMessageRow[]> {
  if (criteria.channels.length === 0) return [];
  // Retry n (n attempts made so far) waits until created_at + delay × 4^(n-1): 1, 4, 16, 64 minutes with the
  // default delay. The table has no "last attempt" column, so the schedule counts from creation.
  const dueForRetry = sql`${outboxMessages.createdAt} + make_interval(secs => ${criteria.retryDelaySeconds}::double precision * power(4, ${outboxMessages.attempts} - 1)) <= now()`;
  return tx
    .select()
    .from(outboxMessages)
    .where(
      and(
        eq(outboxMessages.status, 'pending'),
        inArray(outboxMessages.channel, criteria.channels),
        criteria.excludeIds.length > 0 ? sql`${outboxMessages.id} <> all(${sql.param(criteria.excludeIds)}::uuid[])` : undefined,
        or(eq(outboxMessages.attempts, 0), dueForRetry),
      ),
    )
    .orderBy(asc(outboxMessages.createdAt), asc(outboxMessages.id))
    .limit(criteria.limit)
    .for('update', { skipLocked: true });
}

export async function markOutboxMessageSent(tx: Executor, id: string): Promise<void> {
  await tx
    .update(outboxMessages)
    .set({ status: 'sent', sentAt: sql`now()`, attempts: sql`${outboxMessages.attempts} + 1`, lastError: null })
    .where(eq(outboxMessages.id, id));
}

/** `giveUp`: the failure is permanent or the last attempt was used; the message will not be tried again. */
export async function recordOutboxFailure(tx: Executor, id: string, failure: { error: string; giveUp: boolean }): Promise<void> {
  await tx
    .update(outboxMessages)
    .set({
      status: failure.giveUp ? 'failed' : 'pending',
      attempts: sql`${outboxMessages.attempts} + 1`,
      lastError: failure.error,
    })
    .where(eq(outboxMessages.id, id));
}

export async function hasPendingOutboxMessages(db: Executor, channel: OutboxChannel): Promise<boolean> {
  const rows = await db
    .select({ id: outboxMessages.id })
    .from(outboxMessages)
    .where(and(eq(outboxMessages.status, 'pending'), eq(outboxMessages.channel, channel)))
    .limit(1);
  return rows.length > 0;
}

export async function findOutboxMessage(db: Executor, id: string): Promise<OutboxMessageRow | undefined> {
  const [row] = await db.select().from(outboxMessages).where(eq(outboxMessages.id, id));
  return row;
}
