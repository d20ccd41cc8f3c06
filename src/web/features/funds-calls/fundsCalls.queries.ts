import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema';

type JsonBody<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;

export type CondominiumBudget = JsonBody<
  paths['/api/staff/condominiums/{condominiumId}/budgets/{year}']['get']['responses'][200]
>;
export type BudgetInput = JsonBody<
  NonNullable<paths['/api/staff/condominiums/{condominiumId}/budgets/{year}']['put']['requestBody']>
>;
export type FundsCallDetail = JsonBody<
  paths['/api/staff/condominiums/{condominiumId}/funds-calls/{fundsCallId}']['get']['responses'][200]
>;

export const budgetQuery = (condominiumId: string, year: number) =>
  queryOptions({
    queryKey: ['staff', 'funds-calls', 'budget', condominiumId, year],
    queryFn: () =>
      unwrap(api.GET('/api/staff/condominiums/{condominiumId}/budgets/{year}', { params: { path: { condominiumId, year } } })),
    staleTime: 0,
    retry: false,
  });

export const fundsCallsQuery = (condominiumId: string) =>
  queryOptions({
    queryKey: ['staff', 'funds-calls', 'list', condominiumId],
    queryFn: () =>
      unwrap(api.GET('/api/staff/condominiums/{condominiumId}/funds-calls', { params: { path: { condominiumId } } })),
    staleTime: 0,
    retry: false,
  });

export const fundsCallQuery = (condominiumId: string, fundsCallId: string) =>
  queryOptions({
    queryKey: ['staff', 'funds-calls', 'detail', condominiumId, fundsCallId],
    queryFn: () =>
      unwrap(
        api.GET('/api/staff/condominiums/{condominiumId}/funds-calls/{fundsCallId}', {
          params: { path: { condominiumId, fundsCallId } },
        }),
      ),
    staleTime: 60_000,
    retry: false,
  });

export const fundsCallActions = {
  saveBudget: (condominiumId: string, year: number, body: BudgetInput) =>
    unwrap(
      api.PUT('/api/staff/condominiums/{condominiumId}/budgets/{year}', { params: { path: { condominiumId, year } }, body }),
    ),
  issue: (condominiumId: string, year: number, quarter: number) =>
    unwrap(
      api.POST('/api/staff/condominiums/{condominiumId}/funds-calls', {
        params: { path: { condominiumId } },
        body: { year, quarter },
      }),
    ),
};
