import { createPrivateKey, type webcrypto } from 'node:crypto';
import { type ClientAuth, modifyAssertion, PrivateKeyJwt } from 'openid-client';

/**
 * Apple takes as `client_secret` a short-lived JWT signed (ES256) with the team's .p8 key: iss = team id,
 * sub = client id, aud = Apple's issuer. openid-client's private_key_jwt builds exactly such an assertion
 * (sub and aud included); only its issuer differs, so it is adjusted and sent where Apple expects it. The
 * signature is openid-client's, never hand-made.
 */
export function appleClientSecret(privateKeyPem: string, apple: { teamId: string; keyId: string }): ClientAuth {
  let key: Promise<webcrypto.CryptoKey> | undefined;
  return async (as, client, body, headers) => {
    key ??= importSigningKey(privateKeyPem);
    const sign = PrivateKeyJwt(
      { key: await key, kid: apple.keyId },
      {
        [modifyAssertion]: (_header, payload) => {
          payload.iss = apple.teamId;
        },
      },
    );
    const assertion = new URLSearchParams();
    await sign(as, client, assertion, headers);
    body.set('client_id', client.client_id);
    body.set('client_secret', assertion.get('client_assertion') ?? '');
  };
}

function importSigningKey(pem: string): Promise<webcrypto.CryptoKey> {
  const der = createPrivateKey(pem).export({ format: 'der', type: 'pkcs8' });
  return crypto.subtle.importKey('pkcs8', der, { name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign']);
}
