import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { ApiError, api, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema';
import i18n from '../../i18n/index.ts';

type JsonBody<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;

export type Receipt = JsonBody<paths['/api/activation-requests']['post']['responses'][201]>;
export type Tracking = JsonBody<paths['/api/activation-requests/status']['get']['responses'][200]>;
export type RequestStatus = Tracking['status'];
export type QueueItem = JsonBody<paths['/api/staff/activation-requests']['get']['responses'][200]>['requests'][number];
export type RequestDetail = JsonBody<paths['/api/staff/activation-requests/{requestId}']['get']['responses'][200]>;
export type Proof = RequestDetail['files'][number];
export type Candidate = JsonBody<
  paths['/api/staff/activation-requests/{requestId}/candidates']['get']['responses'][200]
>['candidates'][number];

export const agenciesQuery = queryOptions({
  queryKey: ['agencies'],
  queryFn: () => unwrap(api.GET('/api/agencies')),
  staleTime: 10 * 60_000,
});

export const trackingQuery = (token: string) =>
  queryOptions({
    queryKey: ['activation-request', 'tracking', token],
    queryFn: () => unwrap(api.GET('/api/activation-requests/status', { params: { query: { token } } })),
    staleTime: 0,
    retry: false,
  });

/**
 * The form goes as multipart (the proofs are files), which the typed JSON client does not send: a plain
 * fetch with FormData, answered and failing like every other call.
 */
export async function submitActivationRequest(form: FormData): Promise<Receipt> {
  let response: Response;
  try {
    response = await fetch('/api/activation-requests', { method: 'POST', body: form, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'NETWORK_ERROR', i18n.t('errors.network'));
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.ok) return body as Receipt;
  const error = body as { code?: unknown; message?: unknown; details?: ApiError['details'] } | null;
  if (typeof error?.code === 'string' && typeof error.message === 'string')
    throw new ApiError(response.status, error.code, error.message, error.details);
  throw new ApiError(response.status, 'UNEXPECTED_RESPONSE', i18n.t('errors.unavailable'));
}

// ——— Staff ———

export const pendingCountQuery = queryOptions({
  queryKey: ['staff', 'activation-requests', 'count'],
  queryFn: () => unwrap(api.GET('/api/staff/activation-requests/count')),
  // The badge of the menu follows new requests without a reload.
  refetchInterval: 60_000,
  staleTime: 30_000,
});

export const queueQuery = (status: RequestStatus) =>
  queryOptions({
    queryKey: ['staff', 'activation-requests', 'list', status],
    queryFn: () => unwrap(api.GET('/api/staff/activation-requests', { params: { query: { status } } })),
    staleTime: 0,
  });

export const requestDetailQuery = (requestId: string) =>
  queryOptions({
    queryKey: ['staff', 'activation-requests', 'detail', requestId],
    queryFn: () => unwrap(api.GET('/api/staff/activation-requests/{requestId}', { params: { path: { requestId } } })),
    staleTime: 0,
  });

export const candidatesQuery = (requestId: string, query: string) =>
  queryOptions({
    queryKey: ['staff', 'activation-requests', 'candidates', requestId, query],
    queryFn: () =>
      unwrap(
        api.GET('/api/staff/activation-requests/{requestId}/candidates', {
          params: { path: { requestId }, query: { query } },
        }),
      ),
    enabled: query.length >= 2,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });

export const decide = {
  approve: (requestId: string, personId: string) =>
    unwrap(
      api.POST('/api/staff/activation-requests/{requestId}/approve', { params: { path: { requestId } }, body: { personId } }),
    ),
  reject: (requestId: string, reason: string) =>
    unwrap(api.POST('/api/staff/activation-requests/{requestId}/reject', { params: { path: { requestId } }, body: { reason } })),
};
