import { policy } from '../../platform/auth/policy.ts';
import { errorBody } from '../../platform/http/error-handler.ts';
import { evidenceOf } from '../../platform/http/evidence.ts';
import type { AppContext, RouteApp } from '../../platform/http/types.ts';
import {
  accountQuery,
  callBody,
  callCounts,
  callParams,
  monthQuery,
  receiptCounts,
  staffRentCall,
  staffRentCalls,
  tenantRentMonths,
} from './rent.schema.ts';
import { RentService } from './rent.service.ts';

/** Rent calls (avis d'échéance), quittances and receipts: the agency's side and the tenant's. */
export function rentRoutes(app: RouteApp, { db, storage }: AppContext): void {
  const service = new RentService({ db, storage });
  const tags = ['Gérance : loyers'];
  const security = [{ session: [] }];
  const readErrors = { 400: errorBody, 401: errorBody, 404: errorBody };

  app.post(
    '/staff/rent-calls',
    {
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        tags,
        security,
        summary: 'Appeler les loyers d’un mois : un avis d’échéance par bail en cours, une seule fois',
        description:
          'Pour chaque bail de l’agence en cours le premier jour du mois et pas encore appelé : l’écriture au journal LO, ' +
          'l’avis d’échéance publié à chaque locataire et sa notification. Une seconde demande n’appelle rien de plus.',
        body: callBody,
        response: { 200: callCounts, ...readErrors, 429: errorBody },
      },
    },
    async (request) => service.call(policy.requireStaff(request.viewer), request.body.month, evidenceOf(request)),
  );

  app.get(
    '/staff/rent-calls',
    {
      schema: {
        tags,
        security,
        summary: 'Les loyers appelés d’un mois, avec ce qui en est réglé',
        querystring: monthQuery,
        response: { 200: staffRentCalls, ...readErrors },
      },
    },
    async (request) => service.list(policy.requireStaff(request.viewer), request.query.month),
  );

  app.get(
    '/staff/rent-calls/:id',
    {
      schema: {
        tags,
        security,
        summary: 'Un loyer appelé, avec ce qui en est réglé',
        params: callParams,
        response: { 200: staffRentCall, ...readErrors },
      },
    },
    async (request) => service.detail(policy.requireStaff(request.viewer), request.params.id),
  );

  app.post(
    '/staff/rent-receipts/run',
    {
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        tags,
        security,
        summary: 'Délivrer les quittances et reçus dus aux locataires de l’agence',
        description:
          'Les paiements soldent les mois les plus anciens d’abord : un mois payé en entier reçoit une quittance, un ' +
          'paiement partiel un reçu. Ce qui a déjà été délivré ne l’est pas deux fois.',
        response: { 200: receiptCounts, ...readErrors, 429: errorBody },
      },
    },
    async (request) => service.runReceipts(policy.requireStaff(request.viewer)),
  );

  app.get(
    '/rent/months',
    {
      schema: {
        tags: ['Finances'],
        security,
        summary: 'Avis d’échéance et quittances d’un compte locataire, mois par mois',
        querystring: accountQuery,
        response: { 200: tenantRentMonths, ...readErrors },
      },
    },
    async (request) => service.tenantMonths(policy.requireClient(request.viewer), request.query.account),
  );
}
