import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema';

type JsonBody<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;

export type ClientList = JsonBody<paths['/api/staff/clients']['get']['responses'][200]>;
export type ClientSummary = ClientList['clients'][number];
export type ClientAccess = JsonBody<paths['/api/staff/clients/{personId}']['get']['responses'][200]>;
export type ClientAccessEvent = ClientAccess['events'][number];
export type AccountStatus = ClientAccess['account']['status'];

export const clientListQuery = (query: string, page: number) =>
  queryOptions({
    queryKey: ['staff', 'clients', 'list', { query, page }],
    queryFn: () => unwrap(api.GET('/api/staff/clients', { params: { query: { query, page } } })),
    // While the next page or the next letters load, the previous results stay on screen.
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });

export const clientAccessQuery = (personId: string) =>
  queryOptions({
    queryKey: ['staff', 'clients', 'detail', personId],
    queryFn: () => unwrap(api.GET('/api/staff/clients/{personId}', { params: { path: { personId } } })),
    staleTime: 0,
  });

const path = (personId: string) => ({ params: { path: { personId } } });

/** Each action answers the refreshed access page, which replaces the cached one. */
export const clientAccessActions = {
  invite: (personId: string) => unwrap(api.POST('/api/staff/clients/{personId}/invitation', path(personId))),
  correctEmail: (personId: string, body: { email: string; reason: string }) =>
    unwrap(api.PUT('/api/staff/clients/{personId}/email', { ...path(personId), body })),
  block: (personId: string, reason: string) =>
    unwrap(api.POST('/api/staff/clients/{personId}/block', { ...path(personId), body: { reason } })),
  unblock: (personId: string) => unwrap(api.DELETE('/api/staff/clients/{personId}/block', path(personId))),
  unlock: (personId: string) => unwrap(api.POST('/api/staff/clients/{personId}/unlock', path(personId))),
};

export type ClientAccessAction = keyof typeof clientAccessActions;
