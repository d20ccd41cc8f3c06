import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { smsChallenges } from '../../db/schema/index.ts';

export type SmsChallengeRow = typeof smsChallenges.$inferSelect;
export type SmsChallengePurpose = SmsChallengeRow['purpose'];

export async function insertSmsChallenge(
  db: Executor,
  values: Omit<typeof smsChallenges.$inferInsert, 'createdAt'>,
): Promise<SmsChallengeRow> {
  const [row] = await db.insert(smsChallenges).values(values).returning();
  if (!row) throw new Error('sms challenge insert returned no row');
  return row;
}

/** The account's own challenge for that purpose, locked: tries and re-sends are counted one after the other. */
export async function lockSmsChallenge(
  db: Executor,
  accountId: string,
  challengeId: string,
  purpose?: SmsChallengePurpose,
): Promise<SmsChallengeRow | undefined> {
  const [row] = await db
    .select()
    .from(smsChallenges)
    .where(
      and(
        eq(smsChallenges.id, challengeId),
        eq(smsChallenges.accountId, accountId),
        purpose ? eq(smsChallenges.purpose, purpose) : undefined,
      ),
    )
    .for('update');
  return row;
}

export async function countWrongTry(db: Executor, challengeId: string): Promise<number> {
  const [row] = await db
    .update(smsChallenges)
    .set({ attempts: sql`${smsChallenges.attempts} + 1` })
    .where(eq(smsChallenges.id, challengeId))
    .returning({ attempts: smsChallenges.attempts });
  return row?.attempts ?? 0;
}

export async function markConfirmed(db: Executor, challengeId: string, at: Date): Promise<void> {
  await db.update(smsChallenges).set({ confirmedAt: at }).where(eq(smsChallenges.id, challengeId));
}

export async function replaceCode(
  db: Executor,
  challengeId: string,
  values: { codeHash: string; lastSentAt: Date; expiresAt: Date },
): Promise<SmsChallengeRow | undefined> {
  const [row] = await db
    .update(smsChallenges)
    .set({ ...values, sendCount: sql`${smsChallenges.sendCount} + 1` })
    .where(eq(smsChallenges.id, challengeId))
    .returning();
  return row;
}
