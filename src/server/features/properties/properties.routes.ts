import { policy } from '../../platform/auth/policy.ts';
import { errorBody } from '../../platform/http/error-handler.ts';
import type { AppContext, RouteApp } from '../../platform/http/types.ts';
import { lotDetail, lotParams, propertiesOverview, unitDetail, unitParams } from './properties.schema.ts';
import { PropertiesService } from './properties.service.ts';

export function propertiesRoutes(app: RouteApp, { db }: AppContext): void {
  const properties = new PropertiesService(db);
  const tags = ['Biens'];
  const signedIn = [{ session: [] }];

  app.get(
    '/properties',
    {
      schema: {
        tags,
        security: signedIn,
        summary: 'Mes biens : lots en copropriété, biens confiés en gérance, logement loué',
        response: { 200: propertiesOverview, 401: errorBody, 404: errorBody },
      },
    },
    async (request) => properties.overview(policy.requireClient(request.viewer)),
  );

  app.get(
    '/properties/lots/:lotId',
    {
      schema: {
        tags,
        security: signedIn,
        summary: 'Détail d’un lot détenu : résumé, tantièmes, gestionnaire, conseil syndical',
        params: lotParams,
        response: { 200: lotDetail, 400: errorBody, 401: errorBody, 404: errorBody },
      },
    },
    async (request) => properties.lotDetail(policy.requireClient(request.viewer), request.params.lotId),
  );

  app.get(
    '/properties/units/:unitId',
    {
      schema: {
        tags,
        security: signedIn,
        summary: 'Détail d’un bien en gérance ou loué : résumé, bail en cours, gestionnaire',
        params: unitParams,
        response: { 200: unitDetail, 400: errorBody, 401: errorBody, 404: errorBody },
      },
    },
    async (request) => properties.unitDetail(policy.requireClient(request.viewer), request.params.unitId),
  );
}
