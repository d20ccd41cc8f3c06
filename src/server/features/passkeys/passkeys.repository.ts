import { and, asc, desc, eq, gt, isNull, lt } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { accounts, clientReferences, passkeys, persons, staffMembers, webauthnChallenges } from '../../db/schema/index.ts';

export type PasskeyRow = typeof passkeys.$inferSelect;
type Ceremony = (typeof webauthnChallenges.$inferSelect)['ceremony'];

/** Who the authenticator should show the new key as belonging to: the person's name and login. */
export async function findRegistrant(db: Executor, accountId: string) {
  const [account] = await db
    .select({
      email: accounts.email,
      personId: accounts.personId,
      civility: persons.civility,
      firstName: persons.firstName,
      lastName: persons.lastName,
      companyName: persons.companyName,
      staffFirstName: staffMembers.firstName,
      staffLastName: staffMembers.lastName,
    })
    .from(accounts)
    .leftJoin(persons, eq(persons.id, accounts.personId))
    .leftJoin(staffMembers, eq(staffMembers.id, accounts.staffMemberId))
    .where(eq(accounts.id, accountId));
  if (!account) return undefined;
  const [reference] = account.personId
    ? await db
        .select({ reference: clientReferences.reference })
        .from(clientReferences)
        .where(eq(clientReferences.personId, account.personId))
        .orderBy(asc(clientReferences.createdAt))
        .limit(1)
    : [];
  return { ...account, reference: reference?.reference ?? null };
}

export async function listAccountPasskeys(db: Executor, accountId: string): Promise<PasskeyRow[]> {
  return db.select().from(passkeys).where(eq(passkeys.accountId, accountId)).orderBy(desc(passkeys.createdAt));
}

/** Any account's passkey: at sign-in the credential itself says whose it is. */
export async function findPasskeyByCredentialId(db: Executor, credentialId: string): Promise<PasskeyRow | undefined> {
  const [row] = await db.select().from(passkeys).where(eq(passkeys.credentialId, credentialId)).limit(1);
  return row;
}

/** Undefined when the credential is already registered (to this account or another). */
export async function insertPasskey(
  db: Executor,
  values: Omit<typeof passkeys.$inferInsert, 'id' | 'createdAt' | 'lastUsedAt'>,
): Promise<PasskeyRow | undefined> {
  const [row] = await db.insert(passkeys).values(values).onConflictDoNothing({ target: passkeys.credentialId }).returning();
  return row;
}

export async function renameOwnPasskey(db: Executor, accountId: string, passkeyId: string, name: string) {
  const [row] = await db
    .update(passkeys)
    .set({ name })
    .where(and(eq(passkeys.id, passkeyId), eq(passkeys.accountId, accountId)))
    .returning();
  return row;
}

export async function deleteOwnPasskey(db: Executor, accountId: string, passkeyId: string) {
  const [row] = await db
    .delete(passkeys)
    .where(and(eq(passkeys.id, passkeyId), eq(passkeys.accountId, accountId)))
    .returning({ id: passkeys.id, name: passkeys.name });
  return row;
}

/**
 * Records a verified use. The counter only moves forward: the condition is checked by the database, so two
 * assertions racing with the same counter cannot both pass. Authenticators that never count (always 0) are
 * accepted as such. False when the counter did not move forward.
 */
export async function recordPasskeyUse(db: Executor, passkeyId: string, newCounter: number, now: Date): Promise<boolean> {
  const updated = await db
    .update(passkeys)
    .set({ signCount: newCounter, lastUsedAt: now })
    .where(and(eq(passkeys.id, passkeyId), newCounter === 0 ? eq(passkeys.signCount, 0) : lt(passkeys.signCount, newCounter)))
    .returning({ id: passkeys.id });
  return updated.length > 0;
}

export async function insertChallenge(
  db: Executor,
  values: { accountId: string | null; ceremony: Ceremony; challenge: string; expiresAt: Date },
): Promise<void> {
  await db.insert(webauthnChallenges).values(values);
}

/**
 * Takes a live challenge out of the table: it serves once, whatever the outcome of the verification that
 * follows. A registration challenge belongs to the account that asked for it; a sign-in one to nobody yet.
 */
export async function consumeChallenge(
  db: Executor,
  request: { challenge: string; ceremony: Ceremony; accountId: string | null; now: Date },
): Promise<boolean> {
  const deleted = await db
    .delete(webauthnChallenges)
    .where(
      and(
        eq(webauthnChallenges.challenge, request.challenge),
        eq(webauthnChallenges.ceremony, request.ceremony),
        request.accountId ? eq(webauthnChallenges.accountId, request.accountId) : isNull(webauthnChallenges.accountId),
        gt(webauthnChallenges.expiresAt, request.now),
      ),
    )
    .returning({ id: webauthnChallenges.id });
  return deleted.length > 0;
}

export async function deleteExpiredChallenges(db: Executor, now: Date): Promise<number> {
  const deleted = await db
    .delete(webauthnChallenges)
    .where(lt(webauthnChallenges.expiresAt, now))
    .returning({ id: webauthnChallenges.id });
  return deleted.length;
}
