import { and, asc, count, desc, eq, gt, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import {
  accounts,
  agencies,
  clientReferences,
  condominiums,
  councilMemberships,
  lots,
  notifications,
  ownerships,
  personDetailChanges,
  persons,
} from '../../db/schema/index.ts';
import { inForce } from '../me/me.repository.ts';

export type NewNotification = Omit<typeof notifications.$inferInsert, 'id' | 'createdAt' | 'readAt' | 'emailedAt'>;
export type NotificationRow = typeof notifications.$inferSelect;

/** Written inside the transaction of the action that causes them, like outbox messages. */
export async function insertNotifications(db: Executor, rows: NewNotification[]): Promise<void> {
  if (rows.length === 0) return;
  // Bounded batches: one multi-row insert per thousand keeps the statement under PostgreSQL's parameter limit.
  for (let start = 0; start < rows.length; start += 1000) {
    await db.insert(notifications).values(rows.slice(start, start + 1000));
  }
}

// ——— The bell: every query starts from the person, so another person's id finds nothing ———

export async function listPersonNotifications(db: Executor, personId: string, limit: number): Promise<NotificationRow[]> {
  return db
    .select()
    .from(notifications)
    .where(eq(notifications.personId, personId))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit);
}

export async function countUnread(db: Executor, personId: string): Promise<number> {
  const [row] = await db
    .select({ count: count() })
    .from(notifications)
    .where(and(eq(notifications.personId, personId), isNull(notifications.readAt)));
  return row?.count ?? 0;
}

/** Marks one of the person's notifications read (the first reading only); undefined when it is not theirs. */
export async function markRead(db: Executor, personId: string, notificationId: string, at: Date) {
  const [row] = await db
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, ${at.toISOString()}::timestamptz)` })
    .where(and(eq(notifications.id, notificationId), eq(notifications.personId, personId)))
    .returning({ id: notifications.id });
  return row;
}

export async function markAllRead(db: Executor, personId: string, at: Date): Promise<number> {
  const rows = await db
    .update(notifications)
    .set({ readAt: at })
    .where(and(eq(notifications.personId, personId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return rows.length;
}

// ——— Preferences ———

export async function findDigestPreference(db: Executor, personId: string) {
  const [row] = await db
    .select({ digestEmail: persons.notificationDigestEmail, email: accounts.email })
    .from(persons)
    .leftJoin(accounts, eq(accounts.personId, persons.id))
    .where(eq(persons.id, personId));
  return row;
}

export async function updateDigestPreference(db: Executor, personId: string, digestEmail: boolean): Promise<void> {
  await db.update(persons).set({ notificationDigestEmail: digestEmail }).where(eq(persons.id, personId));
}

// ——— Staff: who a notification reaches ———

export async function findAgencyCondominium(db: Executor, agencyId: string, condominiumId: string) {
  const [row] = await db
    .select({ id: condominiums.id, name: condominiums.name })
    .from(condominiums)
    .where(and(eq(condominiums.id, condominiumId), eq(condominiums.agencyId, agencyId)));
  return row;
}

/** The persons related to the condominium today: its co-owners (every joint owner) and its council members. */
export async function listCondominiumPersons(db: Executor, condominiumId: string, today: string): Promise<string[]> {
  const owners = db
    .select({ personId: ownerships.personId })
    .from(ownerships)
    .innerJoin(lots, eq(lots.id, ownerships.lotId))
    .where(and(eq(lots.condominiumId, condominiumId), inForce(ownerships.startDate, ownerships.endDate, today)));
  const council = db
    .select({ personId: councilMemberships.personId })
    .from(councilMemberships)
    .where(
      and(
        eq(councilMemberships.condominiumId, condominiumId),
        inForce(councilMemberships.startDate, councilMemberships.endDate, today),
      ),
    );
  // `union` removes duplicates: a co-owner of three lots who also sits on the council is notified once.
  const rows = await owners.union(council);
  return rows.map((row) => row.personId);
}

/** A client of the agency: a person holding one of its client references. */
export async function isAgencyClient(db: Executor, agencyId: string, personId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: clientReferences.id })
    .from(clientReferences)
    .where(and(eq(clientReferences.agencyId, agencyId), eq(clientReferences.personId, personId)))
    .limit(1);
  return Boolean(row);
}

// ——— The daily digest ———

/** The next persons (by id, after `afterPersonId`) having notifications not yet handled by a digest. */
export async function listPersonsAwaitingDigest(db: Executor, createdBefore: Date, afterPersonId: string | null, limit: number) {
  const rows = await db
    .selectDistinct({ personId: notifications.personId })
    .from(notifications)
    .where(
      and(
        isNull(notifications.emailedAt),
        lte(notifications.createdAt, createdBefore),
        afterPersonId ? gt(notifications.personId, afterPersonId) : undefined,
      ),
    )
    .orderBy(asc(notifications.personId))
    .limit(limit);
  return rows.map((row) => row.personId);
}

/**
 * Claims these persons' pending notifications for this transaction: rows locked by another worker are
 * skipped, so two workers never email the same notification.
 */
export async function claimPendingNotifications(db: Executor, personIds: string[], createdBefore: Date) {
  if (personIds.length === 0) return [];
  return db
    .select({
      id: notifications.id,
      personId: notifications.personId,
      agencyId: notifications.agencyId,
      agencyName: agencies.name,
      title: notifications.title,
      link: notifications.link,
      createdAt: notifications.createdAt,
      wantsDigest: persons.notificationDigestEmail,
      email: accounts.email,
    })
    .from(notifications)
    .innerJoin(persons, eq(persons.id, notifications.personId))
    .innerJoin(agencies, eq(agencies.id, notifications.agencyId))
    .leftJoin(accounts, eq(accounts.personId, notifications.personId))
    .where(
      and(
        inArray(notifications.personId, personIds),
        isNull(notifications.emailedAt),
        lte(notifications.createdAt, createdBefore),
      ),
    )
    .orderBy(asc(notifications.personId), asc(notifications.createdAt))
    .for('update', { of: notifications, skipLocked: true });
}

export async function markEmailed(db: Executor, notificationIds: string[], at: Date): Promise<void> {
  for (let start = 0; start < notificationIds.length; start += 1000) {
    await db
      .update(notifications)
      .set({ emailedAt: at })
      .where(inArray(notifications.id, notificationIds.slice(start, start + 1000)));
  }
}

/** The profile's history: the manager sees when the person switched the digest on or off. */
export async function recordPreferenceChange(
  db: Executor,
  change: { personId: string; previous: boolean; next: boolean; accountId: string },
): Promise<void> {
  await db.insert(personDetailChanges).values({
    personId: change.personId,
    field: 'notificationDigestEmail',
    previousValue: String(change.previous),
    newValue: String(change.next),
    changedByAccountId: change.accountId,
  });
}
