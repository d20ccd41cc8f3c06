import type { NotificationRow } from './notifications.repository.ts';
import type { NotificationItem } from './notifications.schema.ts';

export const presentNotification = (row: NotificationRow): NotificationItem => ({
  id: row.id,
  kind: row.kind,
  title: row.title,
  body: row.body,
  link: row.link,
  createdAt: row.createdAt.toISOString(),
  readAt: row.readAt?.toISOString() ?? null,
});
