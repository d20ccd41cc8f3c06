import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema';

type JsonBody<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;

export type PropertiesOverview = JsonBody<paths['/api/properties']['get']['responses'][200]>;
export type OwnedLot = PropertiesOverview['coOwnership'][number]['lots'][number];
export type ManagedUnit = PropertiesOverview['managed'][number];
export type RentedUnit = PropertiesOverview['rented'][number];
export type LotDetail = JsonBody<paths['/api/properties/lots/{lotId}']['get']['responses'][200]>;
export type UnitDetail = JsonBody<paths['/api/properties/units/{unitId}']['get']['responses'][200]>;
export type RentalStatus = ManagedUnit['status'];
export type PropertyContacts = Pick<LotDetail, 'manager' | 'agency' | 'council'>;

export const propertiesQuery = queryOptions({
  queryKey: ['properties'],
  queryFn: () => unwrap(api.GET('/api/properties')),
  staleTime: 60_000,
});

export const lotDetailQuery = (lotId: string) =>
  queryOptions({
    queryKey: ['properties', 'lot', lotId],
    queryFn: () => unwrap(api.GET('/api/properties/lots/{lotId}', { params: { path: { lotId } } })),
    staleTime: 60_000,
    // A 404 is an answer (not theirs), not a hiccup worth retrying.
    retry: false,
  });

export const unitDetailQuery = (unitId: string) =>
  queryOptions({
    queryKey: ['properties', 'unit', unitId],
    queryFn: () => unwrap(api.GET('/api/properties/units/{unitId}', { params: { path: { unitId } } })),
    staleTime: 60_000,
    retry: false,
  });
