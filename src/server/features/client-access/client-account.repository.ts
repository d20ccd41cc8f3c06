import { and, desc, eq, gt, isNull, ne, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client.ts';
import {
  accountBlocks,
  accountEmailChanges,
  accounts,
  accountTokens,
  agencies,
  auditEvents,
  clientReferences,
  loginThrottles,
  persons,
  staffMembers,
} from '../../db/schema/index.ts';

export type PersonRow = typeof persons.$inferSelect;
export type AccountRow = typeof accounts.$inferSelect;
export type AuditEventRow = typeof auditEvents.$inferSelect;

/**
 * A client of the agency as its staff may handle them: the person, their references in THAT agency only,
 * and their login account (if any). Undefined when the person holds no reference in the agency, so a
 * person of another agency is indistinguishable from one that does not exist.
 */
export interface AgencyClient {
  agencyId: string;
  person: PersonRow;
  references: string[];
  account: AccountRow | null;
}

export async function findAgencyClient(db: Executor, agencyId: string, personId: string): Promise<AgencyClient | undefined> {
  const references = await db
    .select({ reference: clientReferences.reference })
    .from(clientReferences)
    .where(and(eq(clientReferences.personId, personId), eq(clientReferences.agencyId, agencyId)))
    .orderBy(clientReferences.reference);
  if (references.length === 0) return undefined;
  const [row] = await db
    .select({ person: persons, account: accounts })
    .from(persons)
    .leftJoin(accounts, eq(accounts.personId, persons.id))
    .where(eq(persons.id, personId));
  if (!row) return undefined;
  return { agencyId, person: row.person, references: references.map((entry) => entry.reference), account: row.account };
}

/** Every person has one login (the demo and the imports create it); a file created without one gets it here. */
export async function insertClientAccount(db: Executor, personId: string): Promise<AccountRow> {
  const [row] = await db.insert(accounts).values({ personId }).returning();
  if (!row) throw new Error('account insert returned no row');
  return row;
}

/** What the emails to the person say of the agency: its name, and how to reach it. */
export async function findAgencyContact(db: Executor, agencyId: string) {
  const [row] = await db
    .select({ name: agencies.name, phone: agencies.phone, email: agencies.email })
    .from(agencies)
    .where(eq(agencies.id, agencyId));
  return row;
}

export async function findStaffName(db: Executor, staffMemberId: string): Promise<string | undefined> {
  const [row] = await db
    .select({ firstName: staffMembers.firstName, lastName: staffMembers.lastName })
    .from(staffMembers)
    .where(eq(staffMembers.id, staffMemberId));
  return row ? `${row.firstName} ${row.lastName}` : undefined;
}

export async function findBlock(db: Executor, accountId: string) {
  const [row] = await db
    .select({
      reason: accountBlocks.reason,
      createdAt: accountBlocks.createdAt,
      blockedByFirstName: staffMembers.firstName,
      blockedByLastName: staffMembers.lastName,
    })
    .from(accountBlocks)
    .leftJoin(accounts, eq(accounts.id, accountBlocks.blockedByAccountId))
    .leftJoin(staffMembers, eq(staffMembers.id, accounts.staffMemberId))
    .where(eq(accountBlocks.accountId, accountId));
  return row;
}

/** The account's audit trail, newest first; `action` narrows it (e.g. to the sign-ins). */
export async function listAccountEvents(db: Executor, accountId: string, limit: number, action?: string) {
  return db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.accountId, accountId), action ? eq(auditEvents.action, action) : undefined))
    .orderBy(desc(auditEvents.occurredAt), desc(auditEvents.id))
    .limit(limit);
}

const changer = alias(accounts, 'changer');

/** The email history, newest first, with who changed it: a staff member (named) or the person themself. */
export async function listEmailChanges(db: Executor, accountId: string) {
  return db
    .select({
      id: accountEmailChanges.id,
      previousEmail: accountEmailChanges.previousEmail,
      newEmail: accountEmailChanges.newEmail,
      reason: accountEmailChanges.reason,
      createdAt: accountEmailChanges.createdAt,
      changedByAccountId: accountEmailChanges.changedByAccountId,
      changedByPersonId: changer.personId,
      changedByFirstName: staffMembers.firstName,
      changedByLastName: staffMembers.lastName,
    })
    .from(accountEmailChanges)
    .leftJoin(changer, eq(changer.id, accountEmailChanges.changedByAccountId))
    .leftJoin(staffMembers, eq(staffMembers.id, changer.staffMemberId))
    .where(eq(accountEmailChanges.accountId, accountId))
    .orderBy(desc(accountEmailChanges.createdAt), desc(accountEmailChanges.id));
}

/** Another login (client or staff) already uses this address; compared as the unique index does, lower-cased. */
export async function isEmailTaken(db: Executor, email: string, exceptAccountId: string): Promise<boolean> {
  const rows = await db
    .select({ id: accounts.id })
    .from(accounts)
    .where(and(sql`lower(${accounts.email}) = lower(${email})`, ne(accounts.id, exceptAccountId)))
    .limit(1);
  return rows.length > 0;
}

export async function updateAccountEmail(
  db: Executor,
  change: { accountId: string; previousEmail: string | null; newEmail: string; changedByAccountId: string; reason: string },
): Promise<void> {
  await db.update(accounts).set({ email: change.newEmail }).where(eq(accounts.id, change.accountId));
  await db.insert(accountEmailChanges).values(change);
}

/** Links already mailed (to the old address, perhaps not the person's) stop working once the address changes. */
export async function expireUnusedAccountTokens(db: Executor, accountId: string, now: Date): Promise<void> {
  await db
    .update(accountTokens)
    .set({ usedAt: now })
    .where(and(eq(accountTokens.accountId, accountId), isNull(accountTokens.usedAt), gt(accountTokens.expiresAt, now)));
}

/** False when the account was already blocked: the first block and its reason stay. */
export async function insertBlock(
  db: Executor,
  block: { accountId: string; blockedByAccountId: string; reason: string },
): Promise<boolean> {
  const inserted = await db.insert(accountBlocks).values(block).onConflictDoNothing().returning({ id: accountBlocks.accountId });
  return inserted.length > 0;
}

export async function deleteBlock(db: Executor, accountId: string): Promise<{ reason: string } | undefined> {
  const [row] = await db
    .delete(accountBlocks)
    .where(eq(accountBlocks.accountId, accountId))
    .returning({ reason: accountBlocks.reason });
  return row;
}

/**
 * Lifts the automatic lock and forgets the account's failure count, so the next wrong password does not
 * lock it again at once. Returns the lock that was in force, if any.
 */
export async function clearLock(db: Executor, accountId: string, now: Date): Promise<Date | null> {
  const [before] = await db
    .select({ lockedUntil: accounts.lockedUntil })
    .from(accounts)
    .where(eq(accounts.id, accountId))
    .for('update');
  const lockedUntil = before?.lockedUntil && before.lockedUntil > now ? before.lockedUntil : null;
  await db.update(accounts).set({ lockedUntil: null }).where(eq(accounts.id, accountId));
  await db.delete(loginThrottles).where(eq(loginThrottles.key, `account:${accountId}`));
  return lockedUntil;
}
