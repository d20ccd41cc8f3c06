import { queryOptions } from '@tanstack/react-query';
import { ApiError, api, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema';
import i18n from '../../i18n/index.ts';

type JsonBody<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;
type Get<Path extends keyof paths> = paths[Path] extends { get: { responses: { 200: infer Answer } } } ? JsonBody<Answer> : never;

export type CouncilOverview = Get<'/api/council/condominiums/{condominiumId}'>;
export type CouncilBudget = Get<'/api/council/condominiums/{condominiumId}/budget'>;
export type BudgetYear = CouncilBudget['current'];
export type CouncilTrialBalance = Get<'/api/council/condominiums/{condominiumId}/trial-balance'>;
export type CouncilExpenses = Get<'/api/council/condominiums/{condominiumId}/expenses'>;
export type CouncilBankOrders = Get<'/api/council/condominiums/{condominiumId}/bank-orders'>;
export type CouncilInvoices = Get<'/api/council/condominiums/{condominiumId}/invoices'>;
export type SupplierInvoice = CouncilInvoices['invoices'][number];
export type SpendingByMonth = Get<'/api/council/condominiums/{condominiumId}/spending-by-month'>;

const options = { staleTime: 30_000, retry: false } as const;

export const councilCondominiumsQuery = queryOptions({
  queryKey: ['council', 'condominiums'],
  queryFn: () => unwrap(api.GET('/api/council/condominiums')),
  ...options,
});

export const councilOverviewQuery = (condominiumId: string) =>
  queryOptions({
    queryKey: ['council', condominiumId, 'overview'],
    queryFn: () => unwrap(api.GET('/api/council/condominiums/{condominiumId}', { params: { path: { condominiumId } } })),
    ...options,
  });

type YearPath =
  | '/api/council/condominiums/{condominiumId}/budget'
  | '/api/council/condominiums/{condominiumId}/expenses'
  | '/api/council/condominiums/{condominiumId}/bank-orders'
  | '/api/council/condominiums/{condominiumId}/invoices'
  | '/api/council/condominiums/{condominiumId}/spending-by-month';

const yearQuery =
  <Path extends YearPath>(path: Path, name: string) =>
  (condominiumId: string, year: number) =>
    queryOptions({
      queryKey: ['council', condominiumId, name, year],
      queryFn: () =>
        unwrap(api.GET(path, { params: { path: { condominiumId }, query: { year } } } as never)) as Promise<Get<Path>>,
      ...options,
    });

export const councilBudgetQuery = yearQuery('/api/council/condominiums/{condominiumId}/budget', 'budget');
export const councilExpensesQuery = yearQuery('/api/council/condominiums/{condominiumId}/expenses', 'expenses');
export const councilBankOrdersQuery = yearQuery('/api/council/condominiums/{condominiumId}/bank-orders', 'bank-orders');
export const councilInvoicesQuery = yearQuery('/api/council/condominiums/{condominiumId}/invoices', 'invoices');
export const spendingByMonthQuery = yearQuery('/api/council/condominiums/{condominiumId}/spending-by-month', 'spending');

export const trialBalanceQuery = (condominiumId: string, date: string) =>
  queryOptions({
    queryKey: ['council', condominiumId, 'trial-balance', date],
    queryFn: () =>
      unwrap(
        api.GET('/api/council/condominiums/{condominiumId}/trial-balance', {
          params: { path: { condominiumId }, query: { date } },
        }),
      ),
    ...options,
  });

export const isNotFound = (error: unknown) => error instanceof ApiError && error.status === 404;

export const payInvoice = (invoiceId: string, paidOn: string) =>
  unwrap(api.POST('/api/staff/invoices/{invoiceId}/pay', { params: { path: { invoiceId } }, body: { paidOn } }));

/** The invoice and its PDF go as multipart, which the typed JSON client does not send. */
export async function recordInvoice(condominiumId: string, form: FormData): Promise<SupplierInvoice> {
  let response: Response;
  try {
    response = await fetch(`/api/staff/condominiums/${encodeURIComponent(condominiumId)}/invoices`, {
      method: 'POST',
      body: form,
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, 'NETWORK_ERROR', i18n.t('errors.network'));
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.ok) return body as SupplierInvoice;
  const error = body as { code?: unknown; message?: unknown; details?: ApiError['details'] } | null;
  if (typeof error?.code === 'string' && typeof error.message === 'string')
    throw new ApiError(response.status, error.code, error.message, error.details);
  throw new ApiError(response.status, 'UNEXPECTED_RESPONSE', i18n.t('errors.unavailable'));
}
