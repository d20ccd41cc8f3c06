import { z } from 'zod';

export const socialProvider = z
  .object({
    id: z.string().meta({ description: 'Identifiant du fournisseur', examples: ['google', 'microsoft', 'apple'] }),
    label: z.string().meta({ examples: ['Google'] }),
  })
  .meta({ id: 'SocialProvider' });

export const socialProviderList = z
  .object({ providers: z.array(socialProvider).meta({ description: 'Vide quand aucun fournisseur n’est configuré' }) })
  .meta({ id: 'SocialProviderList' });

export const providerParams = z.object({
  provider: z
    .string()
    .min(1)
    .max(32, { error: 'Fournisseur inconnu.' })
    .meta({ examples: ['google'] }),
});

export const loginStartQuery = z.object({
  rememberMe: z
    .stringbool({ error: 'attendu : true ou false' })
    .default(false)
    .meta({ description: '« Rester connecté » : uniquement sur un appareil personnel' }),
});

const callbackValue = z.string().max(4096, { error: 'Valeur trop longue.' }).optional();

/** The authorization response (RFC 6749 §4.1.2), by query string or, for Apple, by form. Other fields are ignored. */
export const callbackAnswer = z.object({
  code: callbackValue,
  state: callbackValue,
  iss: callbackValue,
  error: callbackValue,
  error_description: callbackValue,
});

export const linkStart = z
  .object({ url: z.string().meta({ description: 'Adresse du fournisseur où envoyer le navigateur' }) })
  .meta({ id: 'SocialLinkStart' });

export const linkedAccount = z
  .object({
    id: z.uuid(),
    provider: z.string().meta({ examples: ['google'] }),
    providerLabel: z.string().meta({ examples: ['Google'] }),
    email: z
      .string()
      .nullable()
      .meta({ description: 'Adresse donnée par le fournisseur, pour mémoire (jamais utilisée pour se connecter)' }),
    linkedAt: z.iso.datetime(),
    lastUsedAt: z.iso.datetime().nullable().meta({ description: 'Dernière connexion avec ce compte' }),
  })
  .meta({ id: 'LinkedAccount' });

export const linkedAccountList = z.object({ linkedAccounts: z.array(linkedAccount) }).meta({ id: 'LinkedAccountList' });

export const linkedAccountParams = z.object({ id: z.uuid({ error: 'Identifiant de compte relié invalide.' }) });
