import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';

export const socialProvidersQuery = queryOptions({
  queryKey: ['auth', 'providers'],
  queryFn: () => unwrap(api.GET('/api/auth/providers')),
  staleTime: 5 * 60_000,
  // Optional buttons: a failure hides them rather than holding the login page.
  retry: false,
});

export const linkedAccountsQuery = queryOptions({
  queryKey: ['me', 'linked-accounts'],
  queryFn: () => unwrap(api.GET('/api/me/linked-accounts')),
  staleTime: 0,
});

/** Where the browser must go to link `provider`; the server has set the cookie that ties the flow to it. */
export async function startLink(provider: string): Promise<string> {
  const { url } = await unwrap(api.POST('/api/me/linked-accounts/{provider}/start', { params: { path: { provider } } }));
  return url;
}

export function unlink(id: string): Promise<void> {
  return unwrap(api.DELETE('/api/me/linked-accounts/{id}', { params: { path: { id } } }));
}

/** A full page load, not a fetch: the server answers with a redirect to the provider. */
export const signInUrl = (provider: string) => `/api/auth/oidc/${encodeURIComponent(provider)}/start`;
