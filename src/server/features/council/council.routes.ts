import contentDisposition from 'content-disposition';
import type { FastifyRouteSchemaDef, FastifyValidationResult } from 'fastify/types/schema.js';
import { validatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { policy } from '../../platform/auth/policy.ts';
import { errorBody } from '../../platform/http/error-handler.ts';
import { evidenceOf } from '../../platform/http/evidence.ts';
import type { AppContext, RouteApp } from '../../platform/http/types.ts';
import { readDocumentForm } from '../documents/documents.uploads.ts';
import {
  condominiumParams,
  councilBankOrders,
  councilBudget,
  councilCondominiumList,
  councilExpenses,
  councilInvoices,
  councilOverview,
  councilTrialBalance,
  exportParams,
  exportQuery,
  invoiceForm,
  invoiceParams,
  paymentInput,
  spendingByMonth,
  supplierInvoiceView,
  trialBalanceQuery,
  yearQuery,
} from './council.schema.ts';
import { CouncilService } from './council.service.ts';
import { CouncilInvoicesService } from './council-invoices.service.ts';

/**
 * The council's space ("Les + du Conseil Syndical", read by the council members and the agency's staff) and
 * the staff's recording of supplier invoices that feeds it.
 */
export function councilRoutes(app: RouteApp, context: AppContext): void {
  const council = new CouncilService(context.db);
  const invoices = new CouncilInvoicesService(context);
  const tags = ['Conseil syndical'];
  const security = [{ session: [] }];
  const readErrors = { 400: errorBody, 401: errorBody, 404: errorBody };
  const base = '/council/condominiums/:condominiumId';
  const forbiddenNote = '404 pour qui ne siège pas au conseil syndical de la copropriété (ou n’est pas de son agence).';

  app.get(
    '/council/condominiums',
    {
      schema: {
        tags,
        security,
        summary: 'Les copropriétés dont je suis membre du conseil syndical (pour l’agence : ses copropriétés)',
        response: { 200: councilCondominiumList, 401: errorBody },
      },
    },
    async (request) => council.list(policy.requireViewer(request.viewer)),
  );

  app.get(
    base,
    {
      schema: {
        tags,
        security,
        summary: 'L’espace du conseil syndical : la copropriété, ses clés de répartition et ses exercices',
        description: forbiddenNote,
        params: condominiumParams,
        response: { 200: councilOverview, ...readErrors },
      },
    },
    async (request) => council.overview(policy.requireViewer(request.viewer), request.params.condominiumId),
  );

  app.get(
    `${base}/budget`,
    {
      schema: {
        tags,
        security,
        summary: 'Budget voté et dépenses réelles par clé et par compte, avec l’exercice précédent',
        description: forbiddenNote,
        params: condominiumParams,
        querystring: yearQuery,
        response: { 200: councilBudget, ...readErrors },
      },
    },
    async (request) => council.budget(policy.requireViewer(request.viewer), request.params.condominiumId, request.query.year),
  );

  app.get(
    `${base}/trial-balance`,
    {
      schema: {
        tags,
        security,
        summary: 'La balance générale du syndicat à une date (comptes copropriétaires totalisés)',
        description: forbiddenNote,
        params: condominiumParams,
        querystring: trialBalanceQuery,
        response: { 200: councilTrialBalance, ...readErrors },
      },
    },
    async (request) =>
      council.trialBalance(policy.requireViewer(request.viewer), request.params.condominiumId, request.query.date),
  );

  app.get(
    `${base}/expenses`,
    {
      schema: {
        tags,
        security,
        summary: 'Le relevé général des dépenses : par compte et par clé, chaque charge et sa facture',
        description: forbiddenNote,
        params: condominiumParams,
        querystring: yearQuery,
        response: { 200: councilExpenses, ...readErrors },
      },
    },
    async (request) => council.expenses(policy.requireViewer(request.viewer), request.params.condominiumId, request.query.year),
  );

  app.get(
    `${base}/bank-orders`,
    {
      schema: {
        tags,
        security,
        summary: 'Les ordres bancaires : les paiements sortis du compte séparé',
        description: forbiddenNote,
        params: condominiumParams,
        querystring: yearQuery,
        response: { 200: councilBankOrders, ...readErrors },
      },
    },
    async (request) => council.bankOrders(policy.requireViewer(request.viewer), request.params.condominiumId, request.query.year),
  );

  app.get(
    `${base}/invoices`,
    {
      schema: {
        tags,
        security,
        summary: 'Les factures des fournisseurs de l’exercice, réglées ou non, avec leur PDF',
        description: forbiddenNote,
        params: condominiumParams,
        querystring: yearQuery,
        response: { 200: councilInvoices, ...readErrors },
      },
    },
    async (request) => council.invoices(policy.requireViewer(request.viewer), request.params.condominiumId, request.query.year),
  );

  app.get(
    `${base}/spending-by-month`,
    {
      schema: {
        tags,
        security,
        summary: 'Les dépenses mois par mois, comparées à l’exercice précédent',
        description: forbiddenNote,
        params: condominiumParams,
        querystring: yearQuery,
        response: { 200: spendingByMonth, ...readErrors },
      },
    },
    async (request) =>
      council.spendingByMonth(policy.requireViewer(request.viewer), request.params.condominiumId, request.query.year),
  );

  app.get(
    `${base}/exports/:report`,
    {
      schema: {
        tags,
        security,
        summary: 'Exporter le budget ou le relevé général des dépenses d’un exercice en PDF ou en Excel',
        description: forbiddenNote,
        params: exportParams,
        querystring: exportQuery,
        response: {
          200: z.unknown().meta({ description: 'Le fichier (application/pdf ou xlsx)' }),
          ...readErrors,
        },
      },
      exposeHeadRoute: false,
    },
    async (request, reply) => {
      const { report, condominiumId } = request.params;
      const file = await council.export(
        policy.requireViewer(request.viewer),
        condominiumId,
        report,
        request.query.format,
        request.query.year,
      );
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', contentDisposition(file.fileName, { type: 'attachment' }))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(file.body);
    },
  );

  app.post(
    '/staff/condominiums/:condominiumId/invoices',
    {
      config: { rateLimit: { max: 60, timeWindow: '1 minute' } },
      schema: {
        tags,
        security,
        summary: 'Enregistrer une facture fournisseur : son PDF pour le conseil syndical et l’écriture d’achat',
        description:
          'Formulaire multipart : supplierName, invoiceNumber, invoiceDate, label, accountCode (6…), allocationKeyId, amountCents et `file` (PDF). Un numéro déjà enregistré pour ce fournisseur : 409 SUPPLIER_INVOICE_DUPLICATE.',
        consumes: ['multipart/form-data'],
        params: condominiumParams,
        body: invoiceForm,
        response: { 201: supplierInvoiceView, ...readErrors, 409: errorBody, 413: errorBody, 415: errorBody, 422: errorBody },
      },
      validatorCompiler: readBodyInHandler,
    },
    async (request, reply) => {
      const viewer = policy.requireStaff(request.viewer);
      const form = await readDocumentForm(request, context.storage, ['file']);
      const invoice = await invoices.record(viewer, request.params.condominiumId, form, evidenceOf(request));
      return reply.status(201).send(invoice);
    },
  );

  app.post(
    '/staff/invoices/:invoiceId/pay',
    {
      schema: {
        tags,
        security,
        summary: 'Marquer une facture réglée : l’ordre bancaire (débit 401, crédit 512)',
        description: 'Une facture déjà réglée : 409 SUPPLIER_INVOICE_ALREADY_PAID.',
        params: invoiceParams,
        body: paymentInput,
        response: { 200: supplierInvoiceView, ...readErrors, 409: errorBody },
      },
    },
    async (request) =>
      invoices.pay(policy.requireStaff(request.viewer), request.params.invoiceId, request.body.paidOn, evidenceOf(request)),
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
