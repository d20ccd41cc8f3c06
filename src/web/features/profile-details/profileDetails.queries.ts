import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema';

type JsonBody<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;

export type ProfileDetails = JsonBody<paths['/api/me/details']['get']['responses'][200]>;
export type DetailsChange = JsonBody<NonNullable<paths['/api/me/details']['patch']['requestBody']>>;
export type DetailChanges = JsonBody<paths['/api/staff/clients/{personId}/detail-changes']['get']['responses'][200]>;
export type DetailChange = DetailChanges['changes'][number];
export type ContactChannel = ProfileDetails['preferredContactChannel'];

export const detailsQuery = queryOptions({
  queryKey: ['me', 'details'],
  queryFn: () => unwrap(api.GET('/api/me/details')),
  staleTime: 0,
});

export const updateDetails = (body: DetailsChange) => unwrap(api.PATCH('/api/me/details', { body }));

export const detailChangesQuery = (personId: string) =>
  queryOptions({
    queryKey: ['staff', 'clients', 'detail-changes', personId],
    queryFn: () => unwrap(api.GET('/api/staff/clients/{personId}/detail-changes', { params: { path: { personId } } })),
    staleTime: 0,
  });
