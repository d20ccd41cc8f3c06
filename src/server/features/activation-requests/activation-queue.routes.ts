import contentDisposition from 'content-disposition';
import { z } from 'zod';
import { policy } from '../../platform/auth/policy.ts';
import { errorBody } from '../../platform/http/error-handler.ts';
import { evidenceOf } from '../../platform/http/evidence.ts';
import type { AppContext, RouteApp } from '../../platform/http/types.ts';
import { ActivationQueueService } from './activation-queue.service.ts';
import { presentDetail, presentQueueItem } from './activation-requests.presenter.ts';
import {
  activationRequestDetail,
  approveBody,
  candidate,
  candidatesQuery,
  fileParams,
  queueItem,
  queueQuery,
  rejectBody,
  requestParams,
} from './activation-requests.schema.ts';

/** Who asked, from where: the facts every audit event of this feature records. */

/** The agency's queue of activation requests: staff only, their own agency only. */
export function activationQueueRoutes(app: RouteApp, context: AppContext): void {
  const queue = new ActivationQueueService(context);
  const tags = ["Demandes d'accès (agence)"];
  const security = [{ session: [] }];
  const base = '/staff/activation-requests';

  app.get(
    base,
    {
      schema: {
        tags,
        security,
        summary: "Les demandes d'accès de mon agence (en attente : les plus anciennes d'abord)",
        querystring: queueQuery,
        response: { 200: z.object({ requests: z.array(queueItem) }), 400: errorBody, 401: errorBody, 404: errorBody },
      },
    },
    async (request) => {
      const viewer = policy.requireStaff(request.viewer);
      const now = new Date();
      const rows = await queue.list(viewer, request.query.status);
      return { requests: rows.map((row) => presentQueueItem(row, now)) };
    },
  );

  app.get(
    `${base}/count`,
    {
      schema: {
        tags,
        security,
        summary: "Nombre de demandes d'accès en attente (pastille du menu)",
        response: { 200: z.object({ pending: z.number().int() }), 401: errorBody, 404: errorBody },
      },
    },
    async (request) => ({ pending: await queue.countPending(policy.requireStaff(request.viewer)) }),
  );

  app.get(
    `${base}/:requestId`,
    {
      schema: {
        tags,
        security,
        summary: "Une demande d'accès et ses justificatifs",
        params: requestParams,
        response: { 200: activationRequestDetail, 400: errorBody, 401: errorBody, 404: errorBody },
      },
    },
    async (request) => {
      const viewer = policy.requireStaff(request.viewer);
      return presentDetail(await queue.detail(viewer, request.params.requestId), new Date());
    },
  );

  app.get(
    `${base}/:requestId/files/:fileId`,
    {
      schema: {
        tags,
        security,
        summary: 'Afficher un justificatif (PDF, JPEG ou PNG, avec son type détecté au dépôt)',
        params: fileParams,
        response: {
          200: z
            .unknown()
            .meta({ description: 'Le fichier, servi avec son type détecté (application/pdf, image/jpeg ou image/png)' }),
          400: errorBody,
          401: errorBody,
          404: errorBody,
        },
      },
      // Shown inside the request page (PDF in a frame): framing by the portal itself is allowed, nothing
      // else; the file may not run or load anything.
      helmet: {
        contentSecurityPolicy: {
          directives: {
            defaultSrc: ["'none'"],
            imgSrc: ["'self'"],
            objectSrc: ["'self'"],
            styleSrc: ["'unsafe-inline'"],
            frameAncestors: ["'self'"],
          },
        },
      },
    },
    async (request, reply) => {
      const viewer = policy.requireStaff(request.viewer);
      const { requestId, fileId } = request.params;
      const { file, body } = await queue.openProof(viewer, requestId, fileId, evidenceOf(request));
      return reply
        .header('content-type', file.contentType)
        .header('content-length', String(file.sizeBytes))
        .header('content-disposition', contentDisposition(file.originalName, { type: 'inline' }))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(body);
    },
  );

  app.get(
    `${base}/:requestId/candidates`,
    {
      schema: {
        tags,
        security,
        summary: "Clients de l'agence qui pourraient être le demandeur (nom, identifiant ou numéro de lot)",
        params: requestParams,
        querystring: candidatesQuery,
        response: { 200: z.object({ candidates: z.array(candidate) }), 400: errorBody, 401: errorBody, 404: errorBody },
      },
    },
    async (request) => {
      const viewer = policy.requireStaff(request.viewer);
      return { candidates: await queue.candidates(viewer, request.params.requestId, request.query.query) };
    },
  );

  app.post(
    `${base}/:requestId/approve`,
    {
      schema: {
        tags,
        security,
        summary: "Valider la demande : ouvrir l'accès du client choisi et lui envoyer le lien de première connexion",
        params: requestParams,
        body: approveBody,
        response: { 200: activationRequestDetail, 400: errorBody, 401: errorBody, 404: errorBody, 409: errorBody },
      },
    },
    async (request) => {
      const viewer = policy.requireStaff(request.viewer);
      const detail = await queue.approve(viewer, request.params.requestId, request.body.personId, evidenceOf(request));
      return presentDetail(detail, new Date());
    },
  );

  app.post(
    `${base}/:requestId/reject`,
    {
      schema: {
        tags,
        security,
        summary: 'Refuser la demande, avec un motif envoyé au demandeur',
        params: requestParams,
        body: rejectBody,
        response: { 200: activationRequestDetail, 400: errorBody, 401: errorBody, 404: errorBody, 409: errorBody },
      },
    },
    async (request) => {
      const viewer = policy.requireStaff(request.viewer);
      const detail = await queue.reject(viewer, request.params.requestId, request.body.reason, evidenceOf(request));
      return presentDetail(detail, new Date());
    },
  );
}
