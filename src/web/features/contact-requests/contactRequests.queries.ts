import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema';

type JsonBody<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;

export type ContactRequestBody = JsonBody<paths['/api/contact-requests']['post']['requestBody']>;
export type ContactRequestReceipt = JsonBody<paths['/api/contact-requests']['post']['responses'][201]>;
export type StaffContactRequest = JsonBody<paths['/api/staff/contact-requests']['get']['responses'][200]>['requests'][number];
export type ContactRequestStatus = StaffContactRequest['status'];

export const sendContactRequest = (body: ContactRequestBody) => unwrap(api.POST('/api/contact-requests', { body }));

// ——— Staff ———

export const openContactRequestCountQuery = queryOptions({
  queryKey: ['staff', 'contact-requests', 'count'],
  queryFn: () => unwrap(api.GET('/api/staff/contact-requests/count')),
  refetchInterval: 60_000,
  staleTime: 30_000,
});

export const staffContactRequestsQuery = (status: ContactRequestStatus) =>
  queryOptions({
    queryKey: ['staff', 'contact-requests', 'list', status],
    queryFn: () => unwrap(api.GET('/api/staff/contact-requests', { params: { query: { status } } })),
    staleTime: 0,
  });

export const answerContactRequest = (requestId: string, answer: string) =>
  unwrap(api.POST('/api/staff/contact-requests/{requestId}/answer', { params: { path: { requestId } }, body: { answer } }));
