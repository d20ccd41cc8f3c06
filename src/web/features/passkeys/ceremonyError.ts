import { WebAuthnError } from '@simplewebauthn/browser';
import { ApiError } from '../../api/client.ts';

export type CeremonyFailure =
  | { kind: 'cancelled' }
  | { kind: 'alreadyRegistered' }
  | { kind: 'api'; message: string }
  | { kind: 'device' };

/**
 * What went wrong while the browser talked to the authenticator. Browsers answer NotAllowedError both when the
 * person closes the prompt and when it times out: either way the person chose not to go on, which deserves a
 * calm word rather than an error.
 */
export function describeCeremonyFailure(error: unknown): CeremonyFailure {
  if (error instanceof ApiError) return { kind: 'api', message: error.message };
  const name = error instanceof Error ? error.name : '';
  const code = error instanceof WebAuthnError ? error.code : undefined;
  if (name === 'NotAllowedError' || name === 'AbortError' || code === 'ERROR_CEREMONY_ABORTED') return { kind: 'cancelled' };
  if (code === 'ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED') return { kind: 'alreadyRegistered' };
  return { kind: 'device' };
}
