import { queryOptions } from '@tanstack/react-query';
import { ApiError, api, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema';
import i18n from '../../i18n/index.ts';

type JsonBody<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;

export type BankAccount = JsonBody<paths['/api/staff/bank-accounts']['get']['responses'][200]>['accounts'][number];
export type TransactionList = JsonBody<paths['/api/staff/bank-accounts/{id}/transactions']['get']['responses'][200]>;
export type BankTransaction = TransactionList['transactions'][number];
export type ClientAccount = JsonBody<
  paths['/api/staff/bank-accounts/{id}/client-accounts']['get']['responses'][200]
>['accounts'][number];
export type ImportResult = JsonBody<paths['/api/staff/bank-accounts/{id}/statements']['post']['responses'][200]>;
export type OverdueAccount = JsonBody<paths['/api/staff/reminders']['get']['responses'][200]>['accounts'][number];
export type SendRemindersResult = JsonBody<paths['/api/staff/reminders']['post']['responses'][200]>;
export type RecordPaymentInput = JsonBody<NonNullable<paths['/api/staff/payments']['post']['requestBody']>>;
export type AccountChoice = { personId: string; condominiumId: string | null; leaseId: string | null };

export const bankAccountsQuery = queryOptions({
  queryKey: ['staff', 'payments', 'bank-accounts'],
  queryFn: () => unwrap(api.GET('/api/staff/bank-accounts')),
  staleTime: 0,
  retry: false,
});

export const transactionsQuery = (bankAccountId: string, status: 'unmatched' | 'matched' | 'ignored' | undefined) =>
  queryOptions({
    queryKey: ['staff', 'payments', 'transactions', bankAccountId, status ?? 'all'],
    queryFn: () =>
      unwrap(
        api.GET('/api/staff/bank-accounts/{id}/transactions', {
          params: { path: { id: bankAccountId }, query: status ? { status } : {} },
        }),
      ),
    staleTime: 0,
    retry: false,
  });

export const clientAccountsQuery = (bankAccountId: string, text: string) =>
  queryOptions({
    queryKey: ['staff', 'payments', 'client-accounts', bankAccountId, text],
    queryFn: () =>
      unwrap(
        api.GET('/api/staff/bank-accounts/{id}/client-accounts', { params: { path: { id: bankAccountId }, query: { q: text } } }),
      ),
    staleTime: 30_000,
    retry: false,
  });

export const overdueQuery = queryOptions({
  queryKey: ['staff', 'payments', 'reminders'],
  queryFn: () => unwrap(api.GET('/api/staff/reminders')),
  staleTime: 0,
  retry: false,
});

/** The account a line or a payment goes to, as the API names it: a co-owner in a condominium, or a lease. */
export const accountBody = (choice: AccountChoice) =>
  choice.leaseId
    ? { leaseId: choice.leaseId, personId: choice.personId }
    : { personId: choice.personId, condominiumId: choice.condominiumId ?? '' };

export const paymentActions = {
  assign: (transactionId: string, choice: AccountChoice) =>
    unwrap(
      api.POST('/api/staff/bank-transactions/{id}/assign', {
        params: { path: { id: transactionId } },
        body: accountBody(choice),
      }),
    ),
  ignore: (transactionId: string) =>
    unwrap(api.POST('/api/staff/bank-transactions/{id}/ignore', { params: { path: { id: transactionId } } })),
  sendReminders: (choices: AccountChoice[] | 'all') =>
    unwrap(api.POST('/api/staff/reminders', { body: choices === 'all' ? { all: true } : { items: choices.map(accountBody) } })),
  recordPayment: (body: RecordPaymentInput, idempotencyKey: string) =>
    unwrap(api.POST('/api/staff/payments', { body, headers: { 'idempotency-key': idempotencyKey } })),
  /** The statement goes as multipart, which the typed JSON client does not send: a plain fetch with FormData. */
  async importStatement(bankAccountId: string, file: File): Promise<ImportResult> {
    const form = new FormData();
    form.append('file', file);
    let response: Response;
    try {
      response = await fetch(`/api/staff/bank-accounts/${encodeURIComponent(bankAccountId)}/statements`, {
        method: 'POST',
        body: form,
        credentials: 'same-origin',
      });
    } catch {
      throw new ApiError(0, 'NETWORK_ERROR', i18n.t('errors.network'));
    }
    const body: unknown = await response.json().catch(() => null);
    if (response.ok) return body as ImportResult;
    const error = body as { code?: unknown; message?: unknown; details?: ApiError['details'] } | null;
    if (typeof error?.code === 'string' && typeof error.message === 'string')
      throw new ApiError(response.status, error.code, error.message, error.details);
    throw new ApiError(response.status, 'UNEXPECTED_RESPONSE', i18n.t('errors.unavailable'));
  },
};
