import type { Executor } from '../../db/client.ts';
import { notifications } from '../../db/schema/index.ts';

export type NewNotification = Omit<typeof notifications.$inferInsert, 'id' | 'createdAt' | 'readAt' | 'emailedAt'>;

/** Written inside the transaction of the action that causes them, like outbox messages. */
export async function insertNotifications(db: Executor, rows: NewNotification[]): Promise<void> {
  if (rows.length === 0) return;
  // Bounded batches: one multi-row insert per thousand keeps the statement under PostgreSQL's parameter limit.
  for (let start = 0; start < rows.length; start += 1000) {
    await db.insert(notifications).values(rows.slice(start, start + 1000));
  }
}
