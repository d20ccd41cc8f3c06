import { z } from 'zod';
import { AppError } from '../../platform/errors.ts';
import { errorBody } from '../../platform/http/error-handler.ts';
import type { AppContext, RouteApp } from '../../platform/http/types.ts';
import { pingDatabase } from './health.repository.ts';

const health = z.object({ status: z.literal('ok'), database: z.literal('ok') }).meta({ id: 'Health' });
const settings = z
  .object({
    demoMode: z
      .boolean()
      .meta({ description: 'Vrai quand les emails et SMS sont conservés dans la boîte de réception de démonstration' }),
    publicUrl: z.string(),
  })
  .meta({ id: 'PublicSettings' });

export function healthRoutes(app: RouteApp, { db, config }: AppContext): void {
  app.get(
    '/health',
    {
      schema: {
        tags: ['Système'],
        summary: 'État du service (base de données joignable)',
        response: { 200: health, 503: errorBody },
      },
    },
    async (request) => {
      try {
        await pingDatabase(db);
      } catch (error) {
        request.log.warn({ err: error }, 'database unreachable');
        throw new AppError('SERVICE_UNAVAILABLE', 'La base de données est injoignable.');
      }
      return { status: 'ok' as const, database: 'ok' as const };
    },
  );

  app.get(
    '/settings',
    {
      schema: {
        tags: ['Système'],
        summary: "Réglages publics du portail, lus par l'application web",
        response: { 200: settings },
      },
    },
    async () => ({ demoMode: config.demoMode, publicUrl: config.publicUrl }),
  );
}
