import type { Executor } from '../../db/client.ts';

/** How a person proved who they are: shown in their list of devices and in the access log. */
export type SignInMethod = 'password' | 'passkey' | `oidc:${string}`;

import { hashSessionToken, newSessionToken } from './session-tokens.ts';
import { findLiveSession, insertSession, revokeSession, type SessionRecord, touchSession } from './sessions.repository.ts';

/**
 * Session lifetimes. "Rester connecté" (persistent) keeps a device signed in for 30 days of use; otherwise the
 * cookie ends with the browser and the server forgets an idle session after 2 hours.
 */
export const SESSION_LIFETIME = {
  persistentMs: 30 * 24 * 60 * 60 * 1000,
  browserIdleMs: 2 * 60 * 60 * 1000,
  /** lastSeenAt is written at most this often, so browsing does not write on every request. */
  touchEveryMs: 60 * 1000,
} as const;

const lifetimeOf = (persistent: boolean) => (persistent ? SESSION_LIFETIME.persistentMs : SESSION_LIFETIME.browserIdleMs);

export interface SessionContext {
  secret: string;
  now?: () => Date;
}

export async function openSession(
  db: Executor,
  context: SessionContext,
  request: { accountId: string; persistent: boolean; method: SignInMethod; userAgent: string | null; ipAddress: string },
): Promise<{ token: string; expiresAt: Date }> {
  const now = context.now?.() ?? new Date();
  const token = newSessionToken();
  const expiresAt = new Date(now.getTime() + lifetimeOf(request.persistent));
  await insertSession(db, { ...request, tokenHash: hashSessionToken(context.secret, token), expiresAt });
  return { token, expiresAt };
}

/** The live session behind a cookie token, extended by use (sliding expiry). */
export async function resumeSession(db: Executor, context: SessionContext, token: string): Promise<SessionRecord | undefined> {
  const now = context.now?.() ?? new Date();
  const session = await findLiveSession(db, hashSessionToken(context.secret, token), now);
  if (session && now.getTime() - session.lastSeenAt.getTime() > SESSION_LIFETIME.touchEveryMs) {
    await touchSession(db, session.id, now, new Date(now.getTime() + lifetimeOf(session.persistent)));
  }
  return session;
}

export async function closeSession(db: Executor, context: SessionContext, sessionId: string): Promise<void> {
  await revokeSession(db, sessionId, context.now?.() ?? new Date());
}
