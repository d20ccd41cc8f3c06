import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';

export const sessionsQuery = queryOptions({
  queryKey: ['me', 'sessions'],
  queryFn: () => unwrap(api.GET('/api/me/sessions')),
  staleTime: 0,
});

export const accessLogQuery = queryOptions({
  queryKey: ['me', 'access-log'],
  queryFn: () => unwrap(api.GET('/api/me/access-log')),
  staleTime: 0,
});

export function revokeSession(sessionId: string): Promise<void> {
  return unwrap(api.DELETE('/api/me/sessions/{sessionId}', { params: { path: { sessionId } } }));
}

export function revokeOtherSessions(): Promise<{ revoked: number }> {
  return unwrap(api.POST('/api/me/sessions/revoke-others'));
}
