import type { Quarter } from '../../../domain/funds-call.ts';
import { policy } from '../../platform/auth/policy.ts';
import { errorBody } from '../../platform/http/error-handler.ts';
import { evidenceOf } from '../../platform/http/evidence.ts';
import type { AppContext, RouteApp } from '../../platform/http/types.ts';
import { NoticeRenderer } from './funds-call-notices.ts';
import {
  budgetInput,
  budgetParams,
  budgetView,
  condominiumParams,
  fundsCallDetail,
  fundsCallList,
  fundsCallParams,
  issueInput,
} from './funds-calls.schema.ts';
import { FundsCallsService } from './funds-calls.service.ts';

/** The agency's budgets and quarterly calls for funds of its condominiums. */
export function fundsCallsRoutes(app: RouteApp, { db, storage }: AppContext): void {
  const service = new FundsCallsService({ db, storage });
  const notices = new NoticeRenderer({
    db,
    storage,
    onError: (error) => app.log.error({ err: error }, "la préparation des PDF d'appels de fonds a échoué"),
  });
  // Closing the app (shutdown, end of a test) lets the batch in progress finish rather than cutting it.
  app.addHook('onClose', async () => notices.stop());
  const tags = ['Agence : budgets et appels de fonds'];
  const security = [{ session: [] }];
  const readErrors = { 400: errorBody, 401: errorBody, 404: errorBody };

  app.get(
    '/staff/condominiums/:condominiumId/budgets/:year',
    {
      schema: {
        tags,
        security,
        summary: 'Le budget prévisionnel voté d’un exercice, par clé de répartition, et le fonds de travaux',
        params: budgetParams,
        response: { 200: budgetView, ...readErrors },
      },
    },
    async (request) => service.budget(policy.requireStaff(request.viewer), request.params.condominiumId, request.params.year),
  );

  app.put(
    '/staff/condominiums/:condominiumId/budgets/:year',
    {
      schema: {
        tags,
        security,
        summary: 'Saisir ou corriger le budget d’un exercice (refusé dès qu’un trimestre est appelé)',
        description: 'Le fonds de travaux doit représenter au moins 5 % du budget (art. 14-2-1).',
        params: budgetParams,
        body: budgetInput,
        response: { 200: budgetView, ...readErrors, 409: errorBody },
      },
    },
    async (request) =>
      service.saveBudget(
        policy.requireStaff(request.viewer),
        request.params.condominiumId,
        request.params.year,
        request.body,
        evidenceOf(request),
      ),
  );

  app.get(
    '/staff/condominiums/:condominiumId/funds-calls',
    {
      schema: {
        tags,
        security,
        summary: 'Les trimestres appelés, avec leur total et le nombre de copropriétaires',
        params: condominiumParams,
        response: { 200: fundsCallList, ...readErrors },
      },
    },
    async (request) => service.list(policy.requireStaff(request.viewer), request.params.condominiumId),
  );

  app.post(
    '/staff/condominiums/:condominiumId/funds-calls',
    {
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        tags,
        security,
        summary: 'Émettre les appels de fonds d’un trimestre : écritures et un appel par copropriétaire',
        description:
          'Un trimestre ne s’émet qu’une fois : la seconde demande répond 409 FUNDS_CALL_ALREADY_ISSUED. Les PDF sont ' +
          'préparés ensuite en arrière-plan (`pdfPendingCount`) ; chaque copropriétaire est notifié quand le sien est publié.',
        params: condominiumParams,
        body: issueInput,
        response: { 201: fundsCallDetail, ...readErrors, 409: errorBody, 422: errorBody, 429: errorBody },
      },
    },
    async (request, reply) => {
      const detail = await service.issue(
        policy.requireStaff(request.viewer),
        request.params.condominiumId,
        request.body.year,
        request.body.quarter as Quarter,
        evidenceOf(request),
      );
      notices.kick();
      return reply.code(201).send(detail);
    },
  );

  app.get(
    '/staff/condominiums/:condominiumId/funds-calls/:fundsCallId',
    {
      schema: {
        tags,
        security,
        summary: 'Un trimestre appelé : le montant de chaque copropriétaire et son appel en PDF',
        params: fundsCallParams,
        response: { 200: fundsCallDetail, ...readErrors },
      },
    },
    async (request) =>
      service.detail(policy.requireStaff(request.viewer), request.params.condominiumId, request.params.fundsCallId),
  );
}
