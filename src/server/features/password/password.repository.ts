import { and, asc, desc, eq, gt, inArray, isNull, ne, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import {
  accountEmailChanges,
  accounts,
  accountTokens,
  type agencies,
  clientReferences,
  outboxMessages,
  persons,
  staffMembers,
} from '../../db/schema/index.ts';
import { findAgenciesServingPerson, findAgency } from '../me/me.repository.ts';

export type AccountTokenRow = typeof accountTokens.$inferSelect;
export type AccountTokenPurpose = AccountTokenRow['purpose'];
export type AgencyRow = typeof agencies.$inferSelect;

/** Who owns an account: what an email to them needs (address, name, identifiers) and what the password rules weigh. */
export interface AccountHolder {
  accountId: string;
  email: string | null;
  hasPassword: boolean;
  passwordHash: string | null;
  lockedUntil: Date | null;
  personId: string | null;
  staffMemberId: string | null;
  person: typeof persons.$inferSelect | null;
  staff: typeof staffMembers.$inferSelect | null;
}

export async function findAccountHolder(db: Executor, accountId: string): Promise<AccountHolder | undefined> {
  const [row] = await db
    .select({ account: accounts, person: persons, staff: staffMembers })
    .from(accounts)
    .leftJoin(persons, eq(persons.id, accounts.personId))
    .leftJoin(staffMembers, eq(staffMembers.id, accounts.staffMemberId))
    .where(eq(accounts.id, accountId));
  if (!row) return undefined;
  return {
    accountId: row.account.id,
    email: row.account.email,
    hasPassword: row.account.passwordHash !== null,
    passwordHash: row.account.passwordHash,
    lockedUntil: row.account.lockedUntil,
    personId: row.account.personId,
    staffMemberId: row.account.staffMemberId,
    person: row.person,
    staff: row.staff,
  };
}

/** The person's client references, oldest first: the identifiers printed on what their agencies send. */
export async function listClientReferences(db: Executor, personId: string) {
  return db
    .select({ reference: clientReferences.reference, agencyId: clientReferences.agencyId })
    .from(clientReferences)
    .where(eq(clientReferences.personId, personId))
    .orderBy(asc(clientReferences.createdAt), asc(clientReferences.reference));
}

/**
 * The agency that speaks to the account's owner: a staff member's own agency; for a client, the first agency
 * serving them today, else the agency of their oldest client reference (a file without any current lot).
 */
export async function findAgencyOfAccount(db: Executor, holder: AccountHolder, today: string): Promise<AgencyRow | undefined> {
  if (holder.staff) return findAgency(db, holder.staff.agencyId);
  if (!holder.personId) return undefined;
  const [serving] = await findAgenciesServingPerson(db, holder.personId, today);
  if (serving) return serving;
  const [first] = await listClientReferences(db, holder.personId);
  return first ? findAgency(db, first.agencyId) : undefined;
}

export async function insertAccountToken(db: Executor, token: typeof accountTokens.$inferInsert): Promise<void> {
  await db.insert(accountTokens).values(token);
}

/** Ends the account's unused links of these purposes: only the latest link sent works. */
export async function expireUnusedTokens(
  db: Executor,
  accountId: string,
  purposes: AccountTokenPurpose[],
  now: Date,
): Promise<void> {
  await db
    .update(accountTokens)
    .set({ expiresAt: now })
    .where(
      and(
        eq(accountTokens.accountId, accountId),
        inArray(accountTokens.purpose, purposes),
        isNull(accountTokens.usedAt),
        gt(accountTokens.expiresAt, now),
      ),
    );
}

export async function findTokenByHash(db: Executor, tokenHash: string): Promise<AccountTokenRow | undefined> {
  const [row] = await db.select().from(accountTokens).where(eq(accountTokens.tokenHash, tokenHash));
  return row;
}

/** Marks the token used unless someone did first; false when it was already used (two tabs, replay). */
export async function consumeToken(db: Executor, tokenId: string, now: Date): Promise<boolean> {
  const used = await db
    .update(accountTokens)
    .set({ usedAt: now })
    .where(and(eq(accountTokens.id, tokenId), isNull(accountTokens.usedAt)))
    .returning({ id: accountTokens.id });
  return used.length > 0;
}

/**
 * The token's row, locked until the caller's transaction ends: the SMS code is compared under this lock, so
 * that concurrent guesses are counted one after the other and never get more than the tries allowed.
 */
export async function lockToken(db: Executor, tokenId: string): Promise<AccountTokenRow | undefined> {
  const [row] = await db.select().from(accountTokens).where(eq(accountTokens.id, tokenId)).for('update');
  return row;
}

/** One more wrong SMS code; the try that reaches `maxTries` spends the token. Returns the wrong tries so far. */
export async function countWrongSmsCode(db: Executor, tokenId: string, maxTries: number, now: Date): Promise<number> {
  const [row] = await db
    .update(accountTokens)
    .set({
      smsCodeAttempts: sql`${accountTokens.smsCodeAttempts} + 1`,
      usedAt: sql`case when ${accountTokens.smsCodeAttempts} + 1 >= ${maxTries} then ${now.toISOString()}::timestamptz else ${accountTokens.usedAt} end`,
    })
    .where(eq(accountTokens.id, tokenId))
    .returning({ attempts: accountTokens.smsCodeAttempts });
  return row?.attempts ?? maxTries;
}

export async function findPendingEmailChange(db: Executor, accountId: string, now: Date) {
  const [row] = await db
    .select({ email: accountTokens.email, expiresAt: accountTokens.expiresAt })
    .from(accountTokens)
    .where(
      and(
        eq(accountTokens.accountId, accountId),
        eq(accountTokens.purpose, 'email_confirmation'),
        isNull(accountTokens.usedAt),
        gt(accountTokens.expiresAt, now),
      ),
    )
    .orderBy(desc(accountTokens.createdAt))
    .limit(1);
  return row;
}

export async function setPasswordHash(db: Executor, accountId: string, passwordHash: string): Promise<void> {
  // A new password also lifts the automatic lock: the person proved they hold the mailbox or the old password.
  await db.update(accounts).set({ passwordHash, lockedUntil: null }).where(eq(accounts.id, accountId));
}

/** Another account already using this address, whatever its case. */
export async function isEmailTakenByAnother(db: Executor, email: string, accountId: string): Promise<boolean> {
  const rows = await db
    .select({ id: accounts.id })
    .from(accounts)
    .where(and(eq(sql`lower(${accounts.email})`, email.trim().toLowerCase()), ne(accounts.id, accountId)))
    .limit(1);
  return rows.length > 0;
}

/** False when the address was taken meanwhile (the unique index on lower(email) decides races). */
export async function changeAccountEmail(
  db: Executor,
  change: {
    accountId: string;
    previousEmail: string | null;
    newEmail: string;
    changedByAccountId: string | null;
    reason: string;
  },
): Promise<boolean> {
  try {
    // A savepoint, so that a refused address leaves the caller's transaction usable.
    await db.transaction(async (savepoint) => {
      await savepoint.update(accounts).set({ email: change.newEmail }).where(eq(accounts.id, change.accountId));
    });
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
  await db.insert(accountEmailChanges).values(change);
  return true;
}

const isUniqueViolation = (error: unknown): boolean => {
  const cause = error instanceof Error && 'cause' in error ? error.cause : error;
  return typeof cause === 'object' && cause !== null && 'code' in cause && cause.code === '23505';
};

/**
 * The latest email to this address that reached an outcome failed for good (unknown mailbox, or every retry
 * used): sending another would be lost too. A later successful delivery means the mailbox works again.
 */
export async function hasPermanentDeliveryFailure(db: Executor, email: string): Promise<boolean> {
  const [latest] = await db
    .select({ status: outboxMessages.status })
    .from(outboxMessages)
    .where(
      and(
        eq(outboxMessages.channel, 'email'),
        inArray(outboxMessages.status, ['sent', 'failed']),
        eq(sql`lower(${outboxMessages.recipient})`, email.trim().toLowerCase()),
      ),
    )
    .orderBy(desc(outboxMessages.createdAt))
    .limit(1);
  return latest?.status === 'failed';
}
