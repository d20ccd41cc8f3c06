import { canonicalClientReference, looksLikeEmail } from '../../../domain/client-reference.ts';
import {
  ACCOUNT_THROTTLE,
  ADDRESS_THROTTLE,
  isLockedByFailures,
  shouldLock,
  waitBeforeNextAttempt,
} from '../../../domain/login-throttle.ts';
import type { Config } from '../../config.ts';
import type { Database, Executor } from '../../db/client.ts';
import { recordAuditEvent } from '../../platform/audit.ts';
import { closeSession } from '../../platform/auth/sessions.ts';
import { completeSignIn, type OpenedSession } from '../../platform/auth/sign-in.ts';
import type { Viewer } from '../../platform/auth/viewer.ts';
import { AppError } from '../../platform/errors.ts';
import type { Outbox } from '../../platform/messaging/outbox.ts';
import { verifyPassword } from '../../platform/passwords.ts';
import { queueAccountLockedNotice } from '../password/account-emails.ts';
import { findAccountHolder } from '../password/password.repository.ts';
import { findAccountByClientReference, findAccountByEmail, lockAccount } from './auth.repository.ts';
import { clearThrottle, countFailure, readThrottles } from './login-throttle.repository.ts';

export interface LoginAttempt {
  identifier: string;
  password: string;
  rememberMe: boolean;
  ipAddress: string;
  userAgent: string | null;
}

export interface AuthDependencies {
  db: Database;
  sessionSecret: string;
  outbox: Outbox;
  config: Config;
}

export class AuthService {
  constructor(private readonly deps: AuthDependencies) {}

  /**
   * One answer for every failure (unknown identifier, wrong password, locked account), given after the same
   * amount of work, so the login form tells nobody which identifiers exist. Failures are counted per account
   * and per address: after 5 on an account a growing delay, after 10 a 15-minute lock and an email to the
   * owner. An identifier that matches no account is counted and delayed the same way, so that the delays do
   * not give the accounts away either.
   */
  async logIn(attempt: LoginAttempt): Promise<OpenedSession> {
    const { db } = this.deps;
    const now = new Date();
    const identifier = attempt.identifier.trim();
    const email = looksLikeEmail(identifier);
    const account = email
      ? await findAccountByEmail(db, identifier)
      : await findAccountByClientReference(db, canonicalClientReference(identifier));
    const subjectKey = account
      ? `account:${account.id}`
      : `identifier:${email ? identifier.toLowerCase() : canonicalClientReference(identifier)}`;
    const addressKey = `ip:${attempt.ipAddress}`;
    const evidence = { ipAddress: attempt.ipAddress, userAgent: attempt.userAgent };
    const fail = async (reason: string) => {
      await recordAuditEvent(db, {
        accountId: account?.id ?? null,
        action: 'login.failed',
        ...evidence,
        details: { identifier, reason },
      });
    };

    const throttles = await readThrottles(db, [subjectKey, addressKey]);
    const subject = throttles.get(subjectKey);
    const locked = account ? (account.lockedUntil ?? now) > now : isLockedByFailures(subject, now, ACCOUNT_THROTTLE);
    if (locked) {
      // The password is still checked (against a decoy): a right one and a wrong one must cost the same.
      await verifyPassword(null, attempt.password);
      await fail('locked');
      throw new AppError('INVALID_CREDENTIALS');
    }

    const wait = Math.max(
      waitBeforeNextAttempt(subject, now, ACCOUNT_THROTTLE),
      waitBeforeNextAttempt(throttles.get(addressKey), now, ADDRESS_THROTTLE),
    );
    if (wait > 0) {
      await fail('throttled');
      throw new AppError('RATE_LIMITED', 'Trop de tentatives de connexion. Merci de patienter avant de réessayer.', {
        retryAfterSeconds: Math.ceil(wait / 1000),
      });
    }

    const passwordMatches = await verifyPassword(account?.passwordHash, attempt.password);
    if (!account || !passwordMatches) {
      await db.transaction(async (tx) => {
        const failures = await countFailure(tx, subjectKey, now, ACCOUNT_THROTTLE.windowMs);
        await countFailure(tx, addressKey, now, ADDRESS_THROTTLE.windowMs);
        await recordAuditEvent(tx, {
          accountId: account?.id ?? null,
          action: 'login.failed',
          ...evidence,
          details: { identifier, reason: account ? 'wrong_password' : 'unknown_identifier' },
        });
        if (account && shouldLock(failures, ACCOUNT_THROTTLE)) await this.lock(tx, account.id, now, evidence);
      });
      throw new AppError('INVALID_CREDENTIALS');
    }

    await clearThrottle(db, subjectKey);
    return completeSignIn(db, this.deps.sessionSecret, {
      accountId: account.id,
      method: 'password',
      persistent: attempt.rememberMe,
      evidence,
    });
  }

  private async lock(
    tx: Executor,
    accountId: string,
    now: Date,
    evidence: { ipAddress: string; userAgent: string | null },
  ): Promise<void> {
    const lockedUntil = new Date(now.getTime() + (ACCOUNT_THROTTLE.lockMs ?? 0));
    await lockAccount(tx, accountId, lockedUntil);
    await recordAuditEvent(tx, {
      accountId,
      action: 'account.locked',
      ...evidence,
      details: { until: lockedUntil.toISOString() },
    });
    const holder = await findAccountHolder(tx, accountId);
    if (holder?.email) await queueAccountLockedNotice(tx, this.deps, { ...holder, email: holder.email }, lockedUntil);
  }

  async logOut(viewer: Viewer, evidence: { ipAddress: string; userAgent: string | null }): Promise<void> {
    await this.deps.db.transaction(async (tx) => {
      await closeSession(tx, { secret: this.deps.sessionSecret }, viewer.sessionId);
      await recordAuditEvent(tx, { accountId: viewer.accountId, action: 'logout', ...evidence });
    });
  }
}
