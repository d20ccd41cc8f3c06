import { type QueryClient, queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema';

type JsonBody<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;

export type DirectDebitOptions = JsonBody<paths['/api/direct-debit/options']['get']['responses'][200]>;
export type PayableAccount = DirectDebitOptions['accounts'][number];
export type Mandate = DirectDebitOptions['mandates'][number];
export type SummaryRequest = JsonBody<NonNullable<paths['/api/direct-debit/summary']['post']['requestBody']>>;
export type MandateSummary = JsonBody<paths['/api/direct-debit/summary']['post']['responses'][200]>;
export type BankDetailsChallenge = JsonBody<
  paths['/api/direct-debit/mandates/{id}/bank-details/summary']['post']['responses'][200]
>;
export type Mode = SummaryRequest['mode'];

/** What every code step needs: where the code went and for how long it lives. */
export interface SentCode {
  challengeId: string;
  sentTo: string;
  expiresAt: string;
  resendAfter: string;
}

export const directDebitOptionsQuery = queryOptions({
  queryKey: ['direct-debit', 'options'],
  queryFn: () => unwrap(api.GET('/api/direct-debit/options')),
  staleTime: 30_000,
  retry: false,
});

export const directDebit = {
  summary: (body: SummaryRequest) => unwrap(api.POST('/api/direct-debit/summary', { body })),
  resend: (id: string) => unwrap(api.POST('/api/direct-debit/challenges/{id}/resend', { params: { path: { id } } })),
  sign: (challengeId: string, code: string) => unwrap(api.POST('/api/direct-debit/sign', { body: { challengeId, code } })),
  revoke: (id: string) => unwrap(api.POST('/api/direct-debit/mandates/{id}/revoke', { params: { path: { id } } })),
  bankDetailsSummary: (id: string, body: { iban: string; bic?: string }) =>
    unwrap(api.POST('/api/direct-debit/mandates/{id}/bank-details/summary', { params: { path: { id } }, body })),
  confirmBankDetails: (id: string, challengeId: string, code: string) =>
    unwrap(
      api.POST('/api/direct-debit/mandates/{id}/bank-details/confirm', {
        params: { path: { id } },
        body: { challengeId, code },
      }),
    ),
};

/** A signature, a revocation or new bank details change what Finances shows: both lists are read again. */
export function refreshAfterMandateChange(queryClient: QueryClient): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: ['direct-debit'] }),
    queryClient.invalidateQueries({ queryKey: ['finance'] }),
  ]);
}

export const mandateFileUrl = (documentId: string) => `/api/documents/${documentId}/file?disposition=attachment`;
