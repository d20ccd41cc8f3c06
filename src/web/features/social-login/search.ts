/**
 * The words the server puts in the address after a provider's answer (`/connexion?erreur=…`,
 * `/profil?liaison=…`), each with its sentence under `socialLogin.outcomes`.
 */
export const OUTCOMES = [
  'reussie',
  'compte-non-lie',
  'demande-expiree',
  'acces-refuse',
  'fournisseur-indisponible',
  'acces-suspendu',
  'deja-relie-ailleurs',
  'fournisseur-deja-relie',
  'erreur-inattendue',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** An unknown word still reads as a failure: the person must not be left without a message. */
function outcomeOf(value: unknown): Outcome | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  return (OUTCOMES as readonly string[]).includes(value) ? (value as Outcome) : 'erreur-inattendue';
}

const providerOf = (value: unknown) => (typeof value === 'string' && /^[a-z0-9-]{1,32}$/.test(value) ? value : undefined);

/** Search parameters of the login page after a sign-in with a provider failed. */
export function loginAnswerSearch(search: Record<string, unknown>): { erreur?: Outcome; fournisseur?: string } {
  const erreur = outcomeOf(search.erreur);
  const fournisseur = providerOf(search.fournisseur);
  return { ...(erreur ? { erreur } : {}), ...(fournisseur ? { fournisseur } : {}) };
}

/** Search parameters of the profile page after linking a provider. */
export function linkAnswerSearch(search: Record<string, unknown>): { liaison?: Outcome; fournisseur?: string } {
  const liaison = outcomeOf(search.liaison);
  const fournisseur = providerOf(search.fournisseur);
  return { ...(liaison ? { liaison } : {}), ...(fournisseur ? { fournisseur } : {}) };
}
