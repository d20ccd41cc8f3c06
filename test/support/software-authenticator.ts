import { createHash, generateKeyPairSync, type KeyObject, randomBytes, sign } from 'node:crypto';
// The CBOR encoder that @simplewebauthn/server exports publicly; only used to build the authenticator's bytes.
import { isoCBOR } from '@simplewebauthn/server/helpers';

/**
 * A WebAuthn authenticator in software, for API tests: it answers the server's options the way a phone or a
 * security key would — a P-256 key pair per credential, a "none" attestation, authenticator data with the RP ID
 * hash, flags and signature counter, client data carrying the challenge and origin, ES256 signatures — so the
 * server's real verification runs on genuine bytes.
 */

const FLAG_USER_PRESENT = 0x01;
const FLAG_USER_VERIFIED = 0x04;
const FLAG_ATTESTED_CREDENTIAL = 0x40;

const b64url = (bytes: Uint8Array | Buffer) => Buffer.from(bytes).toString('base64url');
const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest();

interface StoredCredential {
  id: Buffer;
  privateKey: KeyObject;
  rpId: string;
  userHandle: string;
  counter: number;
}

export interface RegistrationOptionsLike {
  challenge: string;
  rp: { id?: string; name: string };
  user: { id: string; name: string; displayName: string };
}

export interface AuthenticationOptionsLike {
  challenge: string;
  rpId?: string;
}

export interface CeremonyOverrides {
  /** The page the browser says it was on; the server's own origin by default. */
  origin?: string;
  rpId?: string;
}

export class SoftwareAuthenticator {
  private readonly credentials = new Map<string, StoredCredential>();

  constructor(private readonly origin: string) {}

  /** navigator.credentials.create(): a new discoverable credential, answered as RegistrationResponseJSON. */
  register(options: RegistrationOptionsLike, overrides: CeremonyOverrides = {}) {
    const rpId = overrides.rpId ?? options.rp.id ?? new URL(this.origin).hostname;
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const jwk = publicKey.export({ format: 'jwk' });
    const credentialId = randomBytes(32);
    // COSE_Key of an EC2 P-256 ES256 key: kty 2, alg -7, crv 1, x, y.
    const coseKey = isoCBOR.encode(
      new Map<number, number | Uint8Array>([
        [1, 2],
        [3, -7],
        [-1, 1],
        [-2, Buffer.from(jwk.x ?? '', 'base64url')],
        [-3, Buffer.from(jwk.y ?? '', 'base64url')],
      ]),
    );
    const credentialIdLength = Buffer.alloc(2);
    credentialIdLength.writeUInt16BE(credentialId.length);
    const authenticatorData = Buffer.concat([
      authenticatorDataHead(rpId, FLAG_USER_PRESENT | FLAG_USER_VERIFIED | FLAG_ATTESTED_CREDENTIAL, 0),
      Buffer.alloc(16), // AAGUID: all zeros, as authenticators that do not attest send it
      credentialIdLength,
      credentialId,
      Buffer.from(coseKey),
    ]);
    const attestationObject = isoCBOR.encode(
      new Map<string, string | Uint8Array | Map<string, string>>([
        ['fmt', 'none'],
        ['attStmt', new Map<string, string>()],
        ['authData', authenticatorData],
      ]),
    );
    const id = b64url(credentialId);
    this.credentials.set(id, { id: credentialId, privateKey, rpId, userHandle: options.user.id, counter: 0 });
    return {
      id,
      rawId: id,
      type: 'public-key' as const,
      authenticatorAttachment: 'platform' as const,
      clientExtensionResults: { credProps: { rk: true } },
      response: {
        clientDataJSON: clientData('webauthn.create', options.challenge, overrides.origin ?? this.origin),
        attestationObject: b64url(attestationObject),
        transports: ['internal'],
      },
    };
  }

  /**
   * navigator.credentials.get() with the credential `credentialId` (the only one held when omitted). The
   * counter moves forward by one unless `counter` forces a value, e.g. one that goes back like a clone's.
   */
  authenticate(
    options: AuthenticationOptionsLike,
    choice: CeremonyOverrides & { credentialId?: string; counter?: number; userHandle?: string } = {},
  ) {
    const credential = this.pick(choice.credentialId);
    credential.counter = choice.counter ?? credential.counter + 1;
    const authenticatorData = authenticatorDataHead(
      choice.rpId ?? options.rpId ?? credential.rpId,
      FLAG_USER_PRESENT | FLAG_USER_VERIFIED,
      credential.counter,
    );
    const clientDataJSON = clientData('webauthn.get', options.challenge, choice.origin ?? this.origin);
    // ES256: ECDSA P-256 over authenticatorData ‖ SHA-256(clientDataJSON), DER-encoded as WebAuthn specifies.
    const signature = sign('sha256', Buffer.concat([authenticatorData, sha256(Buffer.from(clientDataJSON, 'base64url'))]), {
      key: credential.privateKey,
      dsaEncoding: 'der',
    });
    const id = b64url(credential.id);
    return {
      id,
      rawId: id,
      type: 'public-key' as const,
      authenticatorAttachment: 'platform' as const,
      clientExtensionResults: {},
      response: {
        clientDataJSON,
        authenticatorData: b64url(authenticatorData),
        signature: b64url(signature),
        userHandle: choice.userHandle ?? credential.userHandle,
      },
    };
  }

  /** A copy of one credential in another authenticator: same key, same counter, as a cloned device would hold. */
  cloneInto(other: SoftwareAuthenticator, credentialId?: string): void {
    const credential = this.pick(credentialId);
    other.credentials.set(b64url(credential.id), { ...credential });
  }

  get credentialIds(): string[] {
    return [...this.credentials.keys()];
  }

  private pick(credentialId: string | undefined): StoredCredential {
    const credential = credentialId ? this.credentials.get(credentialId) : [...this.credentials.values()].at(-1);
    if (!credential) throw new Error('the software authenticator holds no such credential');
    return credential;
  }
}

function authenticatorDataHead(rpId: string, flags: number, counter: number): Buffer {
  const signCount = Buffer.alloc(4);
  signCount.writeUInt32BE(counter);
  return Buffer.concat([sha256(rpId), Buffer.from([flags]), signCount]);
}

function clientData(type: 'webauthn.create' | 'webauthn.get', challenge: string, origin: string): string {
  return b64url(Buffer.from(JSON.stringify({ type, challenge, origin, crossOrigin: false })));
}
