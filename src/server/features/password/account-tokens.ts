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
 * The live token behind a link, or the reason it cannot serve, in words the person understands: a token
 * unknown, tampered with or meant for something else is "not valid"; a spent one "already used"; an old one,
 * or one replaced by a newer link, "expired".
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
  if (row.usedAt) throw new AppError('LINK_USED');
  if (row.expiresAt <= now) throw new AppError('LINK_EXPIRED');
  return row;
}
