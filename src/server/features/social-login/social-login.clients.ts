import * as oidc from 'openid-client';
import type { SocialProviderId, SocialProviderSettings } from '../../platform/auth/social-provider-settings.ts';
import { AppError } from '../../platform/errors.ts';
import { appleClientSecret } from './social-login.apple.ts';
import { type ExternalIdentity, type ProviderFacts, providerCatalogue } from './social-login.providers.ts';

/** The secrets of one authorization request, kept in oauth_states between the redirect and the callback. */
export interface FlowSecrets {
  state: string;
  codeVerifier: string;
  nonce: string;
}

/** What the provider sent back to the callback, by query (GET) or form (Apple's POST). */
export interface CallbackParameters {
  code?: string | undefined;
  state?: string | undefined;
  iss?: string | undefined;
  error?: string | undefined;
  error_description?: string | undefined;
}

interface EnabledProvider {
  settings: SocialProviderSettings;
  facts: ProviderFacts;
}

const REQUEST_TIMEOUT_SECONDS = 10;

/**
 * Drives each enabled provider with openid-client: discovery (cached once it succeeds), authorization URL with
 * PKCE and nonce, code exchange, ID token validation (issuer, audience, expiry, nonce and, through
 * `enableNonRepudiationChecks`, its signature against the provider's JWKS) or, for plain OAuth 2.0
 * providers, the user endpoint.
 */
export class SocialProviderClients {
  private readonly enabled = new Map<SocialProviderId, EnabledProvider>();
  private readonly configurations = new Map<SocialProviderId, Promise<oidc.Configuration>>();

  constructor(
    settings: SocialProviderSettings[],
    private readonly publicUrl: string,
  ) {
    for (const provider of settings) this.enabled.set(provider.id, { settings: provider, facts: providerCatalogue[provider.id] });
  }

  list(): { id: SocialProviderId; label: string }[] {
    return [...this.enabled.values()].map(({ settings, facts }) => ({ id: settings.id, label: facts.label }));
  }

  /** The provider's label when it is enabled here; anything else (unknown id, not configured) is NOT_FOUND. */
  require(id: string): { id: SocialProviderId; label: string } {
    const provider = this.enabled.get(id as SocialProviderId);
    if (!provider) throw new AppError('NOT_FOUND', 'Ce moyen de connexion n’est pas proposé sur ce portail.');
    return { id: provider.settings.id, label: provider.facts.label };
  }

  /** One callback per provider, as registered at the provider: login and linking share it. */
  redirectUri(id: SocialProviderId): string {
    return `${this.publicUrl}/api/auth/oidc/${id}/callback`;
  }

  async authorizationUrl(id: SocialProviderId, secrets: FlowSecrets): Promise<string> {
    const { facts } = this.provider(id);
    const config = await this.configuration(id);
    const parameters: Record<string, string> = {
      response_type: 'code',
      redirect_uri: this.redirectUri(id),
      scope: facts.scope,
      state: secrets.state,
    };
    if (facts.protocol === 'oidc') parameters.nonce = secrets.nonce;
    if (facts.pkce) {
      parameters.code_challenge = await oidc.calculatePKCECodeChallenge(secrets.codeVerifier);
      parameters.code_challenge_method = 'S256';
    }
    if (facts.responseMode) parameters.response_mode = facts.responseMode;
    return oidc.buildAuthorizationUrl(config, parameters).href;
  }

  /** Exchanges the code and tells who the person is at the provider; any failure is OAUTH_PROVIDER_FAILED. */
  async identify(id: SocialProviderId, answer: CallbackParameters, secrets: FlowSecrets): Promise<ExternalIdentity> {
    const { facts } = this.provider(id);
    const config = await this.configuration(id);
    // Only the parameters of a code response: Apple also posts `user` and an `id_token` that the exchange supersedes.
    const callbackUrl = new URL(this.redirectUri(id));
    for (const name of ['code', 'state', 'iss'] as const) {
      const value = answer[name];
      if (value !== undefined) callbackUrl.searchParams.set(name, value);
    }
    try {
      const tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
        expectedState: secrets.state,
        pkceCodeVerifier: facts.pkce ? secrets.codeVerifier : undefined,
        expectedNonce: facts.protocol === 'oidc' ? secrets.nonce : undefined,
      });
      if (facts.protocol === 'oauth2') {
        const response = await oidc.fetchProtectedResource(config, tokens.access_token, new URL(facts.userEndpoint), 'GET');
        if (!response.ok) throw new Error(`user endpoint answered ${response.status}`);
        return facts.readUser(await response.json());
      }
      const claims = tokens.claims();
      if (!claims) throw new Error('no ID token');
      return { subject: claims.sub, email: await emailOf(config, claims, tokens.access_token) };
    } catch (error) {
      throw new AppError('OAUTH_PROVIDER_FAILED', undefined, { providerError: describeFailure(error) });
    }
  }

  private provider(id: SocialProviderId): EnabledProvider {
    const provider = this.enabled.get(id);
    if (!provider) throw new AppError('NOT_FOUND');
    return provider;
  }

  private configuration(id: SocialProviderId): Promise<oidc.Configuration> {
    let configuration = this.configurations.get(id);
    if (!configuration) {
      configuration = this.createConfiguration(this.provider(id));
      // A provider unreachable at first must be retried at the next click, not remembered as broken.
      configuration.catch(() => this.configurations.delete(id));
      this.configurations.set(id, configuration);
    }
    return configuration;
  }

  private async createConfiguration({ settings, facts }: EnabledProvider): Promise<oidc.Configuration> {
    const authentication = settings.apple
      ? appleClientSecret(settings.clientSecret, settings.apple)
      : facts.protocol === 'oauth2' && facts.clientAuthentication === 'client_secret_basic'
        ? oidc.ClientSecretBasic(settings.clientSecret)
        : oidc.ClientSecretPost(settings.clientSecret);
    if (facts.protocol === 'oauth2') {
      const server = {
        issuer: new URL(facts.authorizationEndpoint).origin,
        authorization_endpoint: facts.authorizationEndpoint,
        token_endpoint: facts.tokenEndpoint,
      };
      const config = new oidc.Configuration(server, settings.clientId, undefined, authentication);
      config.timeout = REQUEST_TIMEOUT_SECONDS;
      return config;
    }
    const issuer = new URL(settings.issuer ?? facts.issuer);
    // Plain http is accepted by the configuration only on this machine (a local provider in tests).
    const execute =
      issuer.protocol === 'http:'
        ? [oidc.allowInsecureRequests, oidc.enableNonRepudiationChecks]
        : [oidc.enableNonRepudiationChecks];
    try {
      return await oidc.discovery(issuer, settings.clientId, undefined, authentication, {
        execute,
        timeout: REQUEST_TIMEOUT_SECONDS,
      });
    } catch (error) {
      throw new AppError('OAUTH_PROVIDER_FAILED', undefined, { providerError: describeFailure(error) });
    }
  }
}

/** The email to show next to the linked account: from the ID token, else the userinfo endpoint when there is one. */
async function emailOf(config: oidc.Configuration, claims: oidc.IDToken, accessToken: string): Promise<string | null> {
  const fromToken = readEmail(claims);
  if (fromToken || !config.serverMetadata().userinfo_endpoint) return fromToken;
  try {
    return readEmail(await oidc.fetchUserInfo(config, accessToken, claims.sub));
  } catch {
    // The email is only shown to the person; the link stands on the subject, so its absence is no failure.
    return null;
  }
}

function readEmail(claims: Record<string, unknown>): string | null {
  if (typeof claims.email === 'string' && claims.email !== '') return claims.email;
  // Microsoft work accounts often carry the address only as their user name.
  const username = claims.preferred_username;
  return typeof username === 'string' && username.includes('@') ? username : null;
}

/** A short, secret-free reason for the audit trail: openid-client's error code, or the provider's OAuth error. */
function describeFailure(error: unknown): string {
  if (error instanceof oidc.ResponseBodyError) return `${error.error}`;
  if (error instanceof oidc.AuthorizationResponseError) return `${error.error}`;
  if (error instanceof Error) return 'code' in error && typeof error.code === 'string' ? error.code : error.message.slice(0, 120);
  return 'unknown';
}

/** Fresh random state, PKCE verifier and nonce (openid-client's generators) for one authorization request. */
export const newFlowSecrets = (): FlowSecrets => ({
  state: oidc.randomState(),
  codeVerifier: oidc.randomPKCECodeVerifier(),
  nonce: oidc.randomNonce(),
});
