import { and, asc, eq, lt } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { linkedIdentities, oauthStates } from '../../db/schema/index.ts';

export type OAuthStateRow = typeof oauthStates.$inferSelect;
export type LinkedIdentityRow = typeof linkedIdentities.$inferSelect;

export async function insertOAuthState(db: Executor, values: typeof oauthStates.$inferInsert): Promise<void> {
  await db.insert(oauthStates).values(values);
}

/**
 * Takes the flow's state out of the table, whatever happens next: a state serves once. Expired rows are
 * returned too, so that the caller can tell (and record) why it refuses them.
 */
export async function takeOAuthState(db: Executor, state: string, provider: string): Promise<OAuthStateRow | undefined> {
  const [row] = await db
    .delete(oauthStates)
    .where(and(eq(oauthStates.state, state), eq(oauthStates.provider, provider)))
    .returning();
  return row;
}

/** Housekeeping: flows abandoned at the provider leave rows behind. */
export async function deleteExpiredOAuthStates(db: Executor, now: Date): Promise<void> {
  await db.delete(oauthStates).where(lt(oauthStates.expiresAt, now));
}

export async function findIdentityBySubject(
  db: Executor,
  provider: string,
  subject: string,
): Promise<LinkedIdentityRow | undefined> {
  const [row] = await db
    .select()
    .from(linkedIdentities)
    .where(and(eq(linkedIdentities.provider, provider), eq(linkedIdentities.subject, subject)))
    .limit(1);
  return row;
}

export async function findAccountIdentity(
  db: Executor,
  accountId: string,
  provider: string,
): Promise<LinkedIdentityRow | undefined> {
  const [row] = await db
    .select()
    .from(linkedIdentities)
    .where(and(eq(linkedIdentities.accountId, accountId), eq(linkedIdentities.provider, provider)))
    .limit(1);
  return row;
}

/** Inserts the link; undefined when one of the two unique keys already holds (a concurrent link won). */
export async function insertLinkedIdentity(
  db: Executor,
  values: { accountId: string; provider: string; subject: string; email: string | null },
): Promise<LinkedIdentityRow | undefined> {
  const [row] = await db.insert(linkedIdentities).values(values).onConflictDoNothing().returning();
  return row;
}

/** After a sign-in: when it was used, and the address the provider now gives (people change them). */
export async function touchLinkedIdentity(db: Executor, id: string, now: Date, email: string | null): Promise<void> {
  await db
    .update(linkedIdentities)
    .set({ lastUsedAt: now, ...(email ? { email } : {}) })
    .where(eq(linkedIdentities.id, id));
}

export async function listAccountIdentities(db: Executor, accountId: string): Promise<LinkedIdentityRow[]> {
  return db
    .select()
    .from(linkedIdentities)
    .where(eq(linkedIdentities.accountId, accountId))
    .orderBy(asc(linkedIdentities.createdAt));
}

/** Deletes one of the account's own links; undefined when the id is not one of them. */
export async function deleteAccountIdentity(db: Executor, accountId: string, id: string): Promise<LinkedIdentityRow | undefined> {
  const [row] = await db
    .delete(linkedIdentities)
    .where(and(eq(linkedIdentities.id, id), eq(linkedIdentities.accountId, accountId)))
    .returning();
  return row;
}
