import { z } from 'zod';
import { errorBody } from '../../platform/http/error-handler.ts';
import { evidenceOf } from '../../platform/http/evidence.ts';
import type { AppContext, RouteApp } from '../../platform/http/types.ts';
import { readMultipartForm } from '../../platform/storage/uploads.ts';
import { activationQueueRoutes } from './activation-queue.routes.ts';
import { presentTracking } from './activation-requests.presenter.ts';
import {
  activationRequestForm,
  activationRequestReceipt,
  activationRequestTracking,
  PROOF_FIELDS,
  publicAgency,
  trackingQuery,
} from './activation-requests.schema.ts';
import { ActivationRequestService, PROOF_AREA } from './activation-requests.service.ts';

/**
 * Activation requests: the public form and its tracking link here, the agency's queue in
 * `activation-queue.routes.ts`.
 */
export function activationRequestRoutes(app: RouteApp, context: AppContext): void {
  const service = new ActivationRequestService(context);
  const tags = ["Demandes d'accès"];

  app.get(
    '/agencies',
    {
      schema: {
        tags,
        summary: 'Les agences du portail (pour choisir la sienne dans une demande d’accès)',
        response: { 200: z.object({ agencies: z.array(publicAgency) }) },
      },
    },
    async () => ({ agencies: await service.listAgencies() }),
  );

  app.post(
    '/activation-requests',
    {
      // Each request stores up to 60 MB and emails its sender: a few per address and hour is plenty.
      config: { rateLimit: { max: 5, timeWindow: '1 hour' } },
      schema: {
        tags,
        summary: "Demander l'ouverture de son accès, avec ses justificatifs",
        description:
          "Pour une personne dont l'identifiant ou l'email n'est pas reconnu. Formulaire multipart : les champs texte, une pièce d'identité (identityDocument) et un justificatif du lien avec le bien (propertyProof), en PDF, JPEG ou PNG de 10 Mo au plus chacun — le type est vérifié d'après le contenu. Répond le lien de suivi, aussi envoyé par email.",
        consumes: ['multipart/form-data'],
        body: activationRequestForm,
        response: { 201: activationRequestReceipt, 400: errorBody, 413: errorBody, 415: errorBody, 429: errorBody },
      },
      // The body is documented above but read part by part in the handler, files streamed to storage.
      validatorCompiler: () => (value) => ({ value }),
    },
    async (request, reply) => {
      const form = await readMultipartForm(request, context.storage, {
        area: PROOF_AREA,
        fileFields: Object.keys(PROOF_FIELDS),
      });
      const receipt = await service.submit(form, evidenceOf(request));
      return reply.status(201).send(receipt);
    },
  );

  app.get(
    '/activation-requests/status',
    {
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: "Où en est ma demande d'accès (avec le jeton du lien de suivi)",
        querystring: trackingQuery,
        response: { 200: activationRequestTracking, 400: errorBody, 404: errorBody, 429: errorBody },
      },
    },
    async (request) => presentTracking(await service.track(request.query.token)),
  );

  activationQueueRoutes(app, context);
}
