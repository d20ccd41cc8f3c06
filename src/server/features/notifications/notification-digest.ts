import type { Config } from '../../config.ts';
import type { Database } from '../../db/client.ts';
import { renderEmail } from '../../platform/messaging/email-layout.ts';
import type { Outbox } from '../../platform/messaging/outbox.ts';
import { digestEmail } from './notifications.emails.ts';
import { claimPendingNotifications, listPersonsAwaitingDigest, markEmailed } from './notifications.repository.ts';

/** Persons handled per transaction: a large building's burst of notifications is not one huge transaction. */
const PERSONS_PER_BATCH = 200;

export interface DigestResult {
  persons: number;
  emails: number;
  notifications: number;
}

type Claimed = Awaited<ReturnType<typeof claimPendingNotifications>>[number];

/**
 * The daily email "Vos nouveautés sur Palier": one per person, listing every notification not yet handled.
 * Each notification is handled once: emailed, or — when the person switched the digest off or has no
 * address — marked handled without an email, so switching it back on never sends a backlog. Two workers
 * running at once never take the same rows (they are claimed with `for update skip locked`).
 */
export async function sendNotificationDigests(
  db: Database,
  outbox: Outbox,
  config: Pick<Config, 'publicUrl'>,
  now: Date,
): Promise<DigestResult> {
  const result: DigestResult = { persons: 0, emails: 0, notifications: 0 };
  let afterPersonId: string | null = null;
  for (;;) {
    const personIds = await listPersonsAwaitingDigest(db, now, afterPersonId, PERSONS_PER_BATCH);
    if (personIds.length === 0) return result;
    afterPersonId = personIds[personIds.length - 1] ?? null;
    await db.transaction(async (tx) => {
      const claimed = await claimPendingNotifications(tx, personIds, now);
      const byPerson = new Map<string, Claimed[]>();
      for (const row of claimed) byPerson.set(row.personId, [...(byPerson.get(row.personId) ?? []), row]);
      for (const rows of byPerson.values()) {
        const [first] = rows;
        if (!first) continue;
        result.persons += 1;
        if (first.wantsDigest && first.email) {
          // One agency behind every item: the email is signed by it; several: by Palier.
          const agencyIds = new Set(rows.map((row) => row.agencyId));
          const single = agencyIds.size === 1;
          const email = digestEmail(rows, config.publicUrl);
          await outbox.queueEmail(tx, {
            agencyId: single ? first.agencyId : null,
            to: first.email,
            subject: email.subject,
            ...renderEmail({ agencyName: single ? first.agencyName : 'Palier', ...email.body }),
          });
          result.emails += 1;
        }
      }
      await markEmailed(
        tx,
        claimed.map((row) => row.id),
        now,
      );
      result.notifications += claimed.length;
    });
  }
}
