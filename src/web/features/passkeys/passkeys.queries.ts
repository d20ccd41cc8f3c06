import { startAuthentication, startRegistration } from '@simplewebauthn/browser';
import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type { components } from '../../api/schema';
import type { Me } from '../../api/types.ts';

/** Under the profile's 'me' key: whatever the profile refreshes after a change includes the passkeys. */
export const passkeysQuery = queryOptions({
  queryKey: ['me', 'passkeys'],
  queryFn: () => unwrap(api.GET('/api/me/passkeys')),
  staleTime: 0,
});

/**
 * First half of "Ajouter une clé d'accès": the device creates the key (fingerprint, face, PIN…). The answer is
 * kept until the person has chosen a name, then sent with it by `saveNewPasskey`.
 */
export async function createPasskeyOnThisDevice() {
  const { options, suggestedName } = await unwrap(api.POST('/api/me/passkeys/registration/options'));
  const response = await startRegistration({ optionsJSON: options });
  return { response, suggestedName };
}

export type CreatedPasskey = Awaited<ReturnType<typeof createPasskeyOnThisDevice>>;

export function saveNewPasskey({ response, name }: { response: CreatedPasskey['response']; name: string }) {
  return unwrap(api.POST('/api/me/passkeys/registration', { body: { response, name } }));
}

export function renamePasskey({ passkeyId, name }: { passkeyId: string; name: string }) {
  return unwrap(api.PATCH('/api/me/passkeys/{passkeyId}', { params: { path: { passkeyId } }, body: { name } }));
}

export function removePasskey(passkeyId: string): Promise<void> {
  return unwrap(api.DELETE('/api/me/passkeys/{passkeyId}', { params: { path: { passkeyId } } }));
}

/** Sign-in without an identifier: the device offers the keys it holds for this site. */
export async function signInWithPasskey(): Promise<Me> {
  const optionsJSON = await unwrap(api.POST('/api/auth/passkey/options'));
  const response = await startAuthentication({ optionsJSON });
  return unwrap(api.POST('/api/auth/passkey', { body: { response, rememberMe: false } }));
}

export type Passkey = components['schemas']['Passkey'];
