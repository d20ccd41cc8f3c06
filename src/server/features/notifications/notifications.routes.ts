import { policy } from '../../platform/auth/policy.ts';
import { errorBody } from '../../platform/http/error-handler.ts';
import { evidenceOf } from '../../platform/http/evidence.ts';
import type { AppContext, RouteApp } from '../../platform/http/types.ts';
import {
  notificationList,
  notificationListQuery,
  notificationParams,
  notificationPreferences,
  notificationPreferencesBody,
  staffNotificationBody,
  staffNotificationReceipt,
  unreadCount,
} from './notifications.schema.ts';
import { NotificationsService } from './notifications.service.ts';

export function notificationRoutes(app: RouteApp, { db }: AppContext): void {
  const service = new NotificationsService(db);
  const tags = ['Notifications'];
  const security = [{ session: [] }];

  app.get(
    '/notifications',
    {
      schema: {
        tags,
        security,
        summary: 'Mes notifications (la cloche) : les plus récentes et le nombre de non lues',
        querystring: notificationListQuery,
        response: { 200: notificationList, 400: errorBody, 401: errorBody, 404: errorBody },
      },
    },
    async (request) => service.list(policy.requireClient(request.viewer), request.query.limit),
  );

  app.post(
    '/notifications/:notificationId/read',
    {
      config: { rateLimit: { max: 120, timeWindow: '1 minute' } },
      schema: {
        tags,
        security,
        summary: 'Marquer une de mes notifications comme lue',
        params: notificationParams,
        response: { 200: unreadCount, 400: errorBody, 401: errorBody, 404: errorBody, 429: errorBody },
      },
    },
    async (request) => service.read(policy.requireClient(request.viewer), request.params.notificationId),
  );

  app.post(
    '/notifications/read-all',
    {
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags,
        security,
        summary: 'Tout marquer comme lu',
        response: { 200: unreadCount, 401: errorBody, 404: errorBody, 429: errorBody },
      },
    },
    async (request) => service.readAll(policy.requireClient(request.viewer)),
  );

  app.get(
    '/me/notification-preferences',
    {
      schema: {
        tags,
        security,
        summary: 'Mes préférences de notification : le résumé quotidien par email',
        response: { 200: notificationPreferences, 401: errorBody, 404: errorBody },
      },
    },
    async (request) => service.preferences(policy.requireClient(request.viewer)),
  );

  app.patch(
    '/me/notification-preferences',
    {
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags,
        security,
        summary: 'Activer ou désactiver le résumé quotidien par email',
        body: notificationPreferencesBody,
        response: { 200: notificationPreferences, 400: errorBody, 401: errorBody, 404: errorBody, 429: errorBody },
      },
    },
    async (request) => service.setDigest(policy.requireClient(request.viewer), request.body.digestEmail),
  );

  app.post(
    '/staff/notifications',
    {
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags: ['Agence : notifications'],
        security,
        summary: 'Notifier les copropriétaires et le conseil syndical d’une copropriété, ou un client de l’agence',
        body: staffNotificationBody,
        response: { 201: staffNotificationReceipt, 400: errorBody, 401: errorBody, 404: errorBody, 429: errorBody },
      },
    },
    async (request, reply) => {
      const receipt = await service.notifyFromStaff(policy.requireStaff(request.viewer), request.body, evidenceOf(request));
      return reply.status(201).send(receipt);
    },
  );
}
