import { eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { accounts, clientReferences } from '../../db/schema/index.ts';

export interface LoginAccount {
  id: string;
  passwordHash: string | null;
  lockedUntil: Date | null;
}

const loginColumns = { id: accounts.id, passwordHash: accounts.passwordHash, lockedUntil: accounts.lockedUntil };

/** The account of the person holding this client reference (any agency's), by its canonical form. */
export async function findAccountByClientReference(db: Executor, canonicalReference: string): Promise<LoginAccount | undefined> {
  const [row] = await db
    .select(loginColumns)
    .from(clientReferences)
    .innerJoin(accounts, eq(accounts.personId, clientReferences.personId))
    .where(eq(clientReferences.canonical, canonicalReference))
    .limit(1);
  return row;
}

export async function findAccountByEmail(db: Executor, email: string): Promise<LoginAccount | undefined> {
  const [row] = await db
    .select(loginColumns)
    .from(accounts)
    .where(eq(sql`lower(${accounts.email})`, email.trim().toLowerCase()))
    .limit(1);
  return row;
}

/** The automatic lock after repeated failures (distinct from a block by staff, see account_blocks). */
export async function lockAccount(db: Executor, accountId: string, lockedUntil: Date): Promise<void> {
  await db.update(accounts).set({ lockedUntil }).where(eq(accounts.id, accountId));
}
