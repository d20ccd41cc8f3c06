import { randomInt } from 'node:crypto';
import type { Config } from '../../config.ts';
import type { Executor } from '../../db/client.ts';
import { hashSessionToken, newSessionToken } from '../../platform/auth/session-tokens.ts';
import { AppError } from '../../platform/errors.ts';
import { type AccountTokenPurpose, type AccountTokenRow, findTokenByHash } from './password.repository.ts';

// Emailed links are as unguessable as session tokens (256 random bits) and stored the same way: only a hash
// keyed with SESSION_SECRET, so a copy of the database opens nothing.
export const newAccountToken = newSessionToken;
export const hashAccountToken = (config: Config, token: string): string => hashSessionToken(config.sessionSecret, token);

/**
 * Wrong tries allowed on the SMS code that goes with a link. A million codes, five tries: one chance in
 * 200 000 per link, and each new link costs a request under the hourly caps and an SMS the owner sees.
 */
export const SMS_CODE_MAX_TRIES = 5;

/** Six digits from the system's CSPRNG, leading zeros kept. Stored like the tokens: keyed hash only. */
export const newSmsCode = (): string => String(randomInt(0, 1_000_000)).padStart(6, '0');

/**
 * The live token behind a link, or the reason it cannot serve, in words the person understands: a token
 * unknown, tampered with or meant for something else is "not valid"; a spent one "already used" (or spent
 * by wrong SMS codes: "too many tries"); an old one, or one replaced by a newer link, "expired".
 */
export async function resolveAccountToken(
  db: Executor,
  config: Config,
  token: string,
  purposes: AccountTokenPurpose[],
  now: Date,
): Promise<AccountTokenRow> {
  const row = await findTokenByHash(db, hashAccountToken(config, token));
  if (!row || !purposes.includes(row.purpose)) throw new AppError('LINK_INVALID');
  if (row.usedAt) throw new AppError(isBurntBySmsTries(row) ? 'SMS_CODE_EXHAUSTED' : 'LINK_USED');
  if (row.expiresAt <= now) throw new AppError('LINK_EXPIRED');
  return row;
}

// A right code does not count as a try, so a link used after its fifth try can only have been burnt by it.
export const isBurntBySmsTries = (row: AccountTokenRow): boolean =>
  row.smsCodeHash !== null && row.smsCodeAttempts >= SMS_CODE_MAX_TRIES;
