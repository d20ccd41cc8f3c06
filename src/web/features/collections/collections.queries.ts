import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema';

type JsonBody<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;

export type RunDetail = JsonBody<paths['/api/staff/collections/runs/{runId}']['get']['responses'][200]>;
export type RunList = JsonBody<paths['/api/staff/collections/runs']['get']['responses'][200]>;
export type Debit = RunDetail['debits'][number];

export const creditorAccountsQuery = queryOptions({
  queryKey: ['staff', 'collections', 'accounts'],
  queryFn: () => unwrap(api.GET('/api/staff/collections/accounts')),
  staleTime: 60_000,
  retry: false,
});

export const runsQuery = queryOptions({
  queryKey: ['staff', 'collections', 'runs'],
  queryFn: () => unwrap(api.GET('/api/staff/collections/runs')),
  staleTime: 0,
  retry: false,
});

export const runQuery = (runId: string) =>
  queryOptions({
    queryKey: ['staff', 'collections', 'run', runId],
    queryFn: () => unwrap(api.GET('/api/staff/collections/runs/{runId}', { params: { path: { runId } } })),
    staleTime: 0,
    retry: false,
  });

export const bankFileUrl = (runId: string, version: 'pain.008.001.02' | 'pain.008.001.08') =>
  `/api/staff/collections/runs/${runId}/file?version=${version}`;

export const collectionActions = {
  prepare: (bankAccountId: string, collectionDate: string) =>
    unwrap(api.POST('/api/staff/collections/runs', { body: { bankAccountId, collectionDate } })),
  settle: (runId: string, paidOn: string) =>
    unwrap(api.POST('/api/staff/collections/runs/{runId}/settle', { params: { path: { runId } }, body: { paidOn } })),
  recordReturn: (debitId: string, reasonCode: string, returnedOn: string) =>
    unwrap(
      api.POST('/api/staff/collections/debits/{debitId}/return', {
        params: { path: { debitId } },
        body: { reasonCode, returnedOn },
      }),
    ),
};
