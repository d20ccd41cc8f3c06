import contentDisposition from 'content-disposition';
import { z } from 'zod';
import { policy } from '../../platform/auth/policy.ts';
import { errorBody } from '../../platform/http/error-handler.ts';
import { evidenceOf } from '../../platform/http/evidence.ts';
import type { AppContext, RouteApp } from '../../platform/http/types.ts';
import { runBankFile } from './collections.file.ts';
import {
  createRunInput,
  creditorAccountList,
  debitParams,
  fileQuery,
  returnInput,
  runDetail,
  runList,
  runParams,
  settleInput,
} from './collections.schema.ts';
import { CollectionsService } from './collections.service.ts';

/** The agency's SEPA collection runs: preparation and pre-notifications, the bank file, payment and returns. */
export function collectionsRoutes(app: RouteApp, context: AppContext): void {
  const service = new CollectionsService(context);
  const tags = ['Agence : prélèvements SEPA'];
  const security = [{ session: [] }];
  const readErrors = { 400: errorBody, 401: errorBody, 404: errorBody };

  app.get(
    '/staff/collections/accounts',
    {
      schema: {
        tags,
        security,
        summary: 'Les comptes bancaires de l’agence et s’ils peuvent prélever (ICS renseigné)',
        response: { 200: creditorAccountList, 401: errorBody, 404: errorBody },
      },
    },
    async (request) => service.accounts(policy.requireStaff(request.viewer)),
  );

  app.get(
    '/staff/collections/runs',
    {
      schema: {
        tags,
        security,
        summary: 'Les remises de prélèvements, et les prélèvements en attente d’une remise',
        response: { 200: runList, 401: errorBody, 404: errorBody },
      },
    },
    async (request) => service.list(policy.requireStaff(request.viewer)),
  );

  app.post(
    '/staff/collections/runs',
    {
      config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
      schema: {
        tags,
        security,
        summary: 'Préparer une remise : les montants dus, les prélèvements uniques en attente et les pré-notifications',
        description:
          'La date doit être un jour ouvré TARGET2 au moins 14 jours après aujourd’hui. Une seconde préparation pour le ' +
          'même compte et la même date complète la remise préparée avec ce qui est nouveau (`added`), sans rien prélever deux fois.',
        body: createRunInput,
        response: { 201: runDetail, ...readErrors, 422: errorBody, 429: errorBody },
      },
    },
    async (request, reply) => {
      const detail = await service.createRun(policy.requireStaff(request.viewer), request.body, evidenceOf(request));
      return reply.code(201).send(detail);
    },
  );

  app.get(
    '/staff/collections/runs/:runId',
    {
      schema: {
        tags,
        security,
        summary: 'Une remise : chaque prélèvement avec son débiteur, sa RUM, son montant, sa séquence et son état',
        params: runParams,
        response: { 200: runDetail, ...readErrors },
      },
    },
    async (request) => service.detail(policy.requireStaff(request.viewer), request.params.runId),
  );

  app.get(
    '/staff/collections/runs/:runId/file',
    {
      schema: {
        tags,
        security,
        summary: 'Le fichier de prélèvements (pain.008) à remettre à la banque',
        description:
          'Générer le fichier marque la remise et ses prélèvements comme transmis. Le fichier .02 est conservé : un second ' +
          'téléchargement donne le même contenu. Les prélèvements d’un mandat révoqué ou caduc n’y figurent pas ' +
          '(en-tête `x-excluded-debits`).',
        params: runParams,
        querystring: fileQuery,
        response: {
          200: z.unknown().meta({ description: 'Le fichier XML (application/xml)' }),
          ...readErrors,
          422: errorBody,
        },
      },
      exposeHeadRoute: false,
    },
    async (request, reply) => {
      const file = await runBankFile(
        context,
        policy.requireStaff(request.viewer),
        request.params.runId,
        request.query.version,
        evidenceOf(request),
      );
      return reply
        .header('content-type', 'application/xml; charset=utf-8')
        .header('content-disposition', contentDisposition(file.fileName, { type: 'attachment' }))
        .header('x-excluded-debits', String(file.excluded))
        .send(file.bytes);
    },
  );

  app.post(
    '/staff/collections/runs/:runId/settle',
    {
      schema: {
        tags,
        security,
        summary: 'La banque a confirmé la remise : chaque prélèvement transmis est payé et comptabilisé',
        params: runParams,
        body: settleInput,
        response: { 200: runDetail, ...readErrors, 409: errorBody },
      },
    },
    async (request) =>
      service.settle(policy.requireStaff(request.viewer), request.params.runId, request.body.paidOn, evidenceOf(request)),
  );

  app.post(
    '/staff/collections/debits/:debitId/return',
    {
      schema: {
        tags,
        security,
        summary: 'Enregistrer le rejet d’un prélèvement (motif ISO) : contre-passation, avis au débiteur, nouvelle présentation',
        description:
          'Le montant est présenté à nouveau 14 jours plus tard (jour ouvré) sauf si le motif l’interdit (compte clôturé, ' +
          'opposition, remboursement demandé…). Enregistrer deux fois le même rejet ne change rien.',
        params: debitParams,
        body: returnInput,
        response: { 200: runDetail, ...readErrors, 409: errorBody },
      },
    },
    async (request) =>
      service.recordReturn(policy.requireStaff(request.viewer), request.params.debitId, request.body, evidenceOf(request)),
  );
}
