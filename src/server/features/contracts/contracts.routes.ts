import { z } from 'zod';
import { policy } from '../../platform/auth/policy.ts';
import { errorBody } from '../../platform/http/error-handler.ts';
import { evidenceOf } from '../../platform/http/evidence.ts';
import type { AppContext, RouteApp } from '../../platform/http/types.ts';
import {
  agencyCondominiums,
  buildingContract,
  condominiumParams,
  contractChange,
  contractList,
  contractParams,
  lotParams,
  newContract,
  staffContractList,
  unitParams,
} from './contracts.schema.ts';
import { ContractsService } from './contracts.service.ts';

/** The "Contrats" tab of a property, and the agency's management of a condominium's contracts. */
export function contractsRoutes(app: RouteApp, { db }: AppContext): void {
  const contracts = new ContractsService(db);
  const security = [{ session: [] }];
  const readErrors = { 400: errorBody, 401: errorBody, 404: errorBody };

  app.get(
    '/properties/lots/:lotId/contracts',
    {
      schema: {
        tags: ['Biens'],
        security,
        summary: 'Contrats de la copropriété d’un lot détenu : en cours, et terminés depuis moins d’un an',
        params: lotParams,
        response: { 200: contractList, ...readErrors },
      },
    },
    async (request) => contracts.forLot(policy.requireClient(request.viewer), request.params.lotId),
  );

  app.get(
    '/properties/units/:unitId/contracts',
    {
      schema: {
        tags: ['Biens'],
        security,
        summary: 'Contrats de la copropriété d’un bien en gérance (liste vide hors copropriété gérée) ; 404 pour un locataire',
        params: unitParams,
        response: { 200: contractList, ...readErrors },
      },
    },
    async (request) => contracts.forUnit(policy.requireClient(request.viewer), request.params.unitId),
  );

  const tags = ['Agence : contrats des copropriétés'];

  app.get(
    '/staff/contracts/condominiums',
    {
      schema: {
        tags,
        security,
        summary: 'Les copropriétés de l’agence, pour choisir celle dont on gère les contrats',
        response: { 200: agencyCondominiums, 401: errorBody, 404: errorBody },
      },
    },
    async (request) => contracts.agencyCondominiums(policy.requireStaff(request.viewer)),
  );

  app.get(
    '/staff/condominiums/:condominiumId/contracts',
    {
      schema: {
        tags,
        security,
        summary: 'Tous les contrats d’une copropriété de l’agence',
        params: condominiumParams,
        response: { 200: staffContractList, ...readErrors },
      },
    },
    async (request) => contracts.staffList(policy.requireStaff(request.viewer), request.params.condominiumId),
  );

  app.post(
    '/staff/condominiums/:condominiumId/contracts',
    {
      schema: {
        tags,
        security,
        summary: 'Enregistrer un contrat de la copropriété',
        params: condominiumParams,
        body: newContract,
        response: { 201: buildingContract, ...readErrors },
      },
    },
    async (request, reply) => {
      const created = await contracts.create(
        policy.requireStaff(request.viewer),
        request.params.condominiumId,
        request.body,
        evidenceOf(request),
      );
      return reply.status(201).send(created);
    },
  );

  app.patch(
    '/staff/condominiums/:condominiumId/contracts/:contractId',
    {
      schema: {
        tags,
        security,
        summary: 'Modifier un contrat, ou le terminer en lui donnant une date de fin',
        params: contractParams,
        body: contractChange,
        response: { 200: buildingContract, ...readErrors },
      },
    },
    async (request) =>
      contracts.update(
        policy.requireStaff(request.viewer),
        request.params.condominiumId,
        request.params.contractId,
        request.body,
        evidenceOf(request),
      ),
  );

  app.delete(
    '/staff/condominiums/:condominiumId/contracts/:contractId',
    {
      schema: {
        tags,
        security,
        summary: 'Supprimer un contrat saisi par erreur (un contrat qui a couru se termine plutôt)',
        params: contractParams,
        response: { 204: z.undefined(), ...readErrors },
      },
    },
    async (request, reply) => {
      await contracts.remove(
        policy.requireStaff(request.viewer),
        request.params.condominiumId,
        request.params.contractId,
        evidenceOf(request),
      );
      return reply.status(204).send();
    },
  );
}
