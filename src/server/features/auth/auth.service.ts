import { canonicalClientReference, looksLikeEmail } from '../../../domain/client-reference.ts';
import type { Database } from '../../db/client.ts';
import { recordAuditEvent } from '../../platform/audit.ts';
import { closeSession } from '../../platform/auth/sessions.ts';
import { completeSignIn, type OpenedSession } from '../../platform/auth/sign-in.ts';
import type { Viewer } from '../../platform/auth/viewer.ts';
import { AppError } from '../../platform/errors.ts';
import { verifyPassword } from '../../platform/passwords.ts';
import { findAccountByClientReference, findAccountByEmail } from './auth.repository.ts';

export interface LoginAttempt {
  identifier: string;
  password: string;
  rememberMe: boolean;
  ipAddress: string;
  userAgent: string | null;
}

export class AuthService {
  constructor(private readonly deps: { db: Database; sessionSecret: string }) {}

  /**
   * One answer for every failure (unknown identifier, wrong password, locked account), given after the same
   * amount of work, so the login form tells nobody which identifiers exist.
   */
  async logIn(attempt: LoginAttempt): Promise<OpenedSession> {
    const { db } = this.deps;
    const identifier = attempt.identifier.trim();
    const account = looksLikeEmail(identifier)
      ? await findAccountByEmail(db, identifier)
      : await findAccountByClientReference(db, canonicalClientReference(identifier));
    const passwordMatches = await verifyPassword(account?.passwordHash, attempt.password);
    const locked = account?.lockedUntil ? account.lockedUntil > new Date() : false;
    const evidence = { ipAddress: attempt.ipAddress, userAgent: attempt.userAgent };

    if (!account || !passwordMatches || locked) {
      await recordAuditEvent(db, {
        accountId: account?.id ?? null,
        action: 'login.failed',
        ...evidence,
        details: { identifier, reason: !account ? 'unknown_identifier' : locked ? 'locked' : 'wrong_password' },
      });
      throw new AppError('INVALID_CREDENTIALS');
    }

    return completeSignIn(db, this.deps.sessionSecret, {
      accountId: account.id,
      method: 'password',
      persistent: attempt.rememberMe,
      evidence,
    });
  }

  async logOut(viewer: Viewer, evidence: { ipAddress: string; userAgent: string | null }): Promise<void> {
    await this.deps.db.transaction(async (tx) => {
      await closeSession(tx, { secret: this.deps.sessionSecret }, viewer.sessionId);
      await recordAuditEvent(tx, { accountId: viewer.accountId, action: 'logout', ...evidence });
    });
  }
}
