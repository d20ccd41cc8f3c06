import type { OutboxMessageRow } from '../../platform/messaging/outbox.repository.ts';

export const presentOutboxMessage = (row: OutboxMessageRow) => ({
  id: row.id,
  channel: row.channel,
  recipient: row.recipient,
  subject: row.subject,
  textBody: row.textBody,
  status: row.status,
  createdAt: row.createdAt.toISOString(),
});
