import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { accounts, agencies, ledgers, paymentReminders } from '../../db/schema/index.ts';

/** Every reminder sent on the agency's books, latest first. */
export async function agencyReminders(db: Executor, agencyId: string) {
  return db
    .select({
      ledgerId: paymentReminders.ledgerId,
      personId: paymentReminders.personId,
      sentAt: paymentReminders.sentAt,
      level: paymentReminders.level,
    })
    .from(paymentReminders)
    .innerJoin(ledgers, eq(ledgers.id, paymentReminders.ledgerId))
    .where(eq(ledgers.agencyId, agencyId))
    .orderBy(desc(paymentReminders.sentAt));
}

/** The reminders of one person on one ledger, latest first; locks the pair so two runs never both send. */
export async function lockPersonReminders(db: Executor, ledgerId: string, personId: string) {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`payment-reminder:${ledgerId}:${personId}`}))`);
  return db
    .select({ sentAt: paymentReminders.sentAt, level: paymentReminders.level })
    .from(paymentReminders)
    .where(and(eq(paymentReminders.ledgerId, ledgerId), eq(paymentReminders.personId, personId)))
    .orderBy(desc(paymentReminders.sentAt));
}

export async function insertReminder(db: Executor, values: typeof paymentReminders.$inferInsert) {
  await db.insert(paymentReminders).values(values);
}

/** The email address of each person's login account, when they have one. */
export async function personEmails(db: Executor, personIds: string[]): Promise<Map<string, string>> {
  if (personIds.length === 0) return new Map();
  const rows = await db
    .select({ personId: accounts.personId, email: accounts.email })
    .from(accounts)
    .where(inArray(accounts.personId, personIds));
  return new Map(rows.flatMap((row) => (row.personId && row.email ? [[row.personId, row.email] as const] : [])));
}

export async function findAgencyName(db: Executor, agencyId: string): Promise<string> {
  const [row] = await db.select({ name: agencies.name }).from(agencies).where(eq(agencies.id, agencyId));
  return row?.name ?? 'Palier';
}

/** Agencies keeping books in Palier: the daily reminders go through each. */
export async function agenciesWithLedgers(db: Executor): Promise<string[]> {
  const rows = await db.selectDistinct({ agencyId: ledgers.agencyId }).from(ledgers).orderBy(asc(ledgers.agencyId));
  return rows.map((row) => row.agencyId);
}
