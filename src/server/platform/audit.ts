import type { Executor } from '../db/client.ts';
import { auditEvents } from '../db/schema/index.ts';

export interface AuditEvent {
  accountId: string | null;
  action: string;
  targetType?: string;
  targetId?: string;
  ipAddress?: string | null;
  userAgent?: string | null;
  details?: Record<string, unknown>;
}

/** Written inside the transaction of the action it records, so an action and its trace stand or fall together. */
export async function recordAuditEvent(db: Executor, event: AuditEvent): Promise<void> {
  await db.insert(auditEvents).values({
    accountId: event.accountId,
    action: event.action,
    targetType: event.targetType ?? null,
    targetId: event.targetId ?? null,
    ipAddress: event.ipAddress ?? null,
    userAgent: event.userAgent ?? null,
    details: event.details ?? {},
  });
}
