import { displayName } from '../../../domain/person-name.ts';
import type { Config } from '../../config.ts';
import type { Database } from '../../db/client.ts';
import { renderEmail } from '../../platform/messaging/email-layout.ts';
import type { Outbox } from '../../platform/messaging/outbox.ts';
import { reminderEmail } from './activation-requests.emails.ts';
import {
  type ActivationRequestRow,
  claimRequestsDueForReminder,
  findAgencyCard,
  listAgencyManagers,
  markReminded,
} from './activation-requests.repository.ts';

/** The seed promises an answer within 24 to 72 hours: managers hear about a request at the first mark. */
export const REMIND_AFTER_HOURS = 24;

export interface ReminderDependencies {
  db: Database;
  outbox: Outbox;
  config: Pick<Config, 'publicUrl'>;
}

/**
 * Emails each agency's managers one summary of the requests pending for more than 24 hours that were not
 * yet the subject of a reminder, and marks them reminded: a request is reminded about once, whatever the
 * schedule. `now` is a parameter so the rule is tested without waiting a day.
 */
export async function remindStaffOfWaitingRequests(
  deps: ReminderDependencies,
  now: Date,
): Promise<{ requests: number; emails: number }> {
  const cutoff = new Date(now.getTime() - REMIND_AFTER_HOURS * 3_600_000);
  return deps.db.transaction(async (tx) => {
    const due = await claimRequestsDueForReminder(tx, cutoff);
    const byAgency = new Map<string, ActivationRequestRow[]>();
    for (const request of due) byAgency.set(request.agencyId, [...(byAgency.get(request.agencyId) ?? []), request]);

    let emails = 0;
    for (const [agencyId, requests] of byAgency) {
      const agency = await findAgencyCard(tx, agencyId);
      const managers = await listAgencyManagers(tx, agencyId);
      // An agency without a manager on file is reached at its own address rather than not at all.
      const recipients =
        managers.length > 0
          ? managers.map((manager) => ({ to: manager.email, firstName: manager.firstName }))
          : agency?.email
            ? [{ to: agency.email, firstName: agency.name }]
            : [];
      const waiting = requests.map((request) => ({
        displayName: displayName({ ...request, companyName: request.civility === 'SOCIETE' ? request.lastName : null }),
        submittedAt: request.createdAt,
      }));
      for (const recipient of recipients) {
        const email = reminderEmail(recipient.firstName, waiting, now, `${deps.config.publicUrl}/gestion/demandes-acces`);
        await deps.outbox.queueEmail(tx, {
          agencyId,
          to: recipient.to,
          subject: email.subject,
          ...renderEmail({ agencyName: agency?.name ?? 'Palier', ...email.body }),
        });
        emails += 1;
      }
      await markReminded(
        tx,
        requests.map((request) => request.id),
        now,
      );
    }
    return { requests: due.length, emails };
  });
}
