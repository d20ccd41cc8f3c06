import { z } from 'zod';
import type { SocialProviderId } from '../../platform/auth/social-provider-settings.ts';

/** What Palier keeps of an external identity: the provider's stable subject, and an email to show the person. */
export interface ExternalIdentity {
  subject: string;
  email: string | null;
}

interface CommonFacts {
  label: string;
  scope: string;
  /** LinkedIn refuses PKCE from web applications (invalid_client); every other provider accepts or requires it. */
  pkce: boolean;
  /** Apple posts the answer back (form_post) as soon as the email scope is asked. */
  responseMode?: 'form_post';
}

/** OpenID Connect: metadata and keys discovered from the issuer; the ID token says who the person is. */
interface OidcFacts extends CommonFacts {
  protocol: 'oidc';
  issuer: string;
}

/** Plain OAuth 2.0: fixed endpoints, and the person's id read from the provider's own user endpoint. */
interface OAuth2Facts extends CommonFacts {
  protocol: 'oauth2';
  authorizationEndpoint: string;
  tokenEndpoint: string;
  /** How the client authenticates at the token endpoint, as each provider documents it. */
  clientAuthentication: 'client_secret_basic' | 'client_secret_post';
  userEndpoint: string;
  readUser(body: unknown): ExternalIdentity;
}

export type ProviderFacts = OidcFacts | OAuth2Facts;

const facebookUser = z.object({ id: z.string().min(1), email: z.string().optional() });
const xUser = z.object({ data: z.object({ id: z.string().min(1) }) });

/**
 * The public facts of each provider. Client ids and secrets come from the environment (config.ts); an issuer
 * given there replaces the one below (a Microsoft Entra tenant, or the local provider of the tests).
 */
export const providerCatalogue: Record<SocialProviderId, ProviderFacts> = {
  google: {
    label: 'Google',
    protocol: 'oidc',
    issuer: 'https://accounts.google.com',
    scope: 'openid email',
    pkce: true,
  },
  microsoft: {
    label: 'Microsoft',
    protocol: 'oidc',
    // Any work, school or personal account; openid-client checks the token's issuer against its own tenant.
    issuer: 'https://login.microsoftonline.com/common/v2.0',
    scope: 'openid email profile',
    pkce: true,
  },
  apple: {
    label: 'Apple',
    protocol: 'oidc',
    issuer: 'https://appleid.apple.com',
    scope: 'openid email',
    pkce: true,
    responseMode: 'form_post',
  },
  linkedin: {
    label: 'LinkedIn',
    protocol: 'oidc',
    issuer: 'https://www.linkedin.com/oauth',
    scope: 'openid email',
    pkce: false,
  },
  facebook: {
    label: 'Facebook',
    protocol: 'oauth2',
    authorizationEndpoint: 'https://www.facebook.com/v23.0/dialog/oauth',
    tokenEndpoint: 'https://graph.facebook.com/v23.0/oauth/access_token',
    clientAuthentication: 'client_secret_post',
    userEndpoint: 'https://graph.facebook.com/v23.0/me?fields=id,email',
    scope: 'public_profile email',
    pkce: true,
    readUser(body) {
      const user = facebookUser.parse(body);
      return { subject: user.id, email: user.email ?? null };
    },
  },
  x: {
    label: 'X',
    protocol: 'oauth2',
    authorizationEndpoint: 'https://x.com/i/oauth2/authorize',
    tokenEndpoint: 'https://api.x.com/2/oauth2/token',
    clientAuthentication: 'client_secret_basic',
    userEndpoint: 'https://api.x.com/2/users/me',
    // users.read cannot be granted without tweet.read; X shares no email with these scopes.
    scope: 'users.read tweet.read',
    pkce: true,
    readUser(body) {
      return { subject: xUser.parse(body).data.id, email: null };
    },
  },
};
