/**
 * Overdue reminders (relances): who is late is the domain rule (src/domain/overdue.ts: FIFO, 15 days past the
 * oldest unpaid call); staff send reminders from the list, never twice within 15 days, and a daily job sends
 * them to whoever has not been reminded for 30 days. Each reminder is one email and one `payment_reminders` row,
 * written together; the pair (books, person) is locked while deciding, so two runs never both send.
 */
import { parisDate } from '../../../domain/calendar.ts';
import {
  type AccountStanding,
  AUTOMATIC_REMINDER_INTERVAL_DAYS,
  accountStanding,
  mayRemindAgain,
  REMINDER_INTERVAL_DAYS,
} from '../../../domain/overdue.ts';
import { displayName } from '../../../domain/person-name.ts';
import type { Config } from '../../config.ts';
import type { Database, Executor } from '../../db/client.ts';
import { recordAuditEvent } from '../../platform/audit.ts';
import type { Viewer } from '../../platform/auth/viewer.ts';
import type { Evidence } from '../../platform/http/evidence.ts';
import type { Outbox } from '../../platform/messaging/outbox.ts';
import { type AccountInput, accountKey, type ClientAccount, groupAccounts } from './payments.accounts.ts';
import { queueReminderEmail } from './payments.emails.ts';
import { presentAccountRef } from './payments.presenter.ts';
import {
  agenciesWithLedgers,
  agencyReminders,
  findAgencyName,
  insertReminder,
  lockPersonReminders,
  personEmails,
} from './payments.reminders.repository.ts';
import { clientMovements, findLedgerBankAccount, personNames } from './payments.repository.ts';
import type { OverdueAccountView } from './payments.schema.ts';

type Staff = Extract<Viewer, { kind: 'staff' }>;

interface OverdueAccount {
  account: ClientAccount;
  standing: AccountStanding & { unpaidSince: string };
  view: OverdueAccountView;
  email: string | null;
  reference: string | null;
}

const reminderDate = (sentAt: Date) => parisDate(sentAt);

/** The agency's overdue accounts on `today`, most owed first. */
export async function overdueAccounts(db: Executor, agencyId: string, today: string): Promise<OverdueAccount[]> {
  const overdue = groupAccounts(await clientMovements(db, agencyId))
    .map((account) => ({ account, standing: accountStanding(account.movements, today) }))
    .filter(
      (entry): entry is { account: ClientAccount; standing: AccountStanding & { unpaidSince: string } } => entry.standing.overdue,
    );
  if (overdue.length === 0) return [];
  const personIds = [...new Set(overdue.map((entry) => entry.account.target.personId))];
  const [persons, emails, reminders] = await Promise.all([
    personNames(db, agencyId, personIds),
    personEmails(db, personIds),
    agencyReminders(db, agencyId),
  ]);
  const byId = new Map(persons.map((person) => [person.id, person]));
  return overdue
    .flatMap(({ account, standing }) => {
      const person = byId.get(account.target.personId);
      if (!person) return [];
      const [last] = reminders.filter((row) => row.ledgerId === account.ledgerId && row.personId === person.id);
      const email = emails.get(person.id) ?? null;
      const view: OverdueAccountView = {
        personId: person.id,
        name: displayName(person),
        reference: person.reference,
        hasEmail: email !== null,
        account: presentAccountRef(account),
        owedCents: standing.owedCents,
        overdueSince: standing.unpaidSince,
        unpaidCalls: standing.unpaidCalls.map(({ date, label, remainingCents }) => ({ date, label, remainingCents })),
        lastReminder: last ? { sentAt: last.sentAt.toISOString(), level: last.level } : null,
        mayRemind: mayRemindAgain(last ? reminderDate(last.sentAt) : null, today, REMINDER_INTERVAL_DAYS),
      };
      return [{ account, standing, view, email, reference: person.reference }];
    })
    .sort((a, b) => b.standing.owedCents - a.standing.owedCents);
}

type ReminderOutcome = 'sent' | 'recent' | 'no_email';

interface ReminderDependencies {
  db: Database;
  outbox: Outbox;
  config: Pick<Config, 'publicUrl'>;
}

/** One reminder, in its own transaction: checked again under the lock, then the email and its row. */
async function remind(
  deps: ReminderDependencies,
  agencyId: string,
  entry: OverdueAccount,
  options: { today: string; intervalDays: number; staff: Staff | null; evidence?: Evidence },
): Promise<ReminderOutcome> {
  if (!entry.email) return 'no_email';
  const email = entry.email;
  return deps.db.transaction(async (tx) => {
    const { account, standing } = entry;
    const previous = await lockPersonReminders(tx, account.ledgerId, account.target.personId);
    const last = previous[0];
    if (!mayRemindAgain(last ? reminderDate(last.sentAt) : null, options.today, options.intervalDays)) return 'recent';
    // The level counts the reminders of this run of arrears: once the account was settled, it starts again at 1.
    const level = previous.filter((row) => reminderDate(row.sentAt) >= standing.unpaidSince).length + 1;
    await queueReminderEmail(tx, deps.outbox, {
      agencyId,
      agencyName: await findAgencyName(tx, agencyId),
      to: email,
      personName: entry.view.name,
      reference: entry.reference,
      accountLabel: account.label,
      kind: account.target.kind,
      owedCents: standing.owedCents,
      unpaidCalls: standing.unpaidCalls,
      bankAccount: await findLedgerBankAccount(tx, account.ledgerId),
      level,
      publicUrl: deps.config.publicUrl,
    });
    await insertReminder(tx, {
      ledgerId: account.ledgerId,
      personId: account.target.personId,
      amountCents: standing.owedCents,
      overdueSince: standing.unpaidSince,
      level,
      sentByStaffId: options.staff?.staffMemberId ?? null,
    });
    if (options.staff)
      await recordAuditEvent(tx, {
        accountId: options.staff.accountId,
        action: 'payment_reminder.sent',
        targetType: 'person',
        targetId: account.target.personId,
        ipAddress: options.evidence?.ipAddress ?? null,
        userAgent: options.evidence?.userAgent ?? null,
        details: { ledgerId: account.ledgerId, amountCents: standing.owedCents, level },
      });
    return 'sent';
  });
}

const inputKey = (input: AccountInput) =>
  input.leaseId ? `tenant:${input.leaseId}:${input.personId ?? ''}` : `coOwner:${input.condominiumId}:${input.personId}`;

export class RemindersService {
  constructor(private readonly deps: ReminderDependencies) {}

  async list(viewer: Staff) {
    const accounts = await overdueAccounts(this.deps.db, viewer.agencyId, parisDate(new Date()));
    return { accounts: accounts.map((entry) => entry.view) };
  }

  /** Sends the chosen reminders (or all); an account not overdue, reminded lately or without email is skipped, said why. */
  async send(viewer: Staff, input: { all?: boolean | undefined; items?: AccountInput[] | undefined }, evidence: Evidence) {
    const today = parisDate(new Date());
    const overdue = await overdueAccounts(this.deps.db, viewer.agencyId, today);
    const wanted = input.all ? null : new Set((input.items ?? []).map(inputKey));
    // A lease named without its tenant means every tenant of that lease who is overdue.
    const chosen = overdue.filter((entry) => {
      if (!wanted) return true;
      const key = accountKey(entry.account.target);
      return wanted.has(key) || (entry.account.target.kind === 'tenant' && wanted.has(`tenant:${entry.account.target.leaseId}:`));
    });
    const result = {
      sent: 0,
      skipped: [] as { personId: string; name: string; reason: 'recent' | 'no_email' | 'not_overdue' }[],
    };
    for (const item of input.all ? [] : (input.items ?? [])) {
      const found = chosen.some((entry) => {
        const key = accountKey(entry.account.target);
        return key === inputKey(item) || (item.leaseId && !item.personId && key.startsWith(`tenant:${item.leaseId}:`));
      });
      if (!found) result.skipped.push({ personId: item.personId ?? '', name: '', reason: 'not_overdue' });
    }
    for (const entry of chosen) {
      const outcome = await remind(this.deps, viewer.agencyId, entry, {
        today,
        intervalDays: REMINDER_INTERVAL_DAYS,
        staff: viewer,
        evidence,
      });
      if (outcome === 'sent') result.sent += 1;
      else result.skipped.push({ personId: entry.view.personId, name: entry.view.name, reason: outcome });
    }
    return result;
  }
}

/**
 * The daily run (09:00 Paris): every agency's overdue clients not reminded for 30 days. Safe to repeat: a
 * second run the same day finds each of them reminded today.
 */
export async function sendAutomaticReminders(
  db: Database,
  outbox: Outbox,
  config: Pick<Config, 'publicUrl'>,
  now: Date,
  intervalDays: number = AUTOMATIC_REMINDER_INTERVAL_DAYS,
): Promise<{ emails: number }> {
  const today = parisDate(now);
  let emails = 0;
  for (const agencyId of await agenciesWithLedgers(db)) {
    for (const entry of await overdueAccounts(db, agencyId, today)) {
      const outcome = await remind({ db, outbox, config }, agencyId, entry, { today, intervalDays, staff: null });
      if (outcome === 'sent') emails += 1;
    }
  }
  return { emails };
}
