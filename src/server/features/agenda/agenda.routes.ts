import { z } from 'zod';
import { policy } from '../../platform/auth/policy.ts';
import { errorBody } from '../../platform/http/error-handler.ts';
import { evidenceOf } from '../../platform/http/evidence.ts';
import type { AppContext, RouteApp } from '../../platform/http/types.ts';
import {
  agenda,
  eventParams,
  scheduledEventBody,
  staffCondominiums,
  staffEventList,
  staffEventQuery,
  staffScheduledEvent,
} from './agenda.schema.ts';
import { AgendaService } from './agenda.service.ts';

export function agendaRoutes(app: RouteApp, { db }: AppContext): void {
  const service = new AgendaService(db);
  const security = [{ session: [] }];
  const staffTags = ['Agence : agenda des copropriétés'];

  app.get(
    '/agenda',
    {
      schema: {
        tags: ['Espace client'],
        security,
        summary: 'À venir : assemblées, travaux, visites et échéances des 90 prochains jours',
        response: { 200: agenda, 401: errorBody, 404: errorBody },
      },
    },
    async (request) => service.upcoming(policy.requireClient(request.viewer)),
  );

  app.get(
    '/staff/agenda/condominiums',
    {
      schema: {
        tags: staffTags,
        security,
        summary: "Les copropriétés de l'agence et leurs bâtiments (pour annoncer un événement)",
        response: { 200: staffCondominiums, 401: errorBody, 404: errorBody },
      },
    },
    async (request) => service.condominiums(policy.requireStaff(request.viewer)),
  );

  app.get(
    '/staff/scheduled-events',
    {
      schema: {
        tags: staffTags,
        security,
        summary: "Les événements annoncés et pas encore passés, d'une copropriété ou de toute l'agence",
        querystring: staffEventQuery,
        response: { 200: staffEventList, 400: errorBody, 401: errorBody, 404: errorBody },
      },
    },
    async (request) => service.list(policy.requireStaff(request.viewer), request.query.condominiumId),
  );

  app.post(
    '/staff/scheduled-events',
    {
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags: staffTags,
        security,
        summary: 'Annoncer un événement (travaux, assemblée, visite…) à une copropriété ou à un de ses bâtiments',
        body: scheduledEventBody,
        response: { 201: staffScheduledEvent, 400: errorBody, 401: errorBody, 404: errorBody, 429: errorBody },
      },
    },
    async (request, reply) => {
      const event = await service.create(policy.requireStaff(request.viewer), request.body, evidenceOf(request));
      return reply.status(201).send(event);
    },
  );

  app.delete(
    '/staff/scheduled-events/:eventId',
    {
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags: staffTags,
        security,
        summary: 'Retirer un événement annoncé',
        params: eventParams,
        response: { 204: z.undefined(), 400: errorBody, 401: errorBody, 404: errorBody, 429: errorBody },
      },
    },
    async (request, reply) => {
      await service.remove(policy.requireStaff(request.viewer), request.params.eventId, evidenceOf(request));
      return reply.status(204).send();
    },
  );
}
