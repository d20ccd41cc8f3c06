import { policy } from '../../platform/auth/policy.ts';
import { errorBody } from '../../platform/http/error-handler.ts';
import { evidenceOf } from '../../platform/http/evidence.ts';
import type { AppContext, RouteApp } from '../../platform/http/types.ts';
import { issueInput, issueResult, landlordStatementList, staffStatementList } from './landlord-statements.schema.ts';
import { LandlordStatementsService } from './landlord-statements.service.ts';

/** Comptes rendus de gérance: issued by the rental agency, read by each landlord. */
export function landlordStatementsRoutes(app: RouteApp, { db, storage }: AppContext): void {
  const service = new LandlordStatementsService({ db, storage });
  const security = [{ session: [] }];
  const readErrors = { 401: errorBody, 404: errorBody };

  app.get(
    '/staff/landlord-statements',
    {
      schema: {
        tags: ['Agence : gérance locative'],
        security,
        summary: 'Les comptes rendus de gérance émis par l’agence : période, propriétaire, montants et PDF',
        response: { 200: staffStatementList, ...readErrors },
      },
    },
    async (request) => service.list(policy.requireStaff(request.viewer)),
  );

  app.post(
    '/staff/landlord-statements',
    {
      config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
      schema: {
        tags: ['Agence : gérance locative'],
        security,
        summary: 'Émettre les comptes rendus de gérance d’une période pour chaque mandat de l’agence',
        description:
          'Honoraires (OD : débit 4671, crédit 706 et 44571) et virement (BQ : débit 4671, crédit 512) passés, PDF publié au propriétaire, notification. Une période déjà émise répond 200 avec les comptes rendus existants ; une période qui en chevauche une autre, ou la précède, répond 409.',
        body: issueInput,
        response: {
          200: issueResult,
          201: issueResult,
          400: errorBody,
          ...readErrors,
          409: errorBody,
          422: errorBody,
          429: errorBody,
        },
      },
    },
    async (request, reply) => {
      const result = await service.issue(policy.requireStaff(request.viewer), request.body, evidenceOf(request));
      return reply.code(result.createdCount > 0 ? 201 : 200).send(result);
    },
  );

  app.get(
    '/landlord-statements',
    {
      schema: {
        tags: ['Propriétaire : gérance'],
        security,
        summary: 'Mes comptes rendus de gérance, du plus récent au plus ancien, avec leur PDF',
        response: { 200: landlordStatementList, ...readErrors },
      },
    },
    async (request) => service.mine(policy.requireClient(request.viewer)),
  );
}
