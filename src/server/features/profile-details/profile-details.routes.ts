import { policy } from '../../platform/auth/policy.ts';
import { errorBody } from '../../platform/http/error-handler.ts';
import { evidenceOf } from '../../platform/http/evidence.ts';
import type { AppContext, RouteApp } from '../../platform/http/types.ts';
import { detailChanges, detailsPatch, personParams, profileDetails } from './profile-details.schema.ts';
import { ProfileDetailsService } from './profile-details.service.ts';

/** "Mes coordonnées" on the profile, and their history for the agency's staff. */
export function profileDetailsRoutes(app: RouteApp, { db, outbox, config }: AppContext): void {
  const service = new ProfileDetailsService({ db, outbox, config });
  const tags = ['Profil : coordonnées'];
  const security = [{ session: [] }];

  app.get(
    '/me/details',
    {
      schema: {
        tags,
        security,
        summary: 'Mes coordonnées : téléphones, adresse, préférence de contact, partage avec le conseil syndical',
        response: { 200: profileDetails, 401: errorBody, 404: errorBody },
      },
    },
    async (request) => service.describe(policy.requireClient(request.viewer)),
  );

  app.patch(
    '/me/details',
    {
      // The password may be checked here: the same limit as the other routes that check it.
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        tags,
        security,
        summary: 'Modifier mes coordonnées (seuls les champs envoyés changent ; chaque changement est historisé)',
        description:
          'Numéros français uniquement, enregistrés sous la forme « 06 12 34 56 78 » ; le mobile doit être un 06 ou 07 et son changement demande le mot de passe actuel (currentPassword). Un texte vide efface un numéro. L’adresse email se change par POST /api/me/email (confirmée depuis la nouvelle boîte).',
        body: detailsPatch,
        response: { 200: profileDetails, 400: errorBody, 401: errorBody, 404: errorBody, 409: errorBody, 429: errorBody },
      },
    },
    async (request) => service.update(policy.requireClient(request.viewer), request.body, evidenceOf(request)),
  );

  app.get(
    '/staff/clients/:personId/detail-changes',
    {
      schema: {
        tags: ['Agence : accès des clients'],
        security,
        summary: 'Historique des modifications des coordonnées d’un client de l’agence',
        params: personParams,
        response: { 200: detailChanges, 400: errorBody, 401: errorBody, 404: errorBody },
      },
    },
    async (request) => service.history(policy.requireStaff(request.viewer), request.params.personId),
  );
}
