import { z } from 'zod';
import { setSessionCookie } from '../../platform/auth/authentication.ts';
import { policy } from '../../platform/auth/policy.ts';
import { errorBody } from '../../platform/http/error-handler.ts';
import { evidenceOf } from '../../platform/http/evidence.ts';
import type { AppContext, RouteApp } from '../../platform/http/types.ts';
import { me } from '../me/me.schema.ts';
import { MeService } from '../me/me.service.ts';
import { CredentialsService } from './credentials.service.ts';
import { presentCredentials, presentForgottenAnswer } from './password.presenter.ts';
import {
  changeEmailBody,
  changePasswordBody,
  confirmEmailBody,
  credentials,
  emailConfirmed,
  emailLink,
  forgottenAnswer,
  forgottenBody,
  linkBody,
  passwordLink,
  passwordStrength,
  provideEmailBody,
  setPasswordBody,
  strengthBody,
} from './password.schema.ts';
import { PasswordService } from './password.service.ts';

/** "Mot de passe oublié" (also the first connection), the emailed links, and the profile's password and email. */
export function passwordRoutes(app: RouteApp, context: AppContext): void {
  const { config } = context;
  const passwords = new PasswordService(context);
  const accounts = new CredentialsService(context);
  const profiles = new MeService(context.db);
  const tags = ['Mot de passe'];

  app.post(
    '/auth/password/forgotten',
    {
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: 'Mot de passe oublié (ou première connexion) : recevoir un lien par email',
        description:
          'Même réponse « sent » pour un identifiant inconnu et pour un compte avec adresse. « no_email » et « undeliverable » (le parcours du guide) sont limitées à 5 par heure et par adresse IP.',
        body: forgottenBody,
        response: { 200: forgottenAnswer, 400: errorBody, 429: errorBody },
      },
    },
    async (request) => presentForgottenAnswer(await passwords.requestLink(request.body.identifier, evidenceOf(request))),
  );

  app.post(
    '/auth/password/forgotten/email',
    {
      config: { rateLimit: { max: 5, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: 'Donner une adresse email quand la fiche n’en a pas (confirmée depuis sa boîte et par un code SMS)',
        description:
          'Un lien part vers l’adresse donnée et un code par SMS au mobile de la fiche ; sans mobile, rien n’est envoyé (needs_agency) : l’agence doit vérifier l’identité.',
        body: provideEmailBody,
        response: { 200: forgottenAnswer, 400: errorBody, 409: errorBody, 429: errorBody },
      },
    },
    async (request) =>
      presentForgottenAnswer(await passwords.provideEmail(request.body.identifier, request.body.email, evidenceOf(request))),
  );

  app.post(
    '/auth/password/link',
    {
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: 'Vérifier un lien reçu par email avant de choisir le mot de passe',
        body: linkBody,
        response: { 200: passwordLink, 400: errorBody, 410: errorBody, 429: errorBody },
      },
    },
    async (request) => passwords.describeLink(request.body.token),
  );

  app.post(
    '/auth/password/strength',
    {
      config: { rateLimit: { max: 120, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: 'Juger un mot de passe pendant la saisie (le serveur revérifie à l’enregistrement)',
        body: strengthBody,
        response: { 200: passwordStrength, 400: errorBody, 429: errorBody },
      },
    },
    async (request) => passwords.assess(request.body.password, request.body.token, request.viewer?.accountId),
  );

  app.post(
    '/auth/password',
    {
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: 'Créer ou réinitialiser le mot de passe avec le lien reçu, puis être connecté',
        description: 'Le lien ne sert qu’une fois ; toutes les autres sessions du compte sont fermées.',
        body: setPasswordBody,
        response: { 200: me, 400: errorBody, 403: errorBody, 410: errorBody, 429: errorBody },
      },
    },
    async (request, reply) => {
      const session = await passwords.setPassword(request.body, evidenceOf(request));
      setSessionCookie(reply, config, session.token, undefined);
      return profiles.describeAccount(session.accountId);
    },
  );

  app.post(
    '/auth/email/link',
    {
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: 'Vérifier un lien de confirmation d’adresse avant de le suivre (et savoir s’il demande un code SMS)',
        body: linkBody,
        response: { 200: emailLink, 400: errorBody, 410: errorBody, 429: errorBody },
      },
    },
    async (request) => accounts.describeEmailLink(request.body.token),
  );

  app.post(
    '/auth/email/confirm',
    {
      config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: 'Confirmer une adresse email depuis le lien reçu dans sa boîte',
        description:
          'Un lien donné depuis « Mot de passe oublié » (compte sans adresse) exige aussi le code reçu par SMS (smsCode) : SMS_CODE_REQUIRED sans lui, SMS_CODE_WRONG avec les essais restants, SMS_CODE_EXHAUSTED (410) après 5 erreurs, le lien étant alors perdu.',
        body: confirmEmailBody,
        response: { 200: emailConfirmed, 400: errorBody, 409: errorBody, 410: errorBody, 429: errorBody },
      },
    },
    async (request) => accounts.confirmEmail(request.body, evidenceOf(request)),
  );

  const signedIn = [{ session: [] }];

  app.get(
    '/me/credentials',
    {
      schema: {
        tags,
        security: signedIn,
        summary: 'Mon adresse email (et celle en attente de confirmation) et mon mot de passe',
        response: { 200: credentials, 401: errorBody },
      },
    },
    async (request) => presentCredentials(await accounts.describe(policy.requireViewer(request.viewer))),
  );

  app.put(
    '/me/password',
    {
      config: { rateLimit: { max: 5, timeWindow: '1 minute' } },
      schema: {
        tags,
        security: signedIn,
        summary: 'Changer mon mot de passe (le mot de passe actuel est demandé)',
        body: changePasswordBody,
        response: { 204: z.undefined(), 400: errorBody, 401: errorBody, 429: errorBody },
      },
    },
    async (request, reply) => {
      await accounts.changePassword(policy.requireViewer(request.viewer), request.body, evidenceOf(request));
      return reply.status(204).send();
    },
  );

  app.post(
    '/me/email',
    {
      config: { rateLimit: { max: 5, timeWindow: '1 minute' } },
      schema: {
        tags,
        security: signedIn,
        summary: 'Changer mon adresse email : active une fois confirmée depuis la nouvelle boîte',
        body: changeEmailBody,
        response: { 200: credentials, 400: errorBody, 401: errorBody, 409: errorBody, 429: errorBody },
      },
    },
    async (request) =>
      presentCredentials(
        await accounts.requestEmailChange(policy.requireViewer(request.viewer), request.body, evidenceOf(request)),
      ),
  );

  app.delete(
    '/me/email/pending',
    {
      schema: {
        tags,
        security: signedIn,
        summary: 'Annuler le changement d’adresse en attente',
        response: { 200: credentials, 401: errorBody },
      },
    },
    async (request) => presentCredentials(await accounts.cancelEmailChange(policy.requireViewer(request.viewer))),
  );
}
