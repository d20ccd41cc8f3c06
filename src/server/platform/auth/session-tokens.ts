import { createHmac, randomBytes } from 'node:crypto';

export const SESSION_COOKIE = 'palier_session';

/** 256 random bits, sent to the browser once; the server keeps only `hashSessionToken(token)`. */
export const newSessionToken = (): string => randomBytes(32).toString('base64url');

/** Keyed with SESSION_SECRET, so the stored hashes are useless without the server's configuration. */
export const hashSessionToken = (secret: string, token: string): string =>
  createHmac('sha256', secret).update(token).digest('base64url');
