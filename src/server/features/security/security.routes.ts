import { z } from 'zod';
import { policy } from '../../platform/auth/policy.ts';
import { errorBody } from '../../platform/http/error-handler.ts';
import { evidenceOf } from '../../platform/http/evidence.ts';
import type { AppContext, RouteApp } from '../../platform/http/types.ts';
import { presentAccessEvent, presentSession } from './security.presenter.ts';
import { accessEvent, activeSession, sessionParams } from './security.schema.ts';
import { SecurityService } from './security.service.ts';

export function securityRoutes(app: RouteApp, { db }: AppContext): void {
  const security = new SecurityService(db);
  const tags = ['Sécurité du compte'];
  const signedIn = [{ session: [] }];

  app.get(
    '/me/sessions',
    {
      schema: {
        tags,
        security: signedIn,
        summary: 'Mes appareils connectés',
        response: { 200: z.object({ sessions: z.array(activeSession) }), 401: errorBody },
      },
    },
    async (request) => {
      const viewer = policy.requireViewer(request.viewer);
      const sessions = await security.listSessions(viewer);
      return { sessions: sessions.map((session) => presentSession(session, viewer.sessionId)) };
    },
  );

  app.delete(
    '/me/sessions/:sessionId',
    {
      schema: {
        tags,
        security: signedIn,
        summary: 'Déconnecter un appareil',
        params: sessionParams,
        response: { 204: z.undefined(), 400: errorBody, 401: errorBody, 404: errorBody },
      },
    },
    async (request, reply) => {
      await security.revokeSession(policy.requireViewer(request.viewer), request.params.sessionId, evidenceOf(request));
      return reply.status(204).send();
    },
  );

  app.post(
    '/me/sessions/revoke-others',
    {
      schema: {
        tags,
        security: signedIn,
        summary: 'Déconnecter tous les autres appareils',
        response: { 200: z.object({ revoked: z.number().int() }), 401: errorBody },
      },
    },
    async (request) => ({
      revoked: await security.revokeOtherSessions(policy.requireViewer(request.viewer), evidenceOf(request)),
    }),
  );

  app.get(
    '/me/access-log',
    {
      schema: {
        tags,
        security: signedIn,
        summary: 'Historique des accès à mon compte (connexions, échecs, changements)',
        response: { 200: z.object({ events: z.array(accessEvent) }), 401: errorBody },
      },
    },
    async (request) => {
      const events = await security.listAccessEvents(policy.requireViewer(request.viewer));
      return { events: events.map(presentAccessEvent) };
    },
  );
}
