import { createPrivateKey } from 'node:crypto';

/**
 * The external identity providers a person may link to their account, in the order the login page shows
 * them. Each one is enabled by its own environment variables (`OIDC_<PROVIDER>_…`); none is enabled by default.
 */
export const SOCIAL_PROVIDER_IDS = ['google', 'microsoft', 'apple', 'linkedin', 'facebook', 'x'] as const;
export type SocialProviderId = (typeof SOCIAL_PROVIDER_IDS)[number];

/** Facebook and X speak plain OAuth 2.0: no issuer to discover, their endpoints are fixed in the catalogue. */
const WITHOUT_ISSUER: ReadonlySet<SocialProviderId> = new Set(['facebook', 'x']);

export interface SocialProviderSettings {
  id: SocialProviderId;
  clientId: string;
  /** For Apple, the private key (.p8, PEM) from which each client secret JWT is signed. */
  clientSecret: string;
  /** Replaces the provider's public issuer (a tenant of Microsoft Entra ID, a local provider in tests…). */
  issuer?: string;
  apple?: { teamId: string; keyId: string };
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Reads the providers' variables; every mistake is pushed to `problems` in French, naming the variable, so
 * the configuration fails at boot rather than at a person's first click.
 */
export function readSocialProviderSettings(
  env: Record<string, string | undefined>,
  problems: string[],
): SocialProviderSettings[] {
  const settings: SocialProviderSettings[] = [];
  for (const id of SOCIAL_PROVIDER_IDS) {
    const prefix = `OIDC_${id.toUpperCase()}`;
    const clientId = env[`${prefix}_CLIENT_ID`]?.trim();
    const clientSecret = env[`${prefix}_CLIENT_SECRET`];
    const issuer = env[`${prefix}_ISSUER`]?.trim();
    if (!clientId && !clientSecret) {
      if (issuer) problems.push(`${prefix}_ISSUER : inutile sans ${prefix}_CLIENT_ID et ${prefix}_CLIENT_SECRET`);
      continue;
    }
    if (!clientId || !clientSecret) {
      const missing = clientId ? `${prefix}_CLIENT_SECRET` : `${prefix}_CLIENT_ID`;
      problems.push(`${missing} : obligatoire dès que l’autre identifiant du fournisseur est renseigné`);
      continue;
    }
    const provider: SocialProviderSettings = { id, clientId, clientSecret };
    if (issuer) {
      const problem = WITHOUT_ISSUER.has(id) ? 'ce fournisseur n’utilise pas OpenID Connect' : issuerProblem(issuer);
      if (problem) problems.push(`${prefix}_ISSUER : ${problem}`);
      else provider.issuer = issuer.replace(/\/$/, '');
    }
    if (id === 'apple') {
      const apple = readAppleSettings(env, clientSecret, problems);
      if (!apple) continue;
      provider.clientSecret = apple.privateKey;
      provider.apple = { teamId: apple.teamId, keyId: apple.keyId };
    }
    settings.push(provider);
  }
  return settings;
}

/** https only, except on this machine (a local provider during development and tests). */
function issuerProblem(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'attendu : une URL https';
  }
  if (url.search || url.hash) return 'l’émetteur ne contient ni paramètres ni fragment';
  if (url.protocol === 'https:') return undefined;
  if (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname)) return undefined;
  return 'attendu : une URL https (http seulement sur 127.0.0.1 ou localhost)';
}

/** Apple's client secret is a JWT signed with the team's key: Palier keeps the key and signs it when needed. */
function readAppleSettings(env: Record<string, string | undefined>, secret: string, problems: string[]) {
  const teamId = env.OIDC_APPLE_TEAM_ID?.trim();
  const keyId = env.OIDC_APPLE_KEY_ID?.trim();
  if (!teamId) problems.push('OIDC_APPLE_TEAM_ID : obligatoire avec Apple (identifiant d’équipe, 10 caractères)');
  if (!keyId) problems.push('OIDC_APPLE_KEY_ID : obligatoire avec Apple (identifiant de la clé .p8)');
  // Environment files often hold the PEM on one line, with "\n" written out.
  const privateKey = secret.includes('\\n') ? secret.replaceAll('\\n', '\n') : secret;
  try {
    const key = createPrivateKey(privateKey);
    if (key.asymmetricKeyType !== 'ec') throw new Error('not an EC key');
  } catch {
    problems.push('OIDC_APPLE_CLIENT_SECRET : attendu : le contenu de la clé privée .p8 fournie par Apple (PEM)');
    return undefined;
  }
  if (!teamId || !keyId) return undefined;
  return { teamId, keyId, privateKey };
}
