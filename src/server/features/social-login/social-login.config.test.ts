import { generateKeyPairSync, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.ts';
import { appleClientSecret } from './social-login.apple.ts';

const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const pem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
const decode = (part: string) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));

describe('Apple’s client secret', () => {
  it('is an ES256 JWT from the team to Apple about the client, signed with the .p8 key', async () => {
    const authenticate = appleClientSecret(pem, { teamId: 'TEAM123456', keyId: 'KEY1234567' });
    const body = new URLSearchParams();
    await authenticate({ issuer: 'https://appleid.apple.com' }, { client_id: 'fr.palier.web' }, body, new Headers());

    expect(body.get('client_id')).toBe('fr.palier.web');
    expect(body.has('client_assertion')).toBe(false);
    const [header = '', payload = '', signature = ''] = (body.get('client_secret') ?? '').split('.');
    expect(decode(header)).toMatchObject({ alg: 'ES256', kid: 'KEY1234567' });
    const claims = decode(payload);
    expect(claims).toMatchObject({ iss: 'TEAM123456', sub: 'fr.palier.web', aud: 'https://appleid.apple.com' });
    expect(claims.exp - claims.iat).toBeLessThanOrEqual(15_777_000);
    const signed = Buffer.from(`${header}.${payload}`);
    const key = { key: publicKey, dsaEncoding: 'ieee-p1363' as const };
    expect(verify('sha256', signed, key, Buffer.from(signature, 'base64url'))).toBe(true);
  });
});

describe('providers’ configuration', () => {
  const problemsOf = (env: Record<string, string>) => {
    try {
      loadConfig({ DATA_DIR: '/tmp/palier-config-test', SESSION_SECRET: 'x'.repeat(40), ...env });
      return [];
    } catch (error) {
      return (error as { problems: string[] }).problems;
    }
  };

  it('enables a provider only with both its client id and secret, in the login page’s order', () => {
    const config = loadConfig({
      DATA_DIR: '/tmp/palier-config-test',
      SESSION_SECRET: 'x'.repeat(40),
      OIDC_X_CLIENT_ID: 'x-id',
      OIDC_X_CLIENT_SECRET: 'x-secret',
      OIDC_GOOGLE_CLIENT_ID: 'g-id',
      OIDC_GOOGLE_CLIENT_SECRET: 'g-secret',
    });
    expect(config.socialProviders.map((provider) => provider.id)).toEqual(['google', 'x']);
    expect(loadConfig({ DATA_DIR: '/tmp/palier-config-test', SESSION_SECRET: 'x'.repeat(40) }).socialProviders).toEqual([]);
  });

  it('names each wrong variable in French', () => {
    expect(problemsOf({ OIDC_GOOGLE_CLIENT_ID: 'g-id' })).toEqual([
      'OIDC_GOOGLE_CLIENT_SECRET : obligatoire dès que l’autre identifiant du fournisseur est renseigné',
    ]);
    expect(
      problemsOf({
        OIDC_MICROSOFT_CLIENT_ID: 'm',
        OIDC_MICROSOFT_CLIENT_SECRET: 's',
        OIDC_MICROSOFT_ISSUER: 'http://idp.example',
      }),
    ).toEqual(['OIDC_MICROSOFT_ISSUER : attendu : une URL https (http seulement sur 127.0.0.1 ou localhost)']);
    expect(problemsOf({ OIDC_X_CLIENT_ID: 'x', OIDC_X_CLIENT_SECRET: 's', OIDC_X_ISSUER: 'https://x.com' })).toEqual([
      'OIDC_X_ISSUER : ce fournisseur n’utilise pas OpenID Connect',
    ]);
    expect(problemsOf({ OIDC_APPLE_CLIENT_ID: 'fr.palier.web', OIDC_APPLE_CLIENT_SECRET: 'pas une clé' })).toEqual([
      'OIDC_APPLE_TEAM_ID : obligatoire avec Apple (identifiant d’équipe, 10 caractères)',
      'OIDC_APPLE_KEY_ID : obligatoire avec Apple (identifiant de la clé .p8)',
      'OIDC_APPLE_CLIENT_SECRET : attendu : le contenu de la clé privée .p8 fournie par Apple (PEM)',
    ]);
  });

  it('accepts Apple’s key written on one line, as environment files hold it', () => {
    const config = loadConfig({
      DATA_DIR: '/tmp/palier-config-test',
      SESSION_SECRET: 'x'.repeat(40),
      OIDC_APPLE_CLIENT_ID: 'fr.palier.web',
      OIDC_APPLE_CLIENT_SECRET: pem.trim().replaceAll('\n', '\\n'),
      OIDC_APPLE_TEAM_ID: 'TEAM123456',
      OIDC_APPLE_KEY_ID: 'KEY1234567',
    });
    expect(config.socialProviders).toEqual([
      { id: 'apple', clientId: 'fr.palier.web', clientSecret: pem.trim(), apple: { teamId: 'TEAM123456', keyId: 'KEY1234567' } },
    ]);
  });
});
