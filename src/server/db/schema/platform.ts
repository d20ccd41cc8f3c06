import { index, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { agencies } from './agencies.ts';
import { createdAt, id } from './common.ts';
import { accounts } from './people.ts';

export const outboxChannel = pgEnum('outbox_channel', ['email', 'sms']);
/** `kept`: demo mode, shown on the outbox page and never sent. */
export const outboxStatus = pgEnum('outbox_status', ['pending', 'sent', 'failed', 'kept']);

/**
 * Every email and SMS is first written here, inside the transaction of the action that causes it, then
 * delivered by a job; nothing is lost if the process stops between the two.
 */
export const outboxMessages = pgTable(
  'outbox_messages',
  {
    id: id(),
    agencyId: uuid('agency_id').references(() => agencies.id),
    channel: outboxChannel('channel').notNull(),
    recipient: text('recipient').notNull(),
    subject: text('subject'),
    textBody: text('text_body').notNull(),
    htmlBody: text('html_body'),
    status: outboxStatus('status').notNull(),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    createdAt: createdAt(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (table) => [index('outbox_messages_status_idx').on(table.status, table.createdAt)],
);

/** Who did what, when, from where: access events now, every sensitive action later. */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: id(),
    occurredAt: createdAt(),
    accountId: uuid('account_id').references(() => accounts.id),
    action: text('action').notNull(),
    targetType: text('target_type'),
    targetId: text('target_id'),
    ipAddress: text('ip_address'),
    userAgent: text('user_agent'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
  },
  (table) => [index('audit_events_account_idx').on(table.accountId, table.occurredAt)],
);
