import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema';

type JsonBody<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;

export type NotificationList = JsonBody<paths['/api/notifications']['get']['responses'][200]>;
export type NotificationItem = NotificationList['items'][number];
export type NotificationPreferences = JsonBody<paths['/api/me/notification-preferences']['get']['responses'][200]>;

/** How many the bell's list shows; the count of unread ones covers them all. */
const BELL_SIZE = 20;

export const notificationsQuery = queryOptions({
  queryKey: ['notifications'],
  queryFn: () => unwrap(api.GET('/api/notifications', { params: { query: { limit: BELL_SIZE } } })),
  // The bell follows what the manager writes without a reload.
  refetchInterval: 60_000,
  staleTime: 30_000,
});

export const markNotificationRead = (notificationId: string) =>
  unwrap(api.POST('/api/notifications/{notificationId}/read', { params: { path: { notificationId } } }));

export const markAllNotificationsRead = () => unwrap(api.POST('/api/notifications/read-all'));

export const notificationPreferencesQuery = queryOptions({
  queryKey: ['notifications', 'preferences'],
  queryFn: () => unwrap(api.GET('/api/me/notification-preferences')),
  staleTime: 60_000,
});

export const setDigestEmail = (digestEmail: boolean) =>
  unwrap(api.PATCH('/api/me/notification-preferences', { body: { digestEmail } }));

export const sendStaffNotification = (body: { condominiumId?: string; personId?: string; title: string; body: string }) =>
  unwrap(api.POST('/api/staff/notifications', { body }));
