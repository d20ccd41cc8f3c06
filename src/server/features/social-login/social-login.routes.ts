import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../config.ts';
import { setSessionCookie } from '../../platform/auth/authentication.ts';
import { policy } from '../../platform/auth/policy.ts';
import { isAppError } from '../../platform/errors.ts';
import { errorBody } from '../../platform/http/error-handler.ts';
import { evidenceOf } from '../../platform/http/evidence.ts';
import type { AppContext, RouteApp } from '../../platform/http/types.ts';
import type { CallbackParameters } from './social-login.clients.ts';
import { SocialProviderClients } from './social-login.clients.ts';
import { destinationAfter, destinationAfterFailure, presentLinkedAccount } from './social-login.presenter.ts';
import {
  callbackAnswer,
  linkedAccountList,
  linkedAccountParams,
  linkStart,
  loginStartQuery,
  providerParams,
  socialProviderList,
} from './social-login.schema.ts';
import { FLOW_LIFETIME_MS, SocialLoginService } from './social-login.service.ts';

/** Ties a flow to the browser that started it; read back only by the callback. */
const FLOW_COOKIE = 'palier_oauth_flow';
const FLOW_COOKIE_PATH = '/api/auth/oidc';

export function socialLoginRoutes(app: RouteApp, { db, config }: AppContext): void {
  const providers = new SocialProviderClients(config.socialProviders, config.publicUrl);
  const service = new SocialLoginService({ db, sessionSecret: config.sessionSecret, providers });
  const tags = ['Connexion avec un compte externe'];
  const signedIn = [{ session: [] }];
  const redirect = z.undefined().meta({ description: 'Redirection (en-tête Location)' });

  // Apple answers with an HTML form post: the parser is scoped to these routes only.
  app.register(async (plugin) => {
    const scoped = plugin.withTypeProvider<ZodTypeProvider>() as RouteApp;
    scoped.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string', bodyLimit: 16 * 1024 },
      (_r, body, done) => done(null, Object.fromEntries(new URLSearchParams(String(body)))),
    );

    scoped.get(
      '/auth/providers',
      {
        schema: {
          tags,
          summary: 'Les fournisseurs de connexion proposés (Google, Microsoft…)',
          response: { 200: socialProviderList },
        },
      },
      async () => ({ providers: service.listProviders() }),
    );

    scoped.get(
      '/auth/oidc/:provider/start',
      {
        config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
        schema: {
          tags,
          summary: 'Se connecter avec un compte externe déjà relié : redirige vers le fournisseur',
          params: providerParams,
          querystring: loginStartQuery,
          response: { 302: redirect, 400: errorBody, 404: errorBody, 429: errorBody },
        },
      },
      async (request, reply) => {
        const { provider } = request.params;
        try {
          const flow = await service.startLogin(provider, request.query.rememberMe);
          setFlowCookie(reply, config, flow.binding);
          return reply.redirect(flow.url, 302);
        } catch (error) {
          // A page load, not a fetch: an unreachable provider is explained on the login page, not in JSON.
          if (!isAppError(error) || error.code !== 'OAUTH_PROVIDER_FAILED') throw error;
          return reply.redirect(destinationAfterFailure(error, provider, false), 302);
        }
      },
    );

    const finish = async (
      request: FastifyRequest,
      reply: FastifyReply,
      provider: string,
      answer: CallbackParameters,
      status: 302 | 303,
    ) => {
      const binding = request.cookies[FLOW_COOKIE];
      reply.clearCookie(FLOW_COOKIE, flowCookieOptions(config));
      try {
        const outcome = await service.finish(provider, answer, binding, evidenceOf(request));
        if (outcome.purpose === 'login') {
          const { session } = outcome;
          setSessionCookie(reply, config, session.token, session.persistent ? session.expiresAt : undefined);
        }
        return reply.redirect(destinationAfter(outcome), status);
      } catch (error) {
        // A provider that is not offered here answers 404 like any unknown address.
        if (isAppError(error) && error.code === 'NOT_FOUND') throw error;
        if (!isAppError(error)) request.log.error({ err: error }, 'social login callback failed');
        return reply.redirect(destinationAfterFailure(error, provider, Boolean(request.viewer)), status);
      }
    };
    const callbackSchema = {
      tags,
      params: providerParams,
      response: { 302: redirect, 303: redirect, 400: errorBody, 404: errorBody, 429: errorBody },
    };

    scoped.get(
      '/auth/oidc/:provider/callback',
      {
        config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
        schema: {
          ...callbackSchema,
          summary: 'Retour du fournisseur (connexion ou liaison) : redirige vers l’accueil, la connexion ou le profil',
          querystring: callbackAnswer,
        },
      },
      (request, reply) => finish(request, reply, request.params.provider, request.query, 302),
    );

    scoped.post(
      '/auth/oidc/:provider/callback',
      {
        config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
        schema: {
          ...callbackSchema,
          summary: 'Retour du fournisseur par formulaire (Apple, response_mode=form_post)',
          consumes: ['application/x-www-form-urlencoded'],
          body: callbackAnswer,
        },
      },
      (request, reply) => finish(request, reply, request.params.provider, request.body, 303),
    );

    scoped.get(
      '/me/linked-accounts',
      {
        schema: {
          tags,
          security: signedIn,
          summary: 'Mes comptes reliés (Google, Microsoft…)',
          response: { 200: linkedAccountList, 401: errorBody },
        },
      },
      async (request) => {
        const rows = await service.listLinked(policy.requireViewer(request.viewer));
        return { linkedAccounts: rows.map(presentLinkedAccount) };
      },
    );

    scoped.post(
      '/me/linked-accounts/:provider/start',
      {
        config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
        schema: {
          tags,
          security: signedIn,
          summary: 'Relier un compte externe : donne l’adresse du fournisseur où se connecter',
          params: providerParams,
          response: { 200: linkStart, 401: errorBody, 404: errorBody, 409: errorBody, 429: errorBody, 502: errorBody },
        },
      },
      async (request, reply) => {
        const flow = await service.startLink(policy.requireViewer(request.viewer), request.params.provider);
        setFlowCookie(reply, config, flow.binding);
        return { url: flow.url };
      },
    );

    scoped.delete(
      '/me/linked-accounts/:id',
      {
        schema: {
          tags,
          security: signedIn,
          summary: 'Délier un compte externe',
          params: linkedAccountParams,
          response: { 204: z.undefined(), 400: errorBody, 401: errorBody, 404: errorBody },
        },
      },
      async (request, reply) => {
        await service.unlink(policy.requireViewer(request.viewer), request.params.id, evidenceOf(request));
        return reply.status(204).send();
      },
    );
  });
}

/**
 * Apple's answer is a cross-site form post, which SameSite=Lax cookies do not follow: over https the flow
 * cookie is SameSite=None (Secure). Over plain http (this machine) Lax is all browsers accept.
 */
const flowCookieOptions = (config: Config) =>
  ({
    path: FLOW_COOKIE_PATH,
    httpOnly: true,
    secure: config.secureCookies,
    sameSite: config.secureCookies ? 'none' : 'lax',
  }) as const;

function setFlowCookie(reply: FastifyReply, config: Config, binding: string): void {
  reply.setCookie(FLOW_COOKIE, binding, { ...flowCookieOptions(config), maxAge: FLOW_LIFETIME_MS / 1000 });
}
