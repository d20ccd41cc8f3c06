import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from './client.ts';
import type { LoginBody, Me } from './types.ts';

export const meQuery = queryOptions({
  queryKey: ['me'],
  queryFn: () => unwrap(api.GET('/api/me')),
  staleTime: 60_000,
});

export const settingsQuery = queryOptions({
  queryKey: ['settings'],
  queryFn: () => unwrap(api.GET('/api/settings')),
  staleTime: 5 * 60_000,
  // Settings only decide optional links: a failure must not hold the page.
  retry: false,
});

export const demoOutboxQuery = queryOptions({
  queryKey: ['demo', 'outbox'],
  queryFn: () => unwrap(api.GET('/api/demo/outbox')),
  staleTime: 0,
  retry: false,
});

export function logIn(body: LoginBody): Promise<Me> {
  return unwrap(api.POST('/api/auth/login', { body }));
}

export function logOut(): Promise<void> {
  return unwrap(api.POST('/api/auth/logout'));
}
