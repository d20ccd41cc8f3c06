import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema';

type JsonBody<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;

export type ContractList = JsonBody<paths['/api/properties/lots/{lotId}/contracts']['get']['responses'][200]>;
export type Contract = ContractList['contracts'][number];
export type ContractKind = Contract['kind'];
export type NewContract = JsonBody<
  NonNullable<paths['/api/staff/condominiums/{condominiumId}/contracts']['post']['requestBody']>
>;
export type ContractChange = JsonBody<
  NonNullable<paths['/api/staff/condominiums/{condominiumId}/contracts/{contractId}']['patch']['requestBody']>
>;

export const CONTRACT_KINDS: ContractKind[] = [
  'assurance',
  'ascenseur',
  'nettoyage',
  'chauffage',
  'espaces_verts',
  'entretien',
  'gardiennage',
  'energie',
  'autre',
];

/** A lot's or a managed unit's "Contrats" tab. */
export const propertyContractsQuery = (property: { lotId: string } | { unitId: string }) =>
  queryOptions({
    queryKey: ['properties', 'contracts', property],
    queryFn: () =>
      'lotId' in property
        ? unwrap(api.GET('/api/properties/lots/{lotId}/contracts', { params: { path: { lotId: property.lotId } } }))
        : unwrap(api.GET('/api/properties/units/{unitId}/contracts', { params: { path: { unitId: property.unitId } } })),
    staleTime: 60_000,
    retry: false,
  });

export const agencyCondominiumsQuery = queryOptions({
  queryKey: ['staff', 'contracts', 'condominiums'],
  queryFn: () => unwrap(api.GET('/api/staff/contracts/condominiums')),
  staleTime: 5 * 60_000,
});

export const staffContractsQuery = (condominiumId: string) =>
  queryOptions({
    queryKey: ['staff', 'contracts', 'list', condominiumId],
    queryFn: () => unwrap(api.GET('/api/staff/condominiums/{condominiumId}/contracts', { params: { path: { condominiumId } } })),
    staleTime: 0,
    retry: false,
  });

/** The condominium's published documents of the "Contrats" folder: a contract may point to its signed copy. */
export const contractDocumentsQuery = (condominiumId: string) =>
  queryOptions({
    queryKey: ['staff', 'contracts', 'documents', condominiumId],
    queryFn: () => unwrap(api.GET('/api/staff/documents', { params: { query: { condominiumId, folder: 'contrats' } } })),
    staleTime: 60_000,
    retry: false,
  });

const path = (condominiumId: string, contractId: string) => ({ params: { path: { condominiumId, contractId } } });

export const contractActions = {
  create: (condominiumId: string, body: NewContract) =>
    unwrap(api.POST('/api/staff/condominiums/{condominiumId}/contracts', { params: { path: { condominiumId } }, body })),
  update: (condominiumId: string, contractId: string, body: ContractChange) =>
    unwrap(
      api.PATCH('/api/staff/condominiums/{condominiumId}/contracts/{contractId}', { ...path(condominiumId, contractId), body }),
    ),
  remove: (condominiumId: string, contractId: string) =>
    unwrap(api.DELETE('/api/staff/condominiums/{condominiumId}/contracts/{contractId}', path(condominiumId, contractId))),
};
