import type { Config } from '../../config.ts';
import type { Database } from '../../db/client.ts';
import { recordAuditEvent } from '../../platform/audit.ts';
import { revokeAccountSessions } from '../../platform/auth/sessions.repository.ts';
import type { SignInEvidence } from '../../platform/auth/sign-in.ts';
import type { Viewer } from '../../platform/auth/viewer.ts';
import { AppError } from '../../platform/errors.ts';
import type { Outbox } from '../../platform/messaging/outbox.ts';
import { hashPassword, verifyPassword } from '../../platform/passwords.ts';
import { queueEmailChangedNotice, queueEmailConfirmation, queuePasswordChangedNotice } from './account-emails.ts';
import { hashAccountToken, newAccountToken, resolveAccountToken, SMS_CODE_MAX_TRIES } from './account-tokens.ts';
import { checkSmsCode, maskMobilePhone } from './email-attachment.ts';
import {
  type AccountHolder,
  changeAccountEmail,
  consumeToken,
  expireUnusedTokens,
  findAccountHolder,
  findPendingEmailChange,
  insertAccountToken,
  isEmailTakenByAnother,
  setPasswordHash,
} from './password.repository.ts';
import { personalWordsOf } from './password.service.ts';
import { describeLifetime, issuePasswordToken } from './password-links.ts';
import { assertAcceptablePassword } from './password-strength.ts';

export interface Credentials {
  email: string | null;
  pendingEmail: { email: string; expiresAt: Date } | null;
  hasPassword: boolean;
}

/** "Mot de passe et adresse email" of the profile, and the confirmation of a new address from its mailbox. */
export class CredentialsService {
  constructor(private readonly deps: { db: Database; outbox: Outbox; config: Config }) {}

  async describe(viewer: Viewer): Promise<Credentials> {
    const holder = await this.holderOf(viewer.accountId);
    const pending = await findPendingEmailChange(this.deps.db, holder.accountId, new Date());
    return {
      email: holder.email,
      pendingEmail: pending?.email ? { email: pending.email, expiresAt: pending.expiresAt } : null,
      hasPassword: holder.hasPassword,
    };
  }

  /** The current password is asked again: a session left open on a shared computer must not be enough. */
  async changePassword(
    viewer: Viewer,
    input: { currentPassword?: string | undefined; newPassword: string },
    evidence: SignInEvidence,
  ): Promise<void> {
    const { db } = this.deps;
    const holder = await this.holderOf(viewer.accountId);
    await this.checkCurrentPassword(holder, input.currentPassword, evidence);
    assertAcceptablePassword(input.newPassword, await personalWordsOf(db, holder));
    const passwordHash = await hashPassword(input.newPassword);
    const now = new Date();
    await db.transaction(async (tx) => {
      await setPasswordHash(tx, holder.accountId, passwordHash);
      await expireUnusedTokens(tx, holder.accountId, ['password_setup', 'password_reset'], now);
      // Other devices are signed out; this one, where the person just proved the old password, stays in.
      await revokeAccountSessions(tx, holder.accountId, now, viewer.sessionId);
      await recordAuditEvent(tx, {
        accountId: holder.accountId,
        action: 'password.changed',
        ...evidence,
        details: { via: 'profile' },
      });
      if (holder.email) await queuePasswordChangedNotice(tx, this.deps, { ...holder, email: holder.email }, now);
    });
  }

  /** The new address is only recorded on the link sent to it; the account keeps its address until confirmed. */
  async requestEmailChange(
    viewer: Viewer,
    input: { email: string; currentPassword?: string | undefined },
    evidence: SignInEvidence,
  ): Promise<Credentials> {
    const { db, config } = this.deps;
    const holder = await this.holderOf(viewer.accountId);
    if (holder.email?.toLowerCase() === input.email.toLowerCase()) {
      throw new AppError('BAD_REQUEST', 'Cette adresse est déjà celle de votre compte.');
    }
    await this.checkCurrentPassword(holder, input.currentPassword, evidence);
    if (await isEmailTakenByAnother(db, input.email, holder.accountId)) throw new AppError('EMAIL_TAKEN');
    const now = new Date();
    await db.transaction(async (tx) => {
      const token = newAccountToken();
      await expireUnusedTokens(tx, holder.accountId, ['email_confirmation'], now);
      await insertAccountToken(tx, {
        accountId: holder.accountId,
        purpose: 'email_confirmation',
        tokenHash: hashAccountToken(config, token),
        email: input.email,
        requestedFromIp: evidence.ipAddress,
        expiresAt: new Date(now.getTime() + config.passwordLinkTtlMinutes * 60_000),
      });
      await queueEmailConfirmation(tx, this.deps, holder, {
        to: input.email,
        url: `${config.publicUrl}/email/confirmer?jeton=${encodeURIComponent(token)}`,
        lifetime: describeLifetime(config.passwordLinkTtlMinutes),
        continuesToPassword: false,
      });
      await recordAuditEvent(tx, {
        accountId: holder.accountId,
        action: 'email.confirmation_requested',
        ...evidence,
        details: { email: input.email, from: 'profile' },
      });
    });
    return this.describe(viewer);
  }

  async cancelEmailChange(viewer: Viewer): Promise<Credentials> {
    await expireUnusedTokens(this.deps.db, viewer.accountId, ['email_confirmation'], new Date());
    return this.describe(viewer);
  }

  /** What the confirmation page needs before the person acts: the address, and whether an SMS code goes with it. */
  async describeEmailLink(
    token: string,
  ): Promise<{ email: string; smsCodeRequired: boolean; phone: string | null; attemptsLeft: number | null }> {
    const row = await resolveAccountToken(this.deps.db, this.deps.config, token, ['email_confirmation'], new Date());
    if (!row.email) throw new AppError('LINK_INVALID');
    const required = row.smsCodeHash !== null;
    const mobile = required ? (await this.holderOf(row.accountId)).person?.mobilePhone : null;
    return {
      email: row.email,
      smsCodeRequired: required,
      phone: mobile ? maskMobilePhone(mobile) : null,
      attemptsLeft: required ? SMS_CODE_MAX_TRIES - row.smsCodeAttempts : null,
    };
  }

  /**
   * Following the link proves the mailbox: the address becomes the account's, with its history, and the
   * previous address is told. From "Mot de passe oublié" the link alone is not enough: the code sent by SMS
   * to the mobile on file must come with it (see email-attachment.ts), and the agency sees the attachment in
   * the client's history. The person then goes on to create the password at once, with a password link
   * handed over here rather than sent to the mailbox they have just proved.
   */
  async confirmEmail(
    input: { token: string; continueToPassword: boolean; smsCode?: string | undefined },
    evidence: SignInEvidence,
  ): Promise<{ email: string; passwordToken: string | null }> {
    const { db, config } = this.deps;
    const now = new Date();
    const row = await resolveAccountToken(db, config, input.token, ['email_confirmation'], now);
    const holder = await this.holderOf(row.accountId);
    const newEmail = row.email;
    if (!newEmail) throw new AppError('LINK_INVALID');
    if (await isEmailTakenByAnother(db, newEmail, holder.accountId)) throw new AppError('EMAIL_TAKEN');
    await checkSmsCode(db, config, row, input.smsCode, evidence);

    return db.transaction(async (tx) => {
      if (!(await consumeToken(tx, row.id, now))) throw new AppError('LINK_USED');
      await expireUnusedTokens(tx, holder.accountId, ['email_confirmation'], now);
      const changed = await changeAccountEmail(tx, {
        accountId: holder.accountId,
        previousEmail: holder.email,
        newEmail,
        changedByAccountId: holder.accountId,
        reason: row.smsCodeHash
          ? 'Confirmée depuis la boîte de réception et par code SMS'
          : 'Confirmée depuis la boîte de réception',
      });
      if (!changed) throw new AppError('EMAIL_TAKEN');
      await recordAuditEvent(tx, {
        accountId: holder.accountId,
        action: 'email.changed',
        ...evidence,
        details: { previousEmail: holder.email, newEmail },
      });
      if (row.smsCodeHash) {
        await recordAuditEvent(tx, {
          accountId: holder.accountId,
          action: 'email.attached_by_person',
          ...evidence,
          details: { email: newEmail, verifiedBy: 'sms_code' },
        });
      }
      if (holder.email && holder.email.toLowerCase() !== newEmail.toLowerCase()) {
        await queueEmailChangedNotice(tx, this.deps, holder, { previousEmail: holder.email, newEmail });
      }
      const passwordToken = input.continueToPassword
        ? await issuePasswordToken(tx, config, { ...holder, email: newEmail }, evidence.ipAddress)
        : null;
      return { email: newEmail, passwordToken };
    });
  }

  private async checkCurrentPassword(holder: AccountHolder, currentPassword: string | undefined, evidence: SignInEvidence) {
    // An account opened by passkey or linked provider only has no password to ask for.
    if (!holder.hasPassword) return;
    if (currentPassword && (await verifyPassword(holder.passwordHash, currentPassword))) return;
    await recordAuditEvent(this.deps.db, {
      accountId: holder.accountId,
      action: 'password.check_failed',
      ...evidence,
    });
    throw new AppError('CURRENT_PASSWORD_WRONG', undefined, {
      fields: [{ field: 'currentPassword', message: 'Le mot de passe actuel est incorrect.' }],
    });
  }

  private async holderOf(accountId: string): Promise<AccountHolder> {
    const holder = await findAccountHolder(this.deps.db, accountId);
    if (!holder) throw new AppError('UNAUTHENTICATED');
    return holder;
  }
}
