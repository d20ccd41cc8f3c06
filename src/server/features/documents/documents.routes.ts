import { policy } from '../../platform/auth/policy.ts';
import { errorBody } from '../../platform/http/error-handler.ts';
import { evidenceOf } from '../../platform/http/evidence.ts';
import type { AppContext, RouteApp } from '../../platform/http/types.ts';
import { fileSecurityHeaders, sendFile } from './documents.presenter.ts';
import {
  documentItem,
  documentList,
  documentListQuery,
  documentParams,
  documentSummary,
  fileQuery,
  fileResponse,
} from './documents.schema.ts';
import { DocumentsService } from './documents.service.ts';
import { staffDocumentRoutes } from './staff-documents.routes.ts';

/** A person's documents (co-owner, landlord, tenant, council member); the agency's side in `staff-documents.routes.ts`. */
export function documentRoutes(app: RouteApp, context: AppContext): void {
  const service = new DocumentsService(context);
  const tags = ['Documents'];
  const security = [{ session: [] }];

  app.get(
    '/documents',
    {
      schema: {
        tags,
        security,
        summary: 'Mes documents : filtres par dossier, année, type, bien ; recherche dans le texte des PDF',
        description:
          "Ouvrir la liste sans filtre (pagination exceptée) compte comme une visite : sont « nouveaux » les documents publiés depuis la visite précédente (une visite commence après 30 minutes d'absence ; à la première, les 30 derniers jours). Un lotId ou unitId qui n'est pas un bien de la personne répond 404.",
        querystring: documentListQuery,
        response: { 200: documentList, 400: errorBody, 401: errorBody, 404: errorBody },
      },
    },
    async (request) => service.list(policy.requireClient(request.viewer), request.query, evidenceOf(request)),
  );

  app.get(
    '/documents/summary',
    {
      schema: {
        tags,
        security,
        summary: "Nombre de documents nouveaux depuis la dernière visite (page d'accueil)",
        response: { 200: documentSummary, 401: errorBody, 404: errorBody },
      },
    },
    async (request) => service.summary(policy.requireClient(request.viewer)),
  );

  app.get(
    '/documents/:id',
    {
      schema: {
        tags,
        security,
        summary: 'Un document',
        description: "404 pour tout document qui n'est pas destiné à la personne (la tentative est journalisée).",
        params: documentParams,
        response: { 200: documentItem, 401: errorBody, 404: errorBody },
      },
    },
    async (request) => service.detail(policy.requireClient(request.viewer), request.params.id, evidenceOf(request)),
  );

  app.get(
    '/documents/:id/file',
    {
      schema: {
        tags,
        security,
        summary: 'Télécharger ou afficher un document (version en cours)',
        description:
          'Chaque téléchargement et chaque aperçu est enregistré. 404 pour tout document qui n’est pas destiné à la personne (la tentative est journalisée).',
        params: documentParams,
        querystring: fileQuery,
        response: { 200: fileResponse, 400: errorBody, 401: errorBody, 404: errorBody },
      },
      helmet: fileSecurityHeaders,
      // No automatic HEAD route: every answer with the file is recorded as a download.
      exposeHeadRoute: false,
    },
    async (request, reply) => {
      const viewer = policy.requireClient(request.viewer);
      const { disposition } = request.query;
      const file = await service.openFile(viewer, request.params.id, disposition, evidenceOf(request));
      return sendFile(reply, file, disposition);
    },
  );

  staffDocumentRoutes(app, context);
}
