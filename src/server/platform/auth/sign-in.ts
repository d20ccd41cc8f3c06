import type { Database } from '../../db/client.ts';
import { recordAuditEvent } from '../audit.ts';
import { AppError } from '../errors.ts';
import type { Evidence } from '../http/evidence.ts';
import { openSession, type SignInMethod } from './sessions.ts';
import { isAccountBlocked, recordSuccessfulLogin } from './sign-in.repository.ts';

export type SignInEvidence = Evidence;

export interface OpenedSession {
  accountId: string;
  token: string;
  expiresAt: Date;
  persistent: boolean;
}

/**
 * The last step of every way in (password, passkey, linked provider), once the person is identified: refuse
 * an account its agency suspended, then open the session and leave the trace, in one transaction.
 */
export async function completeSignIn(
  db: Database,
  sessionSecret: string,
  request: { accountId: string; method: SignInMethod; persistent: boolean; evidence: SignInEvidence },
): Promise<OpenedSession> {
  const { accountId, method, persistent, evidence } = request;
  // Checked outside the transaction: the trace of a refusal must survive the refusal.
  if (await isAccountBlocked(db, accountId)) {
    await recordAuditEvent(db, { accountId, action: 'login.refused', ...evidence, details: { method, reason: 'blocked' } });
    throw new AppError('ACCOUNT_BLOCKED');
  }
  return db.transaction(async (tx) => {
    const now = new Date();
    const session = await openSession(
      tx,
      { secret: sessionSecret, now: () => now },
      { accountId, persistent, method, ...evidence },
    );
    await recordSuccessfulLogin(tx, accountId, now);
    await recordAuditEvent(tx, { accountId, action: 'login.succeeded', ...evidence, details: { method, persistent } });
    return { accountId, ...session, persistent };
  });
}
