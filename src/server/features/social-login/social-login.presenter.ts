import { SOCIAL_PROVIDER_IDS, type SocialProviderId } from '../../platform/auth/social-provider-settings.ts';
import { type ErrorCode, isAppError } from '../../platform/errors.ts';
import { providerCatalogue } from './social-login.providers.ts';
import type { LinkedIdentityRow } from './social-login.repository.ts';
import type { CallbackOutcome } from './social-login.service.ts';

const labelOf = (provider: string) =>
  (SOCIAL_PROVIDER_IDS as readonly string[]).includes(provider)
    ? providerCatalogue[provider as SocialProviderId].label
    : provider;

export const presentLinkedAccount = (row: LinkedIdentityRow) => ({
  id: row.id,
  provider: row.provider,
  providerLabel: labelOf(row.provider),
  email: row.email,
  linkedAt: row.createdAt.toISOString(),
  lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
});

/**
 * The words put in the address of the page the browser comes back to (`/connexion?erreur=…`,
 * `/profil?liaison=…`); the web client turns them into French sentences. They are part of the contract.
 */
const outcomeSlugs: Partial<Record<ErrorCode, string>> = {
  IDENTITY_NOT_LINKED: 'compte-non-lie',
  IDENTITY_LINKED_ELSEWHERE: 'deja-relie-ailleurs',
  PROVIDER_ALREADY_LINKED: 'fournisseur-deja-relie',
  OAUTH_STATE_INVALID: 'demande-expiree',
  OAUTH_ACCESS_DENIED: 'acces-refuse',
  OAUTH_PROVIDER_FAILED: 'fournisseur-indisponible',
  ACCOUNT_BLOCKED: 'acces-suspendu',
};

export function destinationAfter(outcome: CallbackOutcome): string {
  if (outcome.purpose === 'login') return '/';
  return `/profil?${new URLSearchParams({ liaison: 'reussie', fournisseur: outcome.provider })}`;
}

/**
 * Login failures go back to the login page, linking failures to the profile. When the flow itself is unknown
 * (forged or reused state), a signed-in person is sent to their profile, anyone else to the login page.
 */
export function destinationAfterFailure(error: unknown, provider: string, signedIn: boolean): string {
  const details = isAppError(error) ? error.details : undefined;
  const slug = (isAppError(error) && outcomeSlugs[error.code]) || 'erreur-inattendue';
  const purpose = details?.purpose ?? (signedIn ? 'link' : 'login');
  const query = new URLSearchParams({ fournisseur: provider });
  if (purpose === 'link') {
    query.set('liaison', slug);
    return `/profil?${query}`;
  }
  query.set('erreur', slug);
  return `/connexion?${query}`;
}
