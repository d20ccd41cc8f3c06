import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { accountBlocks, accounts } from '../../db/schema/index.ts';

export async function isAccountBlocked(db: Executor, accountId: string): Promise<boolean> {
  const rows = await db
    .select({ accountId: accountBlocks.accountId })
    .from(accountBlocks)
    .where(eq(accountBlocks.accountId, accountId))
    .limit(1);
  return rows.length > 0;
}

export async function recordSuccessfulLogin(db: Executor, accountId: string, at: Date): Promise<void> {
  await db.update(accounts).set({ lastLoginAt: at }).where(eq(accounts.id, accountId));
}
