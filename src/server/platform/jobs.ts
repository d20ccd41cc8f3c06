import PgBoss from 'pg-boss';
import type { Config } from '../config.ts';
import type { Database } from '../db/client.ts';
import { remindStaffOfWaitingRequests } from '../features/activation-requests/activation-reminders.ts';
import { preNotifyScheduledDebits } from '../features/collections/collections.notices.ts';
import { renderAllPendingNotices } from '../features/funds-calls/funds-call-notices.ts';
import { sendNotificationDigests } from '../features/notifications/notification-digest.ts';
import { sendAutomaticReminders } from '../features/payments/payments.reminders.ts';
import { callNextMonthRent } from '../features/rent/rent.calls.ts';
import { issueRentReceipts } from '../features/rent/rent.receipts.ts';
import { type DeliveryLog, deliverPendingMessages } from './messaging/delivery.ts';
import { smtpTransport } from './messaging/email-transport.ts';
import { Outbox } from './messaging/outbox.ts';
import { httpSmsGateway } from './messaging/sms-gateway.ts';
import { storageFromConfig } from './storage/storage-from-config.ts';

export const OUTBOX_DELIVERY_QUEUE = 'outbox-delivery';
export const ACTIVATION_REMINDERS_QUEUE = 'activation-request-reminders';
export const NOTIFICATION_DIGEST_QUEUE = 'notification-digest';
export const PAYMENT_REMINDERS_QUEUE = 'payment-reminders';
export const FUNDS_CALL_NOTICES_QUEUE = 'funds-call-notices';
export const DIRECT_DEBIT_NOTICES_QUEUE = 'direct-debit-pre-notifications';
export const RENT_CALLS_QUEUE = 'rent-calls';
export const RENT_RECEIPTS_QUEUE = 'rent-receipts';

export interface Jobs {
  /** Asks for a delivery run soon; meant as `Outbox`'s `afterQueued`. Never throws, never waits. */
  notifyQueued(): void;
  /** Lets a run in progress finish (up to 10 s), then closes pg-boss's connections. */
  stop(): Promise<void>;
}

interface RecurringJobDependencies {
  db: Database;
  outbox: Outbox;
  config: JobsDependencies['config'];
}

/**
 * A job run on a schedule (cron, Paris time) that may queue emails: when it did, the outbox is delivered at
 * once. Its `run` must be safe to repeat (claim what it handles), since a late or doubled run can happen.
 */
interface RecurringJob {
  name: string;
  cron: string;
  expireInSeconds: number;
  /** What the log says when the run sent something, in French like the other operator messages. */
  description: string;
  run(dependencies: RecurringJobDependencies, now: Date): Promise<{ emails: number }>;
}

export interface JobsDependencies {
  databaseUrl: string;
  config: Pick<
    Config,
    'smtpUrl' | 'smsGatewayUrl' | 'mailFrom' | 'demoMode' | 'publicUrl' | 'storage' | 'dataDir' | 'directDebitNoticeDays'
  >;
  db: Database;
  log: DeliveryLog;
}

// Every delivery job does the same thing (send whatever is pending), so one waiting job is enough.
const SINGLETON_KEY = 'outbox';
// `afterQueued` runs inside the caller's transaction: the job waits a moment so that it commits first.
const START_AFTER_SECONDS = 1;
const STOP_TIMEOUT_MS = 10_000;

/**
 * Background jobs on pg-boss, in the application's database (schema `pgboss`, created and migrated by
 * pg-boss itself). Today: delivering the outbox, on demand and every minute as a safety net for messages
 * whose notification was lost (crash, a transaction committing later than expected, a temporary failure).
 */
export async function startJobs({ databaseUrl, config, db, log }: JobsDependencies): Promise<Jobs> {
  const boss = new PgBoss({ connectionString: databaseUrl, application_name: 'palier-jobs', max: 4 });
  boss.on('error', (error) => log.error({ err: error }, 'erreur des tâches de fond'));
  await boss.start();

  try {
    // `short`: at most one job waits in the queue, so a burst of emails (a notice to a whole building)
    // gives one delivery run; a new one can still be queued while a run is active. No retries of a failed
    // run: the next notification or the minute schedule is the retry.
    const queue: PgBoss.Queue = { name: OUTBOX_DELIVERY_QUEUE, policy: 'short', retryLimit: 0, expireInSeconds: 15 * 60 };
    await boss.createQueue(OUTBOX_DELIVERY_QUEUE, queue);
    await boss.updateQueue(OUTBOX_DELIVERY_QUEUE, queue);

    const deliveryDependencies = {
      db,
      log,
      from: config.mailFrom,
      ...(config.smtpUrl ? { email: smtpTransport(config.smtpUrl) } : {}),
      ...(config.smsGatewayUrl ? { sms: httpSmsGateway(config.smsGatewayUrl) } : {}),
    };
    if (!config.demoMode && !config.smtpUrl) log.warn({}, "SMTP_URL n'est pas configuré : les emails ne seront pas envoyés");
    await boss.work(OUTBOX_DELIVERY_QUEUE, async () => {
      try {
        const result = await deliverPendingMessages(deliveryDependencies);
        if (result.sent + result.failed + result.retried > 0) log.info({ ...result }, 'envoi des messages en attente');
        return result;
      } catch (error) {
        // pg-boss records the failed job silently; the operator needs to see it.
        log.error({ err: error }, "l'envoi des messages en attente a échoué");
        throw error;
      }
    });
    await boss.schedule(OUTBOX_DELIVERY_QUEUE, '* * * * *', {}, { singletonKey: SINGLETON_KEY });

    const reminderOutbox = new Outbox({ demoMode: config.demoMode });
    const recurring = async (job: RecurringJob) => {
      const queue: PgBoss.Queue = { name: job.name, policy: 'short', retryLimit: 0, expireInSeconds: job.expireInSeconds };
      await boss.createQueue(job.name, queue);
      await boss.updateQueue(job.name, queue);
      await boss.work(job.name, async () => {
        try {
          const result = await job.run({ db, outbox: reminderOutbox, config }, new Date());
          if (result.emails > 0) {
            log.info({ ...result }, job.description);
            await boss.send(OUTBOX_DELIVERY_QUEUE, {}, { singletonKey: SINGLETON_KEY });
          }
          return result;
        } catch (error) {
          log.error({ err: error }, `échec : ${job.description}`);
          throw error;
        }
      });
      await boss.schedule(job.name, job.cron, {}, { tz: 'Europe/Paris' });
    };

    // Overdue clients at 09:00 in Paris: reminded by email when not reminded for 30 days (a repeated run the
    // same day finds them reminded today and sends nothing).
    await recurring({
      name: PAYMENT_REMINDERS_QUEUE,
      cron: '0 9 * * *',
      expireInSeconds: 30 * 60,
      description: 'relances des impayés',
      run: ({ db: database, outbox, config: settings }, now) => sendAutomaticReminders(database, outbox, settings, now),
    });
    // Activation requests pending for 24 hours: managers are reminded once per request (the rule is in the
    // service; a quarter-hour schedule only sets how late after the 24th hour the reminder may go).
    await recurring({
      name: ACTIVATION_REMINDERS_QUEUE,
      cron: '*/15 * * * *',
      expireInSeconds: 5 * 60,
      description: "rappel des demandes d'accès en attente",
      run: (dependencies, now) => remindStaffOfWaitingRequests(dependencies, now),
    });
    // The daily digest "Vos nouveautés sur Palier" at 07:00 in Paris (summer and winter time alike). Each
    // notification is claimed by one run only, so a late or repeated run never emails it twice.
    // SEPA pre-notifications at 08:00 in Paris: debits still scheduled (one-off collections signed by clients,
    // returned debits presented again) whose date is within 14 days. Each debit is claimed once.
    await recurring({
      name: DIRECT_DEBIT_NOTICES_QUEUE,
      cron: '0 8 * * *',
      expireInSeconds: 30 * 60,
      description: 'pré-notification des prélèvements SEPA',
      run: ({ db: database, outbox, config: settings }, now) =>
        preNotifyScheduledDebits(database, outbox, now, settings.directDebitNoticeDays),
    });
    await recurring({
      name: NOTIFICATION_DIGEST_QUEUE,
      cron: '0 7 * * *',
      expireInSeconds: 30 * 60,
      description: 'résumé quotidien des notifications',
      run: ({ db: database, outbox, config: settings }, now) => sendNotificationDigests(database, outbox, settings, now),
    });
    // The PDFs of issued calls for funds: the issue renders them in its own process right after committing; this
    // is the net for what that left (a crash, a restart, another instance). Batches claimed with `skip locked`.
    await recurring({
      name: FUNDS_CALL_NOTICES_QUEUE,
      cron: '* * * * *',
      expireInSeconds: 60 * 60,
      description: "préparation des PDF d'appels de fonds",
      run: async ({ db: database, config: settings }) => {
        await renderAllPendingNotices(database, storageFromConfig(settings));
        return { emails: 0 };
      },
    });
    // Next month's rent of every rental agency, called on the 20th so the avis d'échéance arrives before the 1st.
    // A month is called once per lease (unique index): a late or repeated run calls nothing twice.
    await recurring({
      name: RENT_CALLS_QUEUE,
      cron: '0 6 20 * *',
      expireInSeconds: 60 * 60,
      description: 'appel des loyers du mois suivant',
      run: async ({ db: database, config: settings }, now) => {
        await callNextMonthRent({ db: database, storage: storageFromConfig(settings) }, now);
        return { emails: 0 };
      },
    });
    // Quittances and receipts of the payments posted since the last run; what was issued is never issued again.
    await recurring({
      name: RENT_RECEIPTS_QUEUE,
      cron: '17 * * * *',
      expireInSeconds: 30 * 60,
      description: 'quittances et reçus de loyer',
      run: async ({ db: database, config: settings }, now) => {
        await issueRentReceipts(database, storageFromConfig(settings), now);
        return { emails: 0 };
      },
    });
  } catch (error) {
    await boss.stop({ graceful: false }).catch(() => undefined);
    throw error;
  }

  let stopped = false;
  let sending = false;
  return {
    notifyQueued() {
      // Queueing many messages in one transaction calls this many times: one insert in flight is enough.
      if (stopped || sending) return;
      sending = true;
      boss
        .send(OUTBOX_DELIVERY_QUEUE, {}, { singletonKey: SINGLETON_KEY, startAfter: START_AFTER_SECONDS })
        .catch((error: unknown) => log.error({ err: error }, "impossible de programmer l'envoi des messages"))
        .finally(() => {
          sending = false;
        });
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      await boss.stop({ graceful: true, timeout: STOP_TIMEOUT_MS });
    },
  };
}
