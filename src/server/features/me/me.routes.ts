import { policy } from '../../platform/auth/policy.ts';
import { errorBody } from '../../platform/http/error-handler.ts';
import type { AppContext, RouteApp } from '../../platform/http/types.ts';
import { me } from './me.schema.ts';
import { MeService } from './me.service.ts';

export function meRoutes(app: RouteApp, { db }: AppContext): void {
  const service = new MeService(db);
  app.get(
    '/me',
    {
      schema: {
        tags: ['Espace client'],
        summary: 'Mes informations : identité, rôles et agences',
        security: [{ session: [] }],
        response: { 200: me, 401: errorBody },
      },
    },
    async (request) => service.describe(policy.requireViewer(request.viewer)),
  );
}
