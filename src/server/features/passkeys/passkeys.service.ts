import {
  type AuthenticationResponseJSON,
  generateAuthenticationOptions,
  generateRegistrationOptions,
  type RegistrationResponseJSON,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
} from '@simplewebauthn/server';
import { decodeClientDataJSON, isoBase64URL, isoUint8Array } from '@simplewebauthn/server/helpers';
import type { Database } from '../../db/client.ts';
import { recordAuditEvent } from '../../platform/audit.ts';
import { completeSignIn, type OpenedSession, type SignInEvidence } from '../../platform/auth/sign-in.ts';
import type { Viewer } from '../../platform/auth/viewer.ts';
import { AppError } from '../../platform/errors.ts';
import { describeDevice } from '../security/security.presenter.ts';
import { registrantLabels } from './passkeys.presenter.ts';
import {
  consumeChallenge,
  deleteExpiredChallenges,
  deleteOwnPasskey,
  findPasskeyByCredentialId,
  findRegistrant,
  insertChallenge,
  insertPasskey,
  listAccountPasskeys,
  type PasskeyRow,
  recordPasskeyUse,
  renameOwnPasskey,
} from './passkeys.repository.ts';
import type { RegistrationBody, SignInBody } from './passkeys.schema.ts';

/** A challenge serves one ceremony within this delay, long enough to name the new key after the prompt. */
export const CHALLENGE_TTL_MS = 5 * 60 * 1000;
const CEREMONY_TIMEOUT_MS = 2 * 60 * 1000;

interface RelyingParty {
  id: string;
  name: string;
  origin: string;
}

type FailureReason = 'challenge_expired' | 'unknown_credential' | 'user_mismatch' | 'bad_signature' | 'counter_regressed';

/**
 * Passkeys, the "biométrie" of the mobile app: a person adds one from their profile, then signs in with it
 * without typing anything (discoverable credentials). @simplewebauthn checks the cryptography; this service
 * keeps the rules around it: challenges single use and short-lived, keys scoped to their owner, counters that
 * only move forward, and a trace of every addition, removal and refusal.
 */
export class PasskeyService {
  private readonly rp: RelyingParty;

  constructor(private readonly deps: { db: Database; sessionSecret: string; publicUrl: string }) {
    // The browser binds a passkey to the site's host name, and signs the exact origin it was used on.
    this.rp = { id: new URL(deps.publicUrl).hostname, name: 'Palier', origin: deps.publicUrl };
  }

  list(viewer: Viewer): Promise<PasskeyRow[]> {
    return listAccountPasskeys(this.deps.db, viewer.accountId);
  }

  async registrationOptions(viewer: Viewer, evidence: SignInEvidence) {
    const { db } = this.deps;
    const registrant = await findRegistrant(db, viewer.accountId);
    if (!registrant) throw new AppError('UNAUTHENTICATED');
    const existing = await listAccountPasskeys(db, viewer.accountId);
    const labels = registrantLabels(registrant);
    const options = await generateRegistrationOptions({
      rpName: this.rp.name,
      rpID: this.rp.id,
      // The account id comes back as the user handle at sign-in: an opaque id, nothing personal.
      userID: isoUint8Array.fromUTF8String(viewer.accountId),
      userName: labels.userName,
      userDisplayName: labels.displayName,
      timeout: CEREMONY_TIMEOUT_MS,
      attestationType: 'none',
      excludeCredentials: existing.map((key) => ({ id: key.credentialId, transports: key.transports })),
      authenticatorSelection: { residentKey: 'required', userVerification: 'preferred' },
    });
    await this.storeChallenge(viewer.accountId, 'registration', options.challenge);
    return { options, suggestedName: describeDevice(evidence.userAgent) };
  }

  async register(viewer: Viewer, body: RegistrationBody, evidence: SignInEvidence): Promise<PasskeyRow> {
    const { db } = this.deps;
    const response: RegistrationResponseJSON = body.response;
    const challenge = await this.takeChallenge(response.response.clientDataJSON, 'registration', viewer.accountId);
    if (!challenge) throw new AppError('PASSKEY_CHALLENGE_EXPIRED');

    const verification = await verifyRegistrationResponse({
      response,
      expectedChallenge: challenge,
      expectedOrigin: this.rp.origin,
      expectedRPID: this.rp.id,
      requireUserVerification: false,
    }).catch(() => undefined);
    if (!verification?.verified) throw new AppError('PASSKEY_REGISTRATION_FAILED');

    const { credential, credentialDeviceType, credentialBackedUp } = verification.registrationInfo;
    return db.transaction(async (tx) => {
      const stored = await insertPasskey(tx, {
        accountId: viewer.accountId,
        credentialId: credential.id,
        publicKey: isoBase64URL.fromBuffer(credential.publicKey),
        signCount: credential.counter,
        transports: credential.transports ?? [],
        deviceType: credentialDeviceType,
        backedUp: credentialBackedUp,
        name: body.name ?? describeDevice(evidence.userAgent),
      });
      if (!stored) throw new AppError('PASSKEY_ALREADY_REGISTERED');
      await recordAuditEvent(tx, {
        accountId: viewer.accountId,
        action: 'passkey.added',
        targetType: 'passkey',
        targetId: stored.id,
        ...evidence,
        details: { name: stored.name },
      });
      return stored;
    });
  }

  async rename(viewer: Viewer, passkeyId: string, name: string, evidence: SignInEvidence): Promise<PasskeyRow> {
    return this.deps.db.transaction(async (tx) => {
      const renamed = await renameOwnPasskey(tx, viewer.accountId, passkeyId, name);
      if (!renamed) throw new AppError('NOT_FOUND', "Cette clé d'accès n'existe pas.");
      await recordAuditEvent(tx, {
        accountId: viewer.accountId,
        action: 'passkey.renamed',
        targetType: 'passkey',
        targetId: passkeyId,
        ...evidence,
        details: { name },
      });
      return renamed;
    });
  }

  async remove(viewer: Viewer, passkeyId: string, evidence: SignInEvidence): Promise<void> {
    await this.deps.db.transaction(async (tx) => {
      const removed = await deleteOwnPasskey(tx, viewer.accountId, passkeyId);
      if (!removed) throw new AppError('NOT_FOUND', "Cette clé d'accès n'existe pas.");
      await recordAuditEvent(tx, {
        accountId: viewer.accountId,
        action: 'passkey.removed',
        targetType: 'passkey',
        targetId: passkeyId,
        ...evidence,
        details: { name: removed.name },
      });
    });
  }

  /** Sign-in without an identifier: no allowed list, the authenticator offers the keys it holds for this site. */
  async authenticationOptions() {
    const options = await generateAuthenticationOptions({
      rpID: this.rp.id,
      allowCredentials: [],
      userVerification: 'preferred',
      timeout: CEREMONY_TIMEOUT_MS,
    });
    await this.storeChallenge(null, 'authentication', options.challenge);
    return options;
  }

  async signIn(body: SignInBody, evidence: SignInEvidence): Promise<OpenedSession> {
    const { db } = this.deps;
    const response: AuthenticationResponseJSON = body.response;
    const key = await findPasskeyByCredentialId(db, response.id);
    const refuse = async (reason: FailureReason, details: Record<string, unknown> = {}): Promise<never> => {
      await recordAuditEvent(db, {
        accountId: key?.accountId ?? null,
        action: 'login.failed',
        ...(key ? { targetType: 'passkey', targetId: key.id } : {}),
        ...evidence,
        details: { method: 'passkey', reason, ...details },
      });
      throw new AppError(reason === 'challenge_expired' ? 'PASSKEY_CHALLENGE_EXPIRED' : 'PASSKEY_REJECTED');
    };

    // Consumed before anything else, so that a replayed answer fails even when it names a real key.
    const challenge = await this.takeChallenge(response.response.clientDataJSON, 'authentication', null);
    if (!challenge) return refuse('challenge_expired');
    if (!key) return refuse('unknown_credential');
    const userHandle = response.response.userHandle;
    if (userHandle && decodeUtf8(userHandle) !== key.accountId) return refuse('user_mismatch');

    const verification = await verifyAuthenticationResponse({
      response,
      expectedChallenge: challenge,
      expectedOrigin: this.rp.origin,
      expectedRPID: this.rp.id,
      // Counter 0 turns the library's own counter check off: ours below runs only once the signature holds,
      // so a forged answer cannot pass for a cloned key.
      credential: { id: key.credentialId, publicKey: isoBase64URL.toBuffer(key.publicKey), counter: 0 },
      requireUserVerification: false,
    }).catch(() => undefined);
    if (!verification?.verified) return refuse('bad_signature');

    const { newCounter } = verification.authenticationInfo;
    if (!(await recordPasskeyUse(db, key.id, newCounter, new Date()))) {
      // A valid signature with a counter that did not move forward: the key may have been copied.
      await recordAuditEvent(db, {
        accountId: key.accountId,
        action: 'passkey.clone_suspected',
        targetType: 'passkey',
        targetId: key.id,
        ...evidence,
        details: { storedCounter: key.signCount, receivedCounter: newCounter },
      });
      return refuse('counter_regressed', { storedCounter: key.signCount, receivedCounter: newCounter });
    }

    return completeSignIn(db, this.deps.sessionSecret, {
      accountId: key.accountId,
      method: 'passkey',
      persistent: body.rememberMe,
      evidence,
    });
  }

  private async storeChallenge(accountId: string | null, ceremony: 'registration' | 'authentication', challenge: string) {
    const now = new Date();
    // Every new challenge sweeps the expired ones: the table only grows through here, so it stays small.
    await deleteExpiredChallenges(this.deps.db, now);
    await insertChallenge(this.deps.db, {
      accountId,
      ceremony,
      challenge,
      expiresAt: new Date(now.getTime() + CHALLENGE_TTL_MS),
    });
  }

  /**
   * The challenge the browser answered, taken out of the table so it serves once whatever follows; undefined
   * when it is unknown, expired, already used, or another ceremony's or account's.
   */
  private async takeChallenge(
    clientDataJSON: string,
    ceremony: 'registration' | 'authentication',
    accountId: string | null,
  ): Promise<string | undefined> {
    const challenge = challengeOf(clientDataJSON);
    if (!challenge) return undefined;
    const taken = await consumeChallenge(this.deps.db, { challenge, ceremony, accountId, now: new Date() });
    return taken ? challenge : undefined;
  }
}

function challengeOf(clientDataJSON: string): string | undefined {
  try {
    const { challenge } = decodeClientDataJSON(clientDataJSON);
    return typeof challenge === 'string' && challenge.length > 0 ? challenge : undefined;
  } catch {
    return undefined;
  }
}

function decodeUtf8(value: string): string | undefined {
  try {
    return isoUint8Array.toUTF8String(isoBase64URL.toBuffer(value));
  } catch {
    return undefined;
  }
}
