import { and, eq, gt, isNull, lt, ne, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { accounts, sessions, staffMembers } from '../../db/schema/index.ts';

export interface SessionRecord {
  id: string;
  accountId: string;
  persistent: boolean;
  lastSeenAt: Date;
  personId: string | null;
  staffMemberId: string | null;
  /** The agency of a staff member's account; null for clients. */
  staffAgencyId: string | null;
}

export async function insertSession(
  db: Executor,
  values: {
    accountId: string;
    tokenHash: string;
    persistent: boolean;
    method: string;
    userAgent: string | null;
    ipAddress: string;
    expiresAt: Date;
  },
): Promise<void> {
  await db.insert(sessions).values(values);
}

/** A session that is neither revoked nor expired, with the account it opens (unless the account is locked). */
export async function findLiveSession(db: Executor, tokenHash: string, now: Date): Promise<SessionRecord | undefined> {
  const [row] = await db
    .select({
      id: sessions.id,
      accountId: sessions.accountId,
      persistent: sessions.persistent,
      lastSeenAt: sessions.lastSeenAt,
      personId: accounts.personId,
      staffMemberId: accounts.staffMemberId,
      staffAgencyId: staffMembers.agencyId,
    })
    .from(sessions)
    .innerJoin(accounts, eq(accounts.id, sessions.accountId))
    .leftJoin(staffMembers, eq(staffMembers.id, accounts.staffMemberId))
    .where(and(eq(sessions.tokenHash, tokenHash), isNull(sessions.revokedAt), gt(sessions.expiresAt, now)))
    .limit(1);
  return row;
}

export async function touchSession(db: Executor, sessionId: string, now: Date, expiresAt: Date): Promise<void> {
  await db.update(sessions).set({ lastSeenAt: now, expiresAt }).where(eq(sessions.id, sessionId));
}

export async function revokeSession(db: Executor, sessionId: string, now: Date): Promise<void> {
  await db
    .update(sessions)
    .set({ revokedAt: now })
    .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)));
}

/** Housekeeping: sessions long expired or revoked carry no evidence worth keeping. */
export async function deleteStaleSessions(db: Executor, before: Date): Promise<number> {
  const deleted = await db
    .delete(sessions)
    .where(sql`${lt(sessions.expiresAt, before)} or ${lt(sessions.revokedAt, before)}`)
    .returning({ id: sessions.id });
  return deleted.length;
}

/** Ends every live session of the account, but `exceptSessionId` when given (the device asking). */
export async function revokeAccountSessions(
  db: Executor,
  accountId: string,
  now: Date,
  exceptSessionId?: string,
): Promise<number> {
  const revoked = await db
    .update(sessions)
    .set({ revokedAt: now })
    .where(
      and(
        eq(sessions.accountId, accountId),
        isNull(sessions.revokedAt),
        exceptSessionId ? ne(sessions.id, exceptSessionId) : undefined,
      ),
    )
    .returning({ id: sessions.id });
  return revoked.length;
}
