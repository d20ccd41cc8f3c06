import { policy } from '../../platform/auth/policy.ts';
import { errorBody } from '../../platform/http/error-handler.ts';
import { evidenceOf } from '../../platform/http/evidence.ts';
import type { AppContext, RouteApp } from '../../platform/http/types.ts';
import {
  contactAnswerBody,
  contactRequestBody,
  contactRequestParams,
  contactRequestReceipt,
  openContactRequestCount,
  staffContactRequest,
  staffContactRequestList,
  staffContactRequestQuery,
} from './contact-requests.schema.ts';
import { ContactRequestsService } from './contact-requests.service.ts';

export function contactRequestRoutes(app: RouteApp, { db, outbox, config }: AppContext): void {
  const service = new ContactRequestsService({ db, outbox, config });
  const security = [{ session: [] }];
  const staffTags = ['Agence : demandes de contact'];

  app.post(
    '/contact-requests',
    {
      // Each request emails a manager: a handful per minute is plenty for a person, and stops a flood.
      config: { rateLimit: { max: 5, timeWindow: '1 minute' } },
      schema: {
        tags: ['Espace client'],
        security,
        summary: 'Une question ? Contacter un conseiller',
        description:
          'La demande est enregistrée et envoyée par email au gestionnaire du bien (sinon de l’agence) ; un accusé de réception est envoyé au client s’il a une adresse email.',
        body: contactRequestBody,
        response: { 201: contactRequestReceipt, 400: errorBody, 401: errorBody, 404: errorBody, 422: errorBody, 429: errorBody },
      },
    },
    async (request, reply) => {
      const receipt = await service.submit(policy.requireClient(request.viewer), request.body);
      return reply.status(201).send(receipt);
    },
  );

  app.get(
    '/staff/contact-requests',
    {
      schema: {
        tags: staffTags,
        security,
        summary: "Les demandes de contact des clients de l'agence (en attente : les plus anciennes d'abord)",
        querystring: staffContactRequestQuery,
        response: { 200: staffContactRequestList, 400: errorBody, 401: errorBody, 404: errorBody },
      },
    },
    async (request) => service.list(policy.requireStaff(request.viewer), request.query.status),
  );

  app.get(
    '/staff/contact-requests/count',
    {
      schema: {
        tags: staffTags,
        security,
        summary: 'Nombre de demandes de contact en attente de réponse (pastille du menu)',
        response: { 200: openContactRequestCount, 401: errorBody, 404: errorBody },
      },
    },
    async (request) => service.countOpen(policy.requireStaff(request.viewer)),
  );

  app.post(
    '/staff/contact-requests/:requestId/answer',
    {
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags: staffTags,
        security,
        summary: 'Répondre à une demande de contact',
        description: 'La réponse est envoyée au client par email (s’il en a une) et apparaît dans ses notifications.',
        params: contactRequestParams,
        body: contactAnswerBody,
        response: { 200: staffContactRequest, 400: errorBody, 401: errorBody, 404: errorBody, 409: errorBody, 429: errorBody },
      },
    },
    async (request) =>
      service.answer(policy.requireStaff(request.viewer), request.params.requestId, request.body.answer, evidenceOf(request)),
  );
}
