import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema';

type JsonBody<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;

export type FinanceOverview = JsonBody<paths['/api/finance']['get']['responses'][200]>;
export type FinanceAccount = FinanceOverview['accounts'][number];
export type Statement = JsonBody<paths['/api/finance/statement']['get']['responses'][200]>;
export type ExportFormat = 'pdf' | 'csv' | 'xlsx';

export const financeQuery = queryOptions({
  queryKey: ['finance'],
  queryFn: () => unwrap(api.GET('/api/finance')),
  staleTime: 60_000,
});

export const statementQuery = (account: string, year: number | undefined) =>
  queryOptions({
    queryKey: ['finance', 'statement', account, year ?? 'latest'],
    queryFn: () => unwrap(api.GET('/api/finance/statement', { params: { query: { account, year } } })),
    staleTime: 60_000,
    retry: false,
  });

/** A plain link: the browser downloads the file with the session cookie, nothing goes through JavaScript. */
export function exportUrl(account: string, year: number, format: ExportFormat): string {
  const query = new URLSearchParams({ account, year: String(year), format });
  return `/api/finance/statement/export?${query.toString()}`;
}

export const documentFileUrl = (documentId: string) => `/api/documents/${documentId}/file?disposition=attachment`;
