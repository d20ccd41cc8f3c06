import { z } from 'zod';
import { clearSessionCookie, setSessionCookie } from '../../platform/auth/authentication.ts';
import { policy } from '../../platform/auth/policy.ts';
import { errorBody } from '../../platform/http/error-handler.ts';
import { evidenceOf } from '../../platform/http/evidence.ts';
import type { AppContext, RouteApp } from '../../platform/http/types.ts';
import { me } from '../me/me.schema.ts';
import { MeService } from '../me/me.service.ts';
import { loginBody } from './auth.schema.ts';
import { AuthService } from './auth.service.ts';

export function authRoutes(app: RouteApp, { db, config, outbox }: AppContext): void {
  const auth = new AuthService({ db, sessionSecret: config.sessionSecret, outbox, config });
  const profiles = new MeService(db);

  app.post(
    '/auth/login',
    {
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        tags: ['Connexion'],
        summary: 'Se connecter avec son identifiant (ou email) et son mot de passe',
        description:
          'Ouvre une session (cookie httpOnly). Toute erreur répond INVALID_CREDENTIALS, sans dire si le compte existe.',
        body: loginBody,
        response: { 200: me, 400: errorBody, 401: errorBody, 429: errorBody },
      },
    },
    async (request, reply) => {
      const session = await auth.logIn({ ...request.body, ...evidenceOf(request) });
      setSessionCookie(reply, config, session.token, session.persistent ? session.expiresAt : undefined);
      return profiles.describeAccount(session.accountId);
    },
  );

  app.post(
    '/auth/logout',
    {
      schema: {
        tags: ['Connexion'],
        summary: 'Se déconnecter (la session est révoquée côté serveur)',
        response: { 204: z.undefined(), 401: errorBody },
      },
    },
    async (request, reply) => {
      const viewer = policy.requireViewer(request.viewer);
      await auth.logOut(viewer, evidenceOf(request));
      clearSessionCookie(reply, config);
      return reply.status(204).send();
    },
  );
}
