import { queryOptions } from '@tanstack/react-query';
import { addDays, addMonths, firstOfMonth } from '../../../domain/calendar.ts';
import { api, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema';

type JsonBody<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;

export type StaffLandlordStatement = JsonBody<
  paths['/api/staff/landlord-statements']['get']['responses'][200]
>['statements'][number];
export type LandlordStatement = JsonBody<paths['/api/landlord-statements']['get']['responses'][200]>['statements'][number];

export const staffStatementsQuery = queryOptions({
  queryKey: ['staff', 'landlord-statements'],
  queryFn: () => unwrap(api.GET('/api/staff/landlord-statements')),
  staleTime: 0,
  retry: false,
});

export const myStatementsQuery = queryOptions({
  queryKey: ['landlord-statements'],
  queryFn: () => unwrap(api.GET('/api/landlord-statements')),
  staleTime: 60_000,
  retry: false,
});

export const issueStatements = (periodStart: string, periodEnd: string) =>
  unwrap(api.POST('/api/staff/landlord-statements', { body: { periodStart, periodEnd } }));

export const statementFileUrl = (documentId: string) => `/api/documents/${documentId}/file?disposition=attachment`;
export const staffStatementFileUrl = (documentId: string, versionId: string) =>
  `/api/staff/documents/${documentId}/versions/${versionId}/file`;

export type PeriodKind = 'month' | 'quarter';

/** The last closed periods before `today`, newest first: the months, or the calendar quarters. */
export function closedPeriods(kind: PeriodKind, today: string, count: number): { start: string; end: string }[] {
  const periods = [];
  const months = kind === 'month' ? 1 : 3;
  let start = firstOfMonth(today);
  if (kind === 'quarter') start = addMonths(start, -((Number(start.slice(5, 7)) - 1) % 3));
  for (let index = 0; index < count; index += 1) {
    start = addMonths(start, -months);
    periods.push({ start, end: addDays(addMonths(start, months), -1) });
  }
  return periods;
}
