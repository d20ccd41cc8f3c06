import type { Database } from '../../db/client.ts';
import type { EmailTransport } from './email-transport.ts';
import {
  claimPendingOutboxMessages,
  hasPendingOutboxMessages,
  markOutboxMessageSent,
  type OutboxChannel,
  type OutboxMessageRow,
  recordOutboxFailure,
} from './outbox.repository.ts';
import type { SmsGateway } from './sms-gateway.ts';

/**
 * Thrown by a transport. `permanent`: the provider refused this message for good (unknown mailbox, invalid
 * number), so retrying would only get the same answer. Never shown to users: the outcome is recorded on the
 * outbox row.
 */
export class DeliveryFailure extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'DeliveryFailure';
  }
}

/** The subset of a pino / Fastify logger that delivery uses. */
export interface DeliveryLog {
  info(details: Record<string, unknown>, message: string): void;
  warn(details: Record<string, unknown>, message: string): void;
  error(details: Record<string, unknown>, message: string): void;
}

export interface DeliveryDependencies {
  db: Database;
  /** Absent: emails stay pending until a transport is configured. */
  email?: EmailTransport;
  /** Absent: SMS stay pending until a gateway is configured. */
  sms?: SmsGateway;
  /** Sender of every email, e.g. `Palier <ne-pas-repondre@example.fr>`. */
  from: string;
  log: DeliveryLog;
}

export interface DeliveryOptions {
  /** Messages locked and sent per transaction; a crash mid-batch sends at most this many twice. */
  batchSize?: number;
  /** Attempts after which a temporarily failing message is marked failed. */
  maxAttempts?: number;
  /** Base of the retry schedule: retry n waits until creation + this × 4^(n-1) seconds. 0 retries at once. */
  retryDelaySeconds?: number;
}

export interface DeliveryResult {
  sent: number;
  /** Given up: refused for good or out of attempts. */
  failed: number;
  /** Failed temporarily, still pending for a later run. */
  retried: number;
}

type Outcome = keyof DeliveryResult;

const LAST_ERROR_MAX_LENGTH = 500;

/**
 * Sends what the outbox holds. Each batch is claimed and settled in one transaction, so concurrent runs (the
 * schedule, a notification, another instance) never send the same message. A run tries each message at most
 * once; a temporary failure waits for its next retry time.
 */
export async function deliverPendingMessages(deps: DeliveryDependencies, options: DeliveryOptions = {}): Promise<DeliveryResult> {
  const batchSize = options.batchSize ?? 20;
  const maxAttempts = options.maxAttempts ?? 5;
  const retryDelaySeconds = options.retryDelaySeconds ?? 60;
  const channels: OutboxChannel[] = [];
  if (deps.email) channels.push('email');
  if (deps.sms) channels.push('sms');
  await warnAboutChannelsWithoutTransport(deps);

  const result: DeliveryResult = { sent: 0, failed: 0, retried: 0 };
  const attempted: string[] = [];
  for (;;) {
    const outcomes = await deps.db.transaction(async (tx) => {
      const batch = await claimPendingOutboxMessages(tx, {
        channels,
        excludeIds: attempted,
        limit: batchSize,
        retryDelaySeconds,
      });
      const settled: Outcome[] = [];
      for (const message of batch) {
        attempted.push(message.id);
        const failure = await send(deps, message);
        if (!failure) {
          await markOutboxMessageSent(tx, message.id);
          deps.log.info(describe(message), 'message envoyé');
          settled.push('sent');
          continue;
        }
        const giveUp = failure.permanent || message.attempts + 1 >= maxAttempts;
        await recordOutboxFailure(tx, message.id, { error: failure.message.slice(0, LAST_ERROR_MAX_LENGTH), giveUp });
        deps.log.warn(
          { ...describe(message), attempts: message.attempts + 1, error: failure.message, permanent: failure.permanent },
          giveUp ? 'message abandonné' : 'message en échec temporaire, nouvel essai plus tard',
        );
        settled.push(giveUp ? 'failed' : 'retried');
      }
      return settled;
    });
    // Counted after commit, so a rolled-back batch is never reported as sent.
    for (const outcome of outcomes) result[outcome] += 1;
    if (outcomes.length < batchSize) return result;
  }
}

async function send(deps: DeliveryDependencies, message: OutboxMessageRow): Promise<DeliveryFailure | undefined> {
  try {
    if (message.channel === 'email') {
      await deps.email?.send({
        from: deps.from,
        to: message.recipient,
        subject: message.subject ?? '',
        text: message.textBody,
        ...(message.htmlBody ? { html: message.htmlBody } : {}),
      });
    } else {
      await deps.sms?.send({ to: message.recipient, text: message.textBody });
    }
    return undefined;
  } catch (error) {
    if (error instanceof DeliveryFailure) return error;
    // An unexpected error says nothing about the message itself: try again later.
    return new DeliveryFailure(error instanceof Error ? error.message : String(error), false, { cause: error });
  }
}

// Bodies hold one-time links and codes: logs only ever name the message and its recipient.
const describe = (message: OutboxMessageRow) => ({
  messageId: message.id,
  channel: message.channel,
  recipient: message.recipient,
});

// Keyed by logger so that a process warns once per channel rather than at every scheduled run.
const warnedChannels = new WeakMap<DeliveryLog, Set<OutboxChannel>>();

async function warnAboutChannelsWithoutTransport(deps: DeliveryDependencies): Promise<void> {
  const warned = warnedChannels.get(deps.log) ?? new Set<OutboxChannel>();
  warnedChannels.set(deps.log, warned);
  const missing: { channel: OutboxChannel; variable: string }[] = [];
  if (!deps.email) missing.push({ channel: 'email', variable: 'SMTP_URL' });
  if (!deps.sms) missing.push({ channel: 'sms', variable: 'SMS_GATEWAY_URL' });
  for (const { channel, variable } of missing) {
    if (warned.has(channel) || !(await hasPendingOutboxMessages(deps.db, channel))) continue;
    warned.add(channel);
    deps.log.warn({ channel }, `des messages attendent d'être envoyés mais ${variable} n'est pas configuré`);
  }
}
