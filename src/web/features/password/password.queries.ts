import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { checkLengthRule } from '../../../domain/password-rules.ts';
import { api, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema';

type JsonBody<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;

export type ForgottenAnswer = JsonBody<paths['/api/auth/password/forgotten']['post']['responses'][200]>;
export type PasswordStrength = JsonBody<paths['/api/auth/password/strength']['post']['responses'][200]>;
export type Credentials = JsonBody<paths['/api/me/credentials']['get']['responses'][200]>;

export const requestPasswordLink = (identifier: string) =>
  unwrap(api.POST('/api/auth/password/forgotten', { body: { identifier } }));

export const provideEmail = (identifier: string, email: string) =>
  unwrap(api.POST('/api/auth/password/forgotten/email', { body: { identifier, email } }));

export const passwordLinkQuery = (token: string) =>
  queryOptions({
    queryKey: ['password-link', token],
    queryFn: () => unwrap(api.POST('/api/auth/password/link', { body: { token } })),
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
  });

export const setPassword = (token: string, password: string) =>
  unwrap(api.POST('/api/auth/password', { body: { token, password } }));

/** Whether a confirmation link still serves, for which address, and whether the SMS code must come with it. */
export const emailLinkQuery = (token: string) =>
  queryOptions({
    queryKey: ['email-link', token],
    queryFn: () => unwrap(api.POST('/api/auth/email/link', { body: { token } })),
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
  });

export const confirmEmail = (token: string, continueToPassword: boolean, smsCode?: string) =>
  unwrap(
    api.POST('/api/auth/email/confirm', {
      body: smsCode ? { token, continueToPassword, smsCode } : { token, continueToPassword },
    }),
  );

export const credentialsQuery = queryOptions({
  queryKey: ['me', 'credentials'],
  queryFn: () => unwrap(api.GET('/api/me/credentials')),
  staleTime: 0,
});

export const changePassword = (body: { currentPassword?: string; newPassword: string }) =>
  unwrap(api.PUT('/api/me/password', { body }));

export const changeEmail = (body: { email: string; currentPassword?: string }) => unwrap(api.POST('/api/me/email', { body }));

export const cancelEmailChange = () => unwrap(api.DELETE('/api/me/email/pending'));

/** A value that settles `delayMs` after the last change: the server is asked once the person pauses. */
function useSettled<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}

/**
 * The password rules as the person types: the length rule at once, in the browser; whether it is guessable
 * from the server (dictionaries, the person's names), once typing pauses. The server checks again on save.
 */
export function usePasswordRules(password: string, token?: string) {
  const lengthRule = checkLengthRule(password);
  const settled = useSettled(password, 350);
  const ready = settled === password && lengthRule.satisfied;
  const strength = useQuery({
    queryKey: ['password-strength', settled, token ?? null],
    queryFn: () =>
      unwrap(api.POST('/api/auth/password/strength', { body: token ? { password: settled, token } : { password: settled } })),
    enabled: checkLengthRule(settled).satisfied,
    placeholderData: keepPreviousData,
    // Typed passwords are not kept in memory longer than needed.
    gcTime: 0,
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
  const current = ready && !strength.isPlaceholderData ? strength.data : undefined;
  return {
    lengthRule,
    strength: current,
    checking: lengthRule.satisfied && (!ready || strength.isFetching),
    acceptable: lengthRule.satisfied && current?.acceptable === true,
  };
}
