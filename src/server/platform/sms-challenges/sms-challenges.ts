import { randomInt } from 'node:crypto';
import type { Config } from '../../config.ts';
import type { Executor } from '../../db/client.ts';
import { hashSessionToken } from '../auth/session-tokens.ts';
import { AppError } from '../errors.ts';
import type { Outbox } from '../messaging/outbox.ts';
import { maskMobilePhone, reachableMobile, sameHash } from '../messaging/sms-codes.ts';
import {
  countWrongTry,
  insertSmsChallenge,
  lockSmsChallenge,
  markConfirmed,
  replaceCode,
  type SmsChallengePurpose,
  type SmsChallengeRow,
} from './sms-challenges.repository.ts';

/**
 * A code sent by SMS to agree to one precise thing (a mandate's text, new bank details): the challenge is
 * bound to the SHA-256 of that thing, so the code confirms it and nothing else. Four digits are enough with
 * five tries (one chance in 2 000) because the code lives ten minutes and reaches the mobile on file only.
 */
export const SMS_CHALLENGE_RULES = {
  ttlMinutes: 10,
  maxTries: 5,
  resendAfterSeconds: 60,
  maxSends: 3,
} as const;

export type { SmsChallengePurpose, SmsChallengeRow };

export interface SentChallenge {
  challengeId: string;
  sentTo: string;
  expiresAt: Date;
  resendAfter: Date;
}

export const signatureCodeText = (code: string): string =>
  `Palier : votre code de signature est ${code}. Il expire dans ${SMS_CHALLENGE_RULES.ttlMinutes} minutes. Ne le communiquez à personne.`;

const newCode = (): string => String(randomInt(0, 10_000)).padStart(4, '0');
// Keyed with SESSION_SECRET like every other secret Palier keeps: a copy of the database gives no code away.
const hashCode = (config: Config, challengeId: string, code: string) =>
  hashSessionToken(config.sessionSecret, `sms-challenge:${challengeId}:${code}`);

interface Deps {
  outbox: Outbox;
  config: Config;
}

/** The mobile on file that can receive the code, or a 422 telling the person where to add one. */
export function requireMobile(phone: string | null | undefined): string {
  const mobile = reachableMobile(phone);
  if (!mobile) throw new AppError('SMS_NO_MOBILE');
  return mobile;
}

const sent = (row: SmsChallengeRow, mobile: string): SentChallenge => ({
  challengeId: row.id,
  sentTo: maskMobilePhone(mobile),
  expiresAt: row.expiresAt,
  resendAfter: new Date(row.lastSentAt.getTime() + SMS_CHALLENGE_RULES.resendAfterSeconds * 1000),
});

/** A new challenge and its SMS, in the caller's transaction. */
export async function createSmsChallenge(
  tx: Executor,
  deps: Deps,
  request: {
    accountId: string;
    agencyId: string | null;
    purpose: SmsChallengePurpose;
    subjectHash: string;
    payload: Record<string, unknown>;
    mobilePhone: string;
    now: Date;
  },
): Promise<SentChallenge> {
  const code = newCode();
  const id = globalThis.crypto.randomUUID();
  const row = await insertSmsChallenge(tx, {
    id,
    accountId: request.accountId,
    purpose: request.purpose,
    subjectHash: request.subjectHash,
    payload: request.payload,
    codeHash: hashCode(deps.config, id, code),
    lastSentAt: request.now,
    expiresAt: new Date(request.now.getTime() + SMS_CHALLENGE_RULES.ttlMinutes * 60_000),
  });
  await deps.outbox.queueSms(tx, { to: request.mobilePhone, text: signatureCodeText(code), agencyId: request.agencyId });
  return sent(row, request.mobilePhone);
}

const notFound = () => new AppError('NOT_FOUND', "Cette demande de code n'existe pas.");

function refuseDead(row: SmsChallengeRow, now: Date): void {
  if (row.confirmedAt) throw new AppError('SMS_CHALLENGE_USED');
  if (row.attempts >= SMS_CHALLENGE_RULES.maxTries) throw new AppError('SMS_CHALLENGE_EXHAUSTED');
  if (row.expiresAt <= now) throw new AppError('SMS_CODE_EXPIRED');
}

/**
 * A new code for the same challenge (the old one stops working), after 60 seconds and 3 sends at most. The
 * wrong tries already made still count: re-sending does not buy new guesses.
 */
export async function resendSmsChallenge(
  tx: Executor,
  deps: Deps,
  request: {
    accountId: string;
    agencyId: string | null;
    challengeId: string;
    purpose?: SmsChallengePurpose;
    mobilePhone: string;
    now: Date;
  },
): Promise<SentChallenge> {
  const { now } = request;
  const row = await lockSmsChallenge(tx, request.accountId, request.challengeId, request.purpose);
  if (!row) throw notFound();
  if (row.confirmedAt) throw new AppError('SMS_CHALLENGE_USED');
  if (row.attempts >= SMS_CHALLENGE_RULES.maxTries) throw new AppError('SMS_CHALLENGE_EXHAUSTED');
  if (row.sendCount >= SMS_CHALLENGE_RULES.maxSends) throw new AppError('SMS_SEND_LIMIT');
  const waitMs = row.lastSentAt.getTime() + SMS_CHALLENGE_RULES.resendAfterSeconds * 1000 - now.getTime();
  if (waitMs > 0) {
    const seconds = Math.ceil(waitMs / 1000);
    throw new AppError('SMS_RESEND_TOO_EARLY', `Vous pourrez demander un nouveau code dans ${seconds} s.`, {
      retryAfterSeconds: seconds,
    });
  }
  const code = newCode();
  const updated = await replaceCode(tx, row.id, {
    codeHash: hashCode(deps.config, row.id, code),
    lastSentAt: now,
    expiresAt: new Date(now.getTime() + SMS_CHALLENGE_RULES.ttlMinutes * 60_000),
  });
  if (!updated) throw notFound();
  await deps.outbox.queueSms(tx, { to: request.mobilePhone, text: signatureCodeText(code), agencyId: request.agencyId });
  return sent(updated, request.mobilePhone);
}

export type ChallengeOutcome = { kind: 'right'; challenge: SmsChallengeRow } | { kind: 'wrong'; left: number };

/**
 * Checks the code under a lock on the challenge, in the caller's transaction. A right code marks the
 * challenge used; a wrong one is counted and answered as an outcome, not thrown, so that the caller can
 * commit the count before refusing (`refuseWrongCode`): a rollback must not give the try back.
 */
export async function checkSmsChallenge(
  tx: Executor,
  config: Config,
  request: { accountId: string; challengeId: string; purpose: SmsChallengePurpose; code: string; now: Date },
): Promise<ChallengeOutcome> {
  const row = await lockSmsChallenge(tx, request.accountId, request.challengeId, request.purpose);
  if (!row) throw notFound();
  refuseDead(row, request.now);
  if (sameHash(hashCode(config, row.id, request.code), row.codeHash)) {
    await markConfirmed(tx, row.id, request.now);
    return { kind: 'right', challenge: { ...row, confirmedAt: request.now } };
  }
  const attempts = await countWrongTry(tx, row.id);
  return { kind: 'wrong', left: SMS_CHALLENGE_RULES.maxTries - attempts };
}

/** The refusal of a wrong code, once its count is committed. */
export function wrongCodeError(left: number): AppError {
  if (left <= 0) return new AppError('SMS_CHALLENGE_EXHAUSTED');
  const message = `Code incorrect. Il vous reste ${left} essai${left > 1 ? 's' : ''}.`;
  return new AppError('SMS_CODE_WRONG', message, { attemptsLeft: left, fields: [{ field: 'code', message }] });
}
