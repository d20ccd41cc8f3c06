import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema';

type JsonBody<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;

export type AgendaItem = JsonBody<paths['/api/agenda']['get']['responses'][200]>['items'][number];
export type StaffEvent = JsonBody<paths['/api/staff/scheduled-events']['get']['responses'][200]>['events'][number];
export type StaffEventBody = JsonBody<paths['/api/staff/scheduled-events']['post']['requestBody']>;
export type AgendaCondominium = JsonBody<
  paths['/api/staff/agenda/condominiums']['get']['responses'][200]
>['condominiums'][number];
export type EventKind = StaffEvent['kind'];

export const EVENT_KINDS: readonly EventKind[] = ['assemblee', 'travaux', 'visite', 'echeance', 'autre'];

export const agendaQuery = queryOptions({
  queryKey: ['agenda'],
  queryFn: () => unwrap(api.GET('/api/agenda')),
  staleTime: 5 * 60_000,
});

// ——— Staff ———

export const agendaCondominiumsQuery = queryOptions({
  queryKey: ['staff', 'agenda', 'condominiums'],
  queryFn: () => unwrap(api.GET('/api/staff/agenda/condominiums')),
  staleTime: 5 * 60_000,
});

export const staffEventsQuery = (condominiumId: string) =>
  queryOptions({
    queryKey: ['staff', 'agenda', 'events', condominiumId],
    queryFn: () => unwrap(api.GET('/api/staff/scheduled-events', { params: { query: { condominiumId } } })),
    staleTime: 0,
  });

export const createEvent = (body: StaffEventBody) => unwrap(api.POST('/api/staff/scheduled-events', { body }));

export const deleteEvent = (eventId: string) =>
  unwrap(api.DELETE('/api/staff/scheduled-events/{eventId}', { params: { path: { eventId } } }));
