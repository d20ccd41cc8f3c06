import { parisDate } from '../../../domain/calendar.ts';
import type { Config } from '../../config.ts';
import type { Database, Executor } from '../../db/client.ts';
import { recordAuditEvent } from '../../platform/audit.ts';
import type { SignInEvidence } from '../../platform/auth/sign-in.ts';
import { AppError } from '../../platform/errors.ts';
import type { Outbox } from '../../platform/messaging/outbox.ts';
import { maskMobilePhone, sameHash } from '../../platform/messaging/sms-codes.ts';
import { queueEmailConfirmation } from './account-emails.ts';
import { hashAccountToken, newAccountToken, newSmsCode, SMS_CODE_MAX_TRIES } from './account-tokens.ts';
import {
  type AccountHolder,
  type AccountTokenRow,
  countWrongSmsCode,
  expireUnusedTokens,
  findAgencyOfAccount,
  insertAccountToken,
  lockToken,
} from './password.repository.ts';
import { describeLifetime } from './password-links.ts';

/**
 * Giving an address to an account that has none, without being signed in ("Mot de passe oublié"). Client
 * references are printed on every call for funds, so knowing one proves nothing, and following the emailed
 * link only proves that the requester reads that mailbox. A code sent by SMS to the mobile on the client's
 * file proves that the requester is the person; without such a mobile, only the agency can check.
 */

export { maskMobilePhone, reachableMobile } from '../../platform/messaging/sms-codes.ts';

export const smsCodeText = (code: string): string =>
  `Palier : votre code de vérification est ${code}. Il ne vous sera jamais demandé par téléphone.`;

/**
 * The confirmation link to the given address and the code to the mobile on file, in the caller's
 * transaction: the token (with the code's hash), the end of the previous links, the email, the SMS and the
 * trace stand or fall together. Only the latest link and code work.
 */
export async function sendAttachmentLinkAndCode(
  tx: Executor,
  deps: { outbox: Outbox; config: Config },
  request: { holder: AccountHolder; email: string; mobilePhone: string; evidence: SignInEvidence; now: Date },
): Promise<void> {
  const { config, outbox } = deps;
  const { holder, email, mobilePhone, evidence, now } = request;
  const token = newAccountToken();
  const code = newSmsCode();
  const maskedPhone = maskMobilePhone(mobilePhone);
  await expireUnusedTokens(tx, holder.accountId, ['email_confirmation'], now);
  await insertAccountToken(tx, {
    accountId: holder.accountId,
    purpose: 'email_confirmation',
    tokenHash: hashAccountToken(config, token),
    email,
    requestedFromIp: evidence.ipAddress,
    expiresAt: new Date(now.getTime() + config.passwordLinkTtlMinutes * 60_000),
    smsCodeHash: hashAccountToken(config, code),
  });
  await queueEmailConfirmation(tx, deps, holder, {
    to: email,
    url: `${config.publicUrl}/email/confirmer?jeton=${encodeURIComponent(token)}&suite=mot-de-passe`,
    lifetime: describeLifetime(config.passwordLinkTtlMinutes),
    continuesToPassword: true,
    smsCodeSentTo: maskedPhone,
  });
  const agency = await findAgencyOfAccount(tx, holder, parisDate(now));
  await outbox.queueSms(tx, { to: mobilePhone, text: smsCodeText(code), agencyId: agency?.id ?? null });
  await recordAuditEvent(tx, {
    accountId: holder.accountId,
    action: 'email.confirmation_requested',
    ...evidence,
    details: { email, from: 'forgotten_password', smsCodeSentTo: maskedPhone },
  });
}

const triesLeftMessage = (left: number) => `Code incorrect. Il vous reste ${left} essai${left > 1 ? 's' : ''}.`;

/**
 * Lets the confirmation through only with the right SMS code, when its link carries one. The code is
 * compared under a lock on the token, in a transaction of its own: a wrong try is counted and committed
 * before the answer leaves (a failure of the confirmation cannot roll it back), and concurrent guesses are
 * counted one after the other, so that no burst of requests gets more than the tries allowed.
 */
export async function checkSmsCode(
  db: Database,
  config: Config,
  token: AccountTokenRow,
  code: string | undefined,
  evidence: SignInEvidence,
): Promise<void> {
  if (!token.smsCodeHash) return;
  if (!code) {
    throw new AppError('SMS_CODE_REQUIRED', undefined, {
      attemptsLeft: SMS_CODE_MAX_TRIES - token.smsCodeAttempts,
      fields: [{ field: 'smsCode', message: 'Saisissez le code à 6 chiffres reçu par SMS.' }],
    });
  }
  const now = new Date();
  const outcome = await db.transaction(async (tx) => {
    const row = await lockToken(tx, token.id);
    if (!row?.smsCodeHash) return { kind: 'invalid' } as const;
    if (row.usedAt || row.smsCodeAttempts >= SMS_CODE_MAX_TRIES) return { kind: 'spent', row } as const;
    if (sameHash(hashAccountToken(config, code), row.smsCodeHash)) return { kind: 'right' } as const;
    const attempts = await countWrongSmsCode(tx, row.id, SMS_CODE_MAX_TRIES, now);
    await recordAuditEvent(tx, {
      accountId: row.accountId,
      action: 'email.attach_sms_failed',
      ...evidence,
      details: { email: row.email, attempts, linkSpent: attempts >= SMS_CODE_MAX_TRIES },
    });
    return { kind: 'wrong', left: SMS_CODE_MAX_TRIES - attempts } as const;
  });
  if (outcome.kind === 'right') return;
  if (outcome.kind === 'invalid') throw new AppError('LINK_INVALID');
  if (outcome.kind === 'spent') {
    // Two requests racing: the other one used the link, or spent its last try.
    throw new AppError(outcome.row.smsCodeAttempts >= SMS_CODE_MAX_TRIES ? 'SMS_CODE_EXHAUSTED' : 'LINK_USED');
  }
  if (outcome.left <= 0) throw new AppError('SMS_CODE_EXHAUSTED');
  const message = triesLeftMessage(outcome.left);
  throw new AppError('SMS_CODE_WRONG', message, { attemptsLeft: outcome.left, fields: [{ field: 'smsCode', message }] });
}
