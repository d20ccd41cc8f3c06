import type { FastifyRouteSchemaDef, FastifyValidationResult } from 'fastify/types/schema.js';
import { validatorCompiler } from 'fastify-type-provider-zod';
import { policy } from '../../platform/auth/policy.ts';
import { errorBody } from '../../platform/http/error-handler.ts';
import { evidenceOf } from '../../platform/http/evidence.ts';
import type { AppContext, RouteApp } from '../../platform/http/types.ts';
import { fileSecurityHeaders, sendFile } from './documents.presenter.ts';
import { fileQuery, fileResponse } from './documents.schema.ts';
import { readDocumentForm } from './documents.uploads.ts';
import {
  publishedDocuments,
  publishForm,
  publishingTargets,
  staffDocumentDetail,
  staffDocumentList,
  staffDocumentListQuery,
  staffDocumentParams,
  staffVersionParams,
  targetsQuery,
  versionForm,
  withdrawBody,
} from './staff-documents.schema.ts';
import { StaffDocumentsService } from './staff-documents.service.ts';

/** The agency's documents: publish (one or many files), replace a version, withdraw, see who read what. */
export function staffDocumentRoutes(app: RouteApp, context: AppContext): void {
  const service = new StaffDocumentsService(context);
  const tags = ['Agence : documents'];
  const security = [{ session: [] }];
  const base = '/staff/documents';

  app.get(
    base,
    {
      schema: {
        tags,
        security,
        summary: "Les documents publiés par l'agence (les plus récents d'abord)",
        querystring: staffDocumentListQuery,
        response: { 200: staffDocumentList, 400: errorBody, 401: errorBody, 404: errorBody },
      },
    },
    async (request) => service.list(policy.requireStaff(request.viewer), request.query),
  );

  app.get(
    `${base}/targets`,
    {
      schema: {
        tags,
        security,
        summary:
          "Les destinataires possibles d'une publication : copropriétés de l'agence, pour l'une d'elles ses bâtiments et lots, pour un client ses biens en gestion",
        description: 'Les personnes se cherchent avec GET /api/staff/clients.',
        querystring: targetsQuery,
        response: { 200: publishingTargets, 400: errorBody, 401: errorBody, 404: errorBody },
      },
    },
    async (request) => service.targets(policy.requireStaff(request.viewer), request.query),
  );

  app.post(
    base,
    {
      schema: {
        tags,
        security,
        summary: 'Publier un ou plusieurs documents (un document par fichier)',
        description:
          "Formulaire multipart : dossier, type, année, portée et sa cible, puis un ou plusieurs fichiers `files` (PDF, JPEG ou PNG vérifiés d'après leur contenu, 25 Mo au plus chacun, 50 au plus). Tout ou rien. Les personnes concernées reçoivent une notification (une par personne pour l'envoi) sauf notify=false.",
        consumes: ['multipart/form-data'],
        body: publishForm,
        response: {
          201: publishedDocuments,
          400: errorBody,
          401: errorBody,
          404: errorBody,
          413: errorBody,
          415: errorBody,
          422: errorBody,
        },
      },
      validatorCompiler: readBodyInHandler,
    },
    async (request, reply) => {
      const viewer = policy.requireStaff(request.viewer);
      const form = await readDocumentForm(request, context.storage, ['files']);
      return reply.status(201).send(await service.publish(viewer, form, evidenceOf(request)));
    },
  );

  app.get(
    `${base}/:id`,
    {
      schema: {
        tags,
        security,
        summary: 'Un document : ses versions et ses derniers téléchargements',
        params: staffDocumentParams,
        response: { 200: staffDocumentDetail, 400: errorBody, 401: errorBody, 404: errorBody },
      },
    },
    async (request) => service.detail(policy.requireStaff(request.viewer), request.params.id),
  );

  app.post(
    `${base}/:id/versions`,
    {
      schema: {
        tags,
        security,
        summary: 'Remplacer le fichier par une nouvelle version (les précédentes restent dans l’historique)',
        description: 'Formulaire multipart : `file`, `note` facultative, `notify=true` pour prévenir à nouveau.',
        consumes: ['multipart/form-data'],
        params: staffDocumentParams,
        body: versionForm,
        response: {
          200: staffDocumentDetail,
          400: errorBody,
          401: errorBody,
          404: errorBody,
          409: errorBody,
          413: errorBody,
          415: errorBody,
          422: errorBody,
        },
      },
      validatorCompiler: readBodyInHandler,
    },
    async (request) => {
      const viewer = policy.requireStaff(request.viewer);
      const form = await readDocumentForm(request, context.storage, ['file']);
      return service.addVersion(viewer, request.params.id, form, evidenceOf(request));
    },
  );

  app.post(
    `${base}/:id/withdraw`,
    {
      schema: {
        tags,
        security,
        summary: 'Retirer un document : plus personne ne le voit, sauf l’agence',
        params: staffDocumentParams,
        body: withdrawBody,
        response: { 200: staffDocumentDetail, 400: errorBody, 401: errorBody, 404: errorBody, 409: errorBody },
      },
    },
    async (request) =>
      service.withdraw(policy.requireStaff(request.viewer), request.params.id, request.body.reason, evidenceOf(request)),
  );

  app.get(
    `${base}/:id/versions/:versionId/file`,
    {
      schema: {
        tags,
        security,
        summary: "N'importe quelle version d'un document (agence)",
        params: staffVersionParams,
        querystring: fileQuery,
        response: { 200: fileResponse, 400: errorBody, 401: errorBody, 404: errorBody },
      },
      helmet: fileSecurityHeaders,
      // No automatic HEAD route: every answer with the file is recorded as a download.
      exposeHeadRoute: false,
    },
    async (request, reply) => {
      const viewer = policy.requireStaff(request.viewer);
      const { id, versionId } = request.params;
      const file = await service.openVersion(viewer, id, versionId);
      return sendFile(reply, file, request.query.disposition);
    },
  );
}

/**
 * Multipart bodies are documented by their schema but read part by part in the handler (files streamed to
 * storage); params and query are validated as everywhere else.
 */
function readBodyInHandler<Schema>(route: FastifyRouteSchemaDef<Schema>): FastifyValidationResult {
  if (route.httpPart === 'body') return (value: unknown) => ({ value });
  return validatorCompiler(route as unknown as Parameters<typeof validatorCompiler>[0]);
}
