import contentDisposition from 'content-disposition';
import { z } from 'zod';
import { policy } from '../../platform/auth/policy.ts';
import { errorBody } from '../../platform/http/error-handler.ts';
import type { AppContext, RouteApp } from '../../platform/http/types.ts';
import { exportQuery, financeOverview, importBody, importResult, statement, statementQuery } from './ledger.schema.ts';
import { LedgerService } from './ledger.service.ts';

export function ledgerRoutes(app: RouteApp, { db }: AppContext): void {
  const ledger = new LedgerService(db);
  const tags = ['Finances'];
  const signedIn = [{ session: [] }];

  app.get(
    '/finance',
    {
      schema: {
        tags,
        security: signedIn,
        summary: 'Situation financière : le solde de chacun de mes comptes (copropriétaire, locataire) et le solde global',
        response: { 200: financeOverview, 401: errorBody, 404: errorBody },
      },
    },
    async (request) => ledger.overview(policy.requireClient(request.viewer)),
  );

  app.get(
    '/finance/statement',
    {
      schema: {
        tags,
        security: signedIn,
        summary: 'Relevé d’un de mes comptes pour une année : écritures, solde courant, pièces',
        description: '404 pour un compte qui n’est pas celui de la personne.',
        querystring: statementQuery,
        response: { 200: statement, 400: errorBody, 401: errorBody, 404: errorBody },
      },
    },
    async (request) => ledger.statement(policy.requireClient(request.viewer), request.query.account, request.query.year),
  );

  app.get(
    '/finance/statement/export',
    {
      schema: {
        tags,
        security: signedIn,
        summary: 'Exporter le relevé d’une année en PDF, CSV (Excel français) ou Excel',
        querystring: exportQuery,
        response: {
          200: z.unknown().meta({ description: 'Le fichier (application/pdf, text/csv ou xlsx)' }),
          400: errorBody,
          401: errorBody,
          404: errorBody,
        },
      },
      exposeHeadRoute: false,
    },
    async (request, reply) => {
      const { account, year, format } = request.query;
      const file = await ledger.export(policy.requireClient(request.viewer), account, year, format);
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', contentDisposition(file.fileName, { type: 'attachment' }))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(file.body);
    },
  );

  app.post(
    '/staff/ledgers/entries',
    {
      schema: {
        tags,
        security: signedIn,
        summary: 'Importer des écritures du logiciel comptable de l’agence dans les comptes d’une copropriété',
        description:
          'Tout ou rien. Une écriture déjà importée (même externalId) est comptée « unchanged ». 422 pour une écriture déséquilibrée (nommée) ou une référence client inconnue ; 404 pour une copropriété d’une autre agence.',
        body: importBody,
        response: { 200: importResult, 400: errorBody, 401: errorBody, 404: errorBody, 422: errorBody },
      },
    },
    async (request) => ledger.importEntries(policy.requireStaff(request.viewer), request.body),
  );
}
