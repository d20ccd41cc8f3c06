import { z } from 'zod';

// Everything a browser sends back from navigator.credentials is base64url; bounded so a body cannot grow unchecked.
const base64url = (max: number) =>
  z
    .string({ error: 'Valeur encodée attendue (base64url).' })
    .max(max, { error: 'Valeur trop longue.' })
    .regex(/^[A-Za-z0-9_-]*$/, { error: 'Valeur encodée attendue (base64url).' });

const transports = z.array(z.string().max(32)).max(8);
const credentialDescriptor = z.object({ id: z.string(), type: z.string(), transports: transports.optional() });
const userVerification = z.enum(['discouraged', 'preferred', 'required']);
/** The one extension asked for: whether the key was stored on the authenticator (discoverable). */
const extensionInputs = z.object({ credProps: z.boolean().optional() });
/** Extension outputs carry nothing the verification needs; the known ones are kept, the rest dropped. */
const extensionOutputs = z.object({
  appid: z.boolean().optional(),
  credProps: z.object({ rk: z.boolean().optional() }).optional(),
  hmacCreateSecret: z.boolean().optional(),
});

export const passkey = z
  .object({
    id: z.string(),
    name: z.string().meta({ description: 'Nom donné par la personne, ex. « iPhone de Marie »' }),
    createdAt: z.iso.datetime(),
    lastUsedAt: z.iso.datetime().nullable().meta({ description: 'Dernière connexion avec cette clé' }),
    backedUp: z.boolean().meta({ description: 'Clé synchronisée entre les appareils de la personne (trousseau, gestionnaire)' }),
  })
  .meta({ id: 'Passkey' });

export const passkeyParams = z.object({ passkeyId: z.uuid({ error: 'Identifiant de clé d’accès invalide.' }) });

export const passkeyName = z
  .string({ error: 'Donnez un nom à cette clé d’accès.' })
  .trim()
  .min(1, { error: 'Donnez un nom à cette clé d’accès.' })
  .max(60, { error: 'Le nom ne doit pas dépasser 60 caractères.' });

export const renamePasskeyBody = z.object({ name: passkeyName }).meta({ id: 'RenamePasskeyRequest' });

/** What `navigator.credentials.create()` needs, as @simplewebauthn/browser's `startRegistration` takes it. */
export const registrationOptions = z
  .object({
    challenge: z.string(),
    rp: z.object({ id: z.string().optional(), name: z.string() }),
    user: z.object({ id: z.string(), name: z.string(), displayName: z.string() }),
    pubKeyCredParams: z.array(z.object({ type: z.literal('public-key'), alg: z.number().int() })),
    timeout: z.number().int().optional(),
    excludeCredentials: z.array(credentialDescriptor).optional(),
    authenticatorSelection: z
      .object({
        authenticatorAttachment: z.enum(['platform', 'cross-platform']).optional(),
        requireResidentKey: z.boolean().optional(),
        residentKey: z.enum(['discouraged', 'preferred', 'required']).optional(),
        userVerification: userVerification.optional(),
      })
      .optional(),
    attestation: z.enum(['none', 'indirect', 'direct', 'enterprise']).optional(),
    hints: z.array(z.enum(['hybrid', 'security-key', 'client-device'])).optional(),
    extensions: extensionInputs.optional(),
  })
  .meta({ id: 'PasskeyRegistrationOptions' });

export const registrationStart = z
  .object({
    options: registrationOptions,
    suggestedName: z.string().meta({ description: 'Nom proposé d’après l’appareil, ex. « Chrome sur Android »' }),
  })
  .meta({ id: 'PasskeyRegistrationStart' });

/** What `navigator.credentials.get()` needs; `allowCredentials` stays empty: the authenticator offers its own keys. */
export const authenticationOptions = z
  .object({
    challenge: z.string(),
    timeout: z.number().int().optional(),
    rpId: z.string().optional(),
    allowCredentials: z.array(credentialDescriptor).optional(),
    userVerification: userVerification.optional(),
    hints: z.array(z.enum(['hybrid', 'security-key', 'client-device'])).optional(),
    extensions: extensionInputs.optional(),
  })
  .meta({ id: 'PasskeyAuthenticationOptions' });

const credentialCommon = {
  id: base64url(1400),
  rawId: base64url(1400),
  type: z.literal('public-key', { error: 'Type de clé inattendu.' }),
  authenticatorAttachment: z.enum(['platform', 'cross-platform']).optional(),
  clientExtensionResults: extensionOutputs.default({}),
};

export const registrationBody = z
  .object({
    response: z.object({
      ...credentialCommon,
      response: z.object({
        clientDataJSON: base64url(8192),
        attestationObject: base64url(65536),
        authenticatorData: base64url(65536).optional(),
        transports: transports.optional(),
        publicKeyAlgorithm: z.number().int().optional(),
        publicKey: base64url(8192).optional(),
      }),
    }),
    name: passkeyName.optional().meta({ description: 'Nom de la clé ; par défaut, le navigateur et le système de l’appareil' }),
  })
  .meta({ id: 'PasskeyRegistrationRequest' });

export const signInBody = z
  .object({
    response: z.object({
      ...credentialCommon,
      response: z.object({
        clientDataJSON: base64url(8192),
        authenticatorData: base64url(65536),
        signature: base64url(8192),
        userHandle: base64url(256).optional(),
      }),
    }),
    rememberMe: z.boolean().default(false).meta({ description: 'Rester connecté (uniquement sur un appareil personnel)' }),
  })
  .meta({ id: 'PasskeySignInRequest' });

export type RegistrationBody = z.infer<typeof registrationBody>;
export type SignInBody = z.infer<typeof signInBody>;
export type PasskeyView = z.infer<typeof passkey>;
