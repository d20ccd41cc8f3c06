import type { FastifyRouteSchemaDef, FastifyValidationResult } from 'fastify/types/schema.js';
import { validatorCompiler } from 'fastify-type-provider-zod';
import { policy } from '../../platform/auth/policy.ts';
import { errorBody } from '../../platform/http/error-handler.ts';
import { evidenceOf } from '../../platform/http/evidence.ts';
import type { AppContext, RouteApp } from '../../platform/http/types.ts';
import { readStatementUpload } from './payments.import.ts';
import { RemindersService } from './payments.reminders.ts';
import {
  assignInput,
  bankAccountList,
  bankAccountParams,
  clientAccountList,
  clientAccountsQuery,
  importResult,
  overdueList,
  recordedPayment,
  recordPaymentInput,
  sendRemindersInput,
  sendRemindersResult,
  statementForm,
  transactionList,
  transactionParams,
  transactionsQuery,
  transactionView,
} from './payments.schema.ts';
import { PaymentsService } from './payments.service.ts';

/** Payments received for the agency's clients: by hand, from bank statements, and the reminders of the overdue. */
export function paymentsRoutes(app: RouteApp, context: AppContext): void {
  const service = new PaymentsService(context);
  const reminders = new RemindersService(context);
  const tags = ['Agence : règlements, banque et relances'];
  const security = [{ session: [] }];
  const readErrors = { 400: errorBody, 401: errorBody, 404: errorBody };
  const writeConfig = { rateLimit: { max: 60, timeWindow: '1 minute' } };

  app.post(
    '/staff/payments',
    {
      config: writeConfig,
      schema: {
        tags,
        security,
        summary: 'Enregistrer un règlement reçu (chèque, espèces, virement, carte) sur le compte d’un client',
        description:
          'Écriture « BQ » : débit 512 / crédit 4501 (copropriétaire) ou 411 (locataire du bail). En-tête `Idempotency-Key` facultatif : la même clé enregistre un seul règlement.',
        body: recordPaymentInput,
        response: { 201: recordedPayment, ...readErrors, 422: errorBody },
      },
    },
    async (request, reply) => {
      const key = request.headers['idempotency-key'];
      const idempotencyKey = typeof key === 'string' && key.length > 0 && key.length <= 200 ? key : undefined;
      const payment = await service.recordPayment(
        policy.requireStaff(request.viewer),
        request.body,
        idempotencyKey,
        evidenceOf(request),
      );
      return reply.status(201).send(payment);
    },
  );

  app.get(
    '/staff/bank-accounts',
    {
      schema: {
        tags,
        security,
        summary: 'Les comptes bancaires de l’agence (IBAN masqué) et le nombre d’opérations à rapprocher',
        response: { 200: bankAccountList, 401: errorBody, 404: errorBody },
      },
    },
    async (request) => service.bankAccounts(policy.requireStaff(request.viewer)),
  );

  app.post(
    '/staff/bank-accounts/:id/statements',
    {
      config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
      schema: {
        tags,
        security,
        summary: 'Importer un relevé bancaire (CAMT.053 ou CSV) et rapprocher ses opérations',
        description:
          'Formulaire multipart, champ `file` (5 Mo au plus). Une opération déjà importée ne l’est pas deux fois. Les virements portant une référence client ou de bail, ou le nom d’un client qui doit exactement ce montant, sont affectés ; nos prélèvements sont encaissés et leurs rejets enregistrés ; le reste est à rapprocher.',
        consumes: ['multipart/form-data'],
        params: bankAccountParams,
        body: statementForm,
        response: { 200: importResult, ...readErrors, 413: errorBody, 415: errorBody, 422: errorBody },
      },
      validatorCompiler: readBodyInHandler,
    },
    async (request) => {
      const viewer = policy.requireStaff(request.viewer);
      await service.requireBankAccount(viewer, request.params.id);
      const upload = await readStatementUpload(request);
      return service.importStatement(viewer, request.params.id, upload, evidenceOf(request));
    },
  );

  app.get(
    '/staff/bank-accounts/:id/transactions',
    {
      schema: {
        tags,
        security,
        summary:
          'Les opérations importées d’un compte (les plus récentes d’abord), avec les clients probables des versements à rapprocher',
        params: bankAccountParams,
        querystring: transactionsQuery,
        response: { 200: transactionList, ...readErrors },
      },
    },
    async (request) => service.transactions(policy.requireStaff(request.viewer), request.params.id, request.query.status),
  );

  app.get(
    '/staff/bank-accounts/:id/client-accounts',
    {
      schema: {
        tags,
        security,
        summary: 'Les comptes clients tenus dans la comptabilité de ce compte bancaire, cherchés par nom ou référence',
        params: bankAccountParams,
        querystring: clientAccountsQuery,
        response: { 200: clientAccountList, ...readErrors },
      },
    },
    async (request) => service.clientAccounts(policy.requireStaff(request.viewer), request.params.id, request.query.q),
  );

  app.post(
    '/staff/bank-transactions/:id/assign',
    {
      config: writeConfig,
      schema: {
        tags,
        security,
        summary: 'Affecter un versement à rapprocher au compte d’un client (le règlement est passé)',
        params: transactionParams,
        body: assignInput,
        response: { 200: transactionView, ...readErrors, 409: errorBody, 422: errorBody },
      },
    },
    async (request) => service.assign(policy.requireStaff(request.viewer), request.params.id, request.body, evidenceOf(request)),
  );

  app.post(
    '/staff/bank-transactions/:id/ignore',
    {
      config: writeConfig,
      schema: {
        tags,
        security,
        summary: 'Écarter une opération sans effet sur les comptes clients (remboursement d’un fournisseur, frais déjà passés…)',
        params: transactionParams,
        response: { 200: transactionView, ...readErrors, 409: errorBody },
      },
    },
    async (request) => service.ignore(policy.requireStaff(request.viewer), request.params.id, evidenceOf(request)),
  );

  app.get(
    '/staff/reminders',
    {
      schema: {
        tags,
        security,
        summary: 'Les copropriétaires et locataires en retard de paiement (plus de 15 jours après l’appel impayé le plus ancien)',
        response: { 200: overdueList, 401: errorBody, 404: errorBody },
      },
    },
    async (request) => reminders.list(policy.requireStaff(request.viewer)),
  );

  app.post(
    '/staff/reminders',
    {
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        tags,
        security,
        summary: 'Envoyer les relances choisies (ou toutes) par email',
        description:
          'Une personne relancée il y a moins de 15 jours ne l’est pas à nouveau ; la réponse dit qui a été écarté et pourquoi.',
        body: sendRemindersInput,
        response: { 200: sendRemindersResult, ...readErrors },
      },
    },
    async (request) => reminders.send(policy.requireStaff(request.viewer), request.body, evidenceOf(request)),
  );
}

/** The multipart body is read by the handler itself (`readStatementUpload`), not validated as JSON. */
function readBodyInHandler<Schema>(route: FastifyRouteSchemaDef<Schema>): FastifyValidationResult {
  if (route.httpPart === 'body') return (value: unknown) => ({ value });
  return validatorCompiler(route as unknown as Parameters<typeof validatorCompiler>[0]);
}
