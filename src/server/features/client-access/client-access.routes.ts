import { policy } from '../../platform/auth/policy.ts';
import { errorBody } from '../../platform/http/error-handler.ts';
import { evidenceOf } from '../../platform/http/evidence.ts';
import type { AppContext, RouteApp } from '../../platform/http/types.ts';
import {
  blockBody,
  clientAccess,
  clientList,
  clientSearchQuery,
  emailCorrectionBody,
  personParams,
} from './client-access.schema.ts';
import { ClientAccessService } from './client-access.service.ts';

/** Staff back office: the agency's clients and their access (search, account state, invite, email, suspend). */
export function clientAccessRoutes(app: RouteApp, { db, outbox, config }: AppContext): void {
  const service = new ClientAccessService({ db, outbox, config });
  const tags = ['Agence : accès des clients'];
  const security = [{ session: [] }];
  const actionErrors = { 400: errorBody, 401: errorBody, 404: errorBody, 409: errorBody };

  app.get(
    '/staff/clients',
    {
      schema: {
        tags,
        security,
        summary: "Rechercher les clients de l'agence",
        description:
          'Par nom, prénom, société, identifiant client (O/0 et I/1 confondus) ou numéro de lot, sans tenir compte des accents.',
        querystring: clientSearchQuery,
        response: { 200: clientList, 400: errorBody, 401: errorBody, 404: errorBody },
      },
    },
    async (request) => service.search(policy.requireStaff(request.viewer), request.query.query, request.query.page),
  );

  app.get(
    '/staff/clients/:personId',
    {
      schema: {
        tags,
        security,
        summary: "Fiche d'accès d'un client : identité, rôles, compte, connexions et historique",
        params: personParams,
        response: { 200: clientAccess, 400: errorBody, 401: errorBody, 404: errorBody },
      },
    },
    async (request) => service.describe(policy.requireStaff(request.viewer), request.params.personId),
  );

  app.post(
    '/staff/clients/:personId/invitation',
    {
      config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
      schema: {
        tags,
        security,
        summary: "Inviter le client ou lui renvoyer l'email de première connexion",
        params: personParams,
        response: { 200: clientAccess, ...actionErrors, 422: errorBody, 429: errorBody },
      },
    },
    async (request) => service.invite(policy.requireStaff(request.viewer), request.params.personId, evidenceOf(request)),
  );

  app.put(
    '/staff/clients/:personId/email',
    {
      schema: {
        tags,
        security,
        summary: "Corriger l'adresse email du client (motif obligatoire, historisé)",
        description: "Le client est prévenu à l'ancienne adresse (s'il y en avait une) et à la nouvelle.",
        params: personParams,
        body: emailCorrectionBody,
        response: { 200: clientAccess, ...actionErrors },
      },
    },
    async (request) =>
      service.correctEmail(policy.requireStaff(request.viewer), request.params.personId, request.body, evidenceOf(request)),
  );

  app.post(
    '/staff/clients/:personId/block',
    {
      schema: {
        tags,
        security,
        summary: "Suspendre l'accès du client (motif obligatoire) : ses sessions sont fermées",
        params: personParams,
        body: blockBody,
        response: { 200: clientAccess, ...actionErrors },
      },
    },
    async (request) =>
      service.block(policy.requireStaff(request.viewer), request.params.personId, request.body.reason, evidenceOf(request)),
  );

  app.delete(
    '/staff/clients/:personId/block',
    {
      schema: {
        tags,
        security,
        summary: "Rétablir l'accès suspendu du client",
        params: personParams,
        response: { 200: clientAccess, ...actionErrors },
      },
    },
    async (request) => service.unblock(policy.requireStaff(request.viewer), request.params.personId, evidenceOf(request)),
  );

  app.post(
    '/staff/clients/:personId/unlock',
    {
      schema: {
        tags,
        security,
        summary: 'Lever le verrouillage automatique posé après des échecs de connexion',
        params: personParams,
        response: { 200: clientAccess, ...actionErrors },
      },
    },
    async (request) => service.unlock(policy.requireStaff(request.viewer), request.params.personId, evidenceOf(request)),
  );
}
