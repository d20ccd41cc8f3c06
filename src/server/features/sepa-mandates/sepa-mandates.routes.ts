import { policy } from '../../platform/auth/policy.ts';
import { errorBody } from '../../platform/http/error-handler.ts';
import { evidenceOf } from '../../platform/http/evidence.ts';
import type { AppContext, RouteApp } from '../../platform/http/types.ts';
import { SepaBankDetailsService } from './sepa-mandates.bank-details.service.ts';
import {
  bankDetailsBody,
  bankDetailsSummary,
  challenge,
  challengeParams,
  mandate,
  mandateParams,
  options,
  signBody,
  summary,
  summaryBody,
} from './sepa-mandates.schema.ts';
import { SepaMandatesService } from './sepa-mandates.service.ts';

export function sepaMandatesRoutes(app: RouteApp, context: AppContext): void {
  const service = new SepaMandatesService(context);
  const bankDetails = new SepaBankDetailsService(context);
  const tags = ['Prélèvement SEPA'];
  const security = [{ session: [] }];
  const errors = {
    400: errorBody,
    401: errorBody,
    404: errorBody,
    409: errorBody,
    410: errorBody,
    422: errorBody,
    429: errorBody,
  };
  // Each summary sends an SMS and each signature checks a code: both are kept to a human pace.
  const smsPace = { rateLimit: { max: 10, timeWindow: '1 minute' } };

  app.get(
    '/direct-debit/options',
    {
      schema: {
        tags,
        security,
        summary: 'Mes comptes payables par prélèvement, mes mandats, mon nom et mon adresse',
        response: { 200: options, 401: errorBody, 404: errorBody },
      },
    },
    async (request) => service.options(policy.requireClient(request.viewer)),
  );

  app.post(
    '/direct-debit/summary',
    {
      config: smsPace,
      schema: {
        tags,
        security,
        summary: 'Le texte du mandat à signer, et le code de signature envoyé par SMS',
        description:
          '422 sans mobile enregistré ou pour un compte non payable par prélèvement ; IBAN vérifié (messages en français).',
        body: summaryBody,
        response: { 200: summary, ...errors },
      },
    },
    async (request) => service.summary(policy.requireClient(request.viewer), request.body),
  );

  app.post(
    '/direct-debit/challenges/:id/resend',
    {
      config: smsPace,
      schema: {
        tags,
        security,
        summary: 'Renvoyer un code (après 60 secondes, 3 envois au plus)',
        params: challengeParams,
        response: { 200: challenge, ...errors },
      },
    },
    async (request) => service.resend(policy.requireClient(request.viewer), request.params.id),
  );

  app.post(
    '/direct-debit/sign',
    {
      config: smsPace,
      schema: {
        tags,
        security,
        summary: 'Signer le mandat avec le code reçu par SMS',
        description: '5 essais, 10 minutes ; le code ne signe que le texte pour lequel il a été envoyé.',
        body: signBody,
        response: { 200: mandate, ...errors },
      },
    },
    async (request) => service.sign(policy.requireClient(request.viewer), request.body, evidenceOf(request)),
  );

  app.get(
    '/direct-debit/mandates',
    {
      schema: { tags, security, summary: 'Mes mandats de prélèvement', response: { 200: mandate.array(), 401: errorBody } },
    },
    async (request) => service.mandates(policy.requireClient(request.viewer)),
  );

  app.post(
    '/direct-debit/mandates/:id/revoke',
    {
      schema: {
        tags,
        security,
        summary: 'Révoquer un mandat : les prélèvements pas encore transmis à la banque sont annulés',
        params: mandateParams,
        response: { 200: mandate, ...errors },
      },
    },
    async (request) => service.revoke(policy.requireClient(request.viewer), request.params.id, evidenceOf(request)),
  );

  app.post(
    '/direct-debit/mandates/:id/bank-details/summary',
    {
      config: smsPace,
      schema: {
        tags,
        security,
        summary: 'Changer de compte débité : code envoyé par SMS pour les nouvelles coordonnées',
        params: mandateParams,
        body: bankDetailsBody,
        response: { 200: bankDetailsSummary, ...errors },
      },
    },
    async (request) => bankDetails.bankDetailsSummary(policy.requireClient(request.viewer), request.params.id, request.body),
  );

  app.post(
    '/direct-debit/mandates/:id/bank-details/confirm',
    {
      config: smsPace,
      schema: {
        tags,
        security,
        summary: 'Confirmer les nouvelles coordonnées bancaires avec le code (la RUM est conservée)',
        params: mandateParams,
        body: signBody,
        response: { 200: mandate, ...errors },
      },
    },
    async (request) =>
      bankDetails.confirmBankDetails(policy.requireClient(request.viewer), request.params.id, request.body, evidenceOf(request)),
  );
}
