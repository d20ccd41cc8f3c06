import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema';

type JsonBody<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;

export type TenantRentMonths = JsonBody<paths['/api/rent/months']['get']['responses'][200]>;
export type TenantRentMonth = TenantRentMonths['months'][number];
export type StaffRentCalls = JsonBody<paths['/api/staff/rent-calls']['get']['responses'][200]>;
export type RentStatus = TenantRentMonth['status'];

export const tenantRentQuery = (account: string) =>
  queryOptions({
    queryKey: ['finance', 'rent', account],
    queryFn: () => unwrap(api.GET('/api/rent/months', { params: { query: { account } } })),
    staleTime: 60_000,
    retry: false,
  });

export const staffRentCallsQuery = (month: string) =>
  queryOptions({
    queryKey: ['staff', 'rent-calls', month],
    queryFn: () => unwrap(api.GET('/api/staff/rent-calls', { params: { query: { month } } })),
    staleTime: 0,
    retry: false,
  });

export const rentActions = {
  call: (month: string) => unwrap(api.POST('/api/staff/rent-calls', { body: { month } })),
  runReceipts: () => unwrap(api.POST('/api/staff/rent-receipts/run')),
};

export const statusColor: Record<RentStatus, string> = { paid: 'teal.9', partial: 'orange.9', unpaid: 'red.9' };
