import { z } from 'zod';
import { setSessionCookie } from '../../platform/auth/authentication.ts';
import { policy } from '../../platform/auth/policy.ts';
import { errorBody } from '../../platform/http/error-handler.ts';
import { evidenceOf } from '../../platform/http/evidence.ts';
import type { AppContext, RouteApp } from '../../platform/http/types.ts';
import { me } from '../me/me.schema.ts';
import { MeService } from '../me/me.service.ts';
import { presentPasskey } from './passkeys.presenter.ts';
import {
  authenticationOptions,
  passkey,
  passkeyParams,
  registrationBody,
  registrationStart,
  renamePasskeyBody,
  signInBody,
} from './passkeys.schema.ts';
import { PasskeyService } from './passkeys.service.ts';

export function passkeyRoutes(app: RouteApp, { db, config }: AppContext): void {
  const passkeys = new PasskeyService({ db, sessionSecret: config.sessionSecret, publicUrl: config.publicUrl });
  const profiles = new MeService(db);
  const tags = ['Clés d’accès'];
  const signedIn = [{ session: [] }];

  app.get(
    '/me/passkeys',
    {
      schema: {
        tags,
        security: signedIn,
        summary: 'Mes clés d’accès (biométrie)',
        response: { 200: z.object({ passkeys: z.array(passkey) }), 401: errorBody },
      },
    },
    async (request) => {
      const keys = await passkeys.list(policy.requireViewer(request.viewer));
      return { passkeys: keys.map(presentPasskey) };
    },
  );

  app.post(
    '/me/passkeys/registration/options',
    {
      config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
      schema: {
        tags,
        security: signedIn,
        summary: 'Préparer l’ajout d’une clé d’accès sur cet appareil',
        description: 'Défi à usage unique, valable 5 minutes, à passer à navigator.credentials.create().',
        response: { 200: registrationStart, 401: errorBody, 429: errorBody },
      },
    },
    async (request) => passkeys.registrationOptions(policy.requireViewer(request.viewer), evidenceOf(request)),
  );

  app.post(
    '/me/passkeys/registration',
    {
      schema: {
        tags,
        security: signedIn,
        summary: 'Enregistrer la clé d’accès créée par l’appareil',
        body: registrationBody,
        response: { 201: passkey, 400: errorBody, 401: errorBody, 409: errorBody },
      },
    },
    async (request, reply) => {
      const viewer = policy.requireViewer(request.viewer);
      const stored = await passkeys.register(viewer, request.body, evidenceOf(request));
      return reply.status(201).send(presentPasskey(stored));
    },
  );

  app.patch(
    '/me/passkeys/:passkeyId',
    {
      schema: {
        tags,
        security: signedIn,
        summary: 'Renommer une clé d’accès',
        params: passkeyParams,
        body: renamePasskeyBody,
        response: { 200: passkey, 400: errorBody, 401: errorBody, 404: errorBody },
      },
    },
    async (request) => {
      const viewer = policy.requireViewer(request.viewer);
      const { passkeyId } = request.params;
      return presentPasskey(await passkeys.rename(viewer, passkeyId, request.body.name, evidenceOf(request)));
    },
  );

  app.delete(
    '/me/passkeys/:passkeyId',
    {
      schema: {
        tags,
        security: signedIn,
        summary: 'Supprimer une clé d’accès',
        params: passkeyParams,
        response: { 204: z.undefined(), 400: errorBody, 401: errorBody, 404: errorBody },
      },
    },
    async (request, reply) => {
      await passkeys.remove(policy.requireViewer(request.viewer), request.params.passkeyId, evidenceOf(request));
      return reply.status(204).send();
    },
  );

  app.post(
    '/auth/passkey/options',
    {
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags: ['Connexion'],
        summary: 'Préparer une connexion avec une clé d’accès (sans identifiant)',
        description: 'Défi à usage unique, valable 5 minutes, à passer à navigator.credentials.get().',
        response: { 200: authenticationOptions, 429: errorBody },
      },
    },
    async () => passkeys.authenticationOptions(),
  );

  app.post(
    '/auth/passkey',
    {
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        tags: ['Connexion'],
        summary: 'Se connecter avec une clé d’accès',
        description:
          'Vérifie la signature de l’appareil et ouvre une session (cookie httpOnly), comme la connexion par mot de passe.',
        body: signInBody,
        response: { 200: me, 400: errorBody, 401: errorBody, 403: errorBody, 429: errorBody },
      },
    },
    async (request, reply) => {
      const session = await passkeys.signIn(request.body, evidenceOf(request));
      setSessionCookie(reply, config, session.token, session.persistent ? session.expiresAt : undefined);
      return profiles.describeAccount(session.accountId);
    },
  );
}
