import { z } from 'zod';
import { PASSWORD_MAX_LENGTH } from '../../../domain/password-rules.ts';
import { agencyCard } from '../me/me.schema.ts';

const identifier = z
  .string({ error: 'Saisissez votre identifiant ou votre adresse email.' })
  .trim()
  .min(1, { error: 'Saisissez votre identifiant ou votre adresse email.' })
  .max(254)
  .meta({ description: 'Identifiant client (O et 0, I et 1 confondus) ou adresse email', examples: ['CO100452'] });

const emailAddress = z
  .string({ error: 'Saisissez une adresse email.' })
  .trim()
  .max(254, { error: 'Cette adresse email est trop longue.' })
  .pipe(z.email({ error: "Cette adresse email n'est pas valide (exemple : prenom.nom@exemple.fr)." }));

// The length rules are the service's to explain; here only a bound that keeps hashing cheap.
const newPassword = z
  .string({ error: 'Saisissez un mot de passe.' })
  .min(1, { error: 'Saisissez un mot de passe.' })
  .max(PASSWORD_MAX_LENGTH * 4, { error: `Le mot de passe ne doit pas dépasser ${PASSWORD_MAX_LENGTH} caractères.` });

const linkToken = z
  .string({ error: 'Le lien est incomplet.' })
  .min(1, { error: 'Le lien est incomplet.' })
  .max(200)
  .meta({ description: 'Le jeton reçu par email (paramètre « jeton » du lien)' });

export const forgottenBody = z.object({ identifier }).meta({ id: 'ForgottenPasswordRequest' });

export const provideEmailBody = z.object({ identifier, email: emailAddress }).meta({ id: 'ForgottenPasswordEmailRequest' });

export const forgottenAnswer = z
  .object({
    status: z.enum(['sent', 'no_email', 'undeliverable', 'needs_agency', 'confirmation_sent']).meta({
      description:
        'sent : un email est parti si un compte correspond (même réponse pour un identifiant inconnu) ; no_email : le compte n’a pas d’adresse, la personne peut en donner une ; undeliverable : aucun email possible, voir l’agence ; needs_agency : aucun mobile sur la fiche pour vérifier l’identité, rien n’est envoyé, faire une demande d’ouverture d’accès ; confirmation_sent : un lien de confirmation est parti vers l’adresse donnée et un code par SMS au mobile de la fiche',
    }),
    message: z.string(),
    agency: agencyCard.nullable().meta({ description: 'L’agence à contacter (no_email, undeliverable, needs_agency)' }),
    email: z.string().nullable().meta({ description: 'L’adresse à laquelle le lien de confirmation est parti' }),
    phone: z
      .string()
      .nullable()
      .meta({ description: 'Le mobile (masqué) auquel le code de vérification est parti', examples: ['06 •• •• •• 78'] }),
  })
  .meta({ id: 'ForgottenPasswordAnswer' });

export const linkBody = z.object({ token: linkToken }).meta({ id: 'PasswordLinkRequest' });

export const passwordLink = z
  .object({
    creating: z.boolean().meta({ description: 'Première connexion (aucun mot de passe encore) plutôt que réinitialisation' }),
    displayName: z.string(),
    identifier: z.string().meta({ description: 'Un identifiant du compte, pour le gestionnaire de mots de passe' }),
  })
  .meta({ id: 'PasswordLink' });

export const setPasswordBody = z.object({ token: linkToken, password: newPassword }).meta({ id: 'SetPasswordRequest' });

export const strengthBody = z
  .object({
    password: z.string().max(PASSWORD_MAX_LENGTH * 4),
    token: linkToken.optional().meta({ description: 'Le jeton du lien, pour juger aussi contre les noms du titulaire' }),
  })
  .meta({ id: 'PasswordStrengthRequest' });

export const passwordStrength = z
  .object({
    acceptable: z.boolean(),
    length: z.number().int(),
    words: z.number().int(),
    lengthRule: z.boolean().meta({ description: 'Au moins 12 caractères, ou une phrase d’au moins 4 mots' }),
    score: z.number().int().nullable().meta({ description: 'Score zxcvbn de 0 à 4 (3 au moins est exigé)' }),
    notGuessable: z.boolean().meta({ description: 'Ni courant, ni construit sur les noms ou identifiants de la personne' }),
    warning: z.string().nullable(),
    suggestions: z.array(z.string()),
  })
  .meta({ id: 'PasswordStrength' });

const smsCode = z
  .string()
  .trim()
  .regex(/^\d{6}$/, { error: 'Le code reçu par SMS comporte 6 chiffres.' })
  .meta({ description: 'Le code reçu par SMS, quand le lien en demande un', examples: ['123456'] });

export const confirmEmailBody = z
  .object({
    token: linkToken,
    continueToPassword: z
      .boolean()
      .default(false)
      .meta({ description: 'Enchaîner sur la création du mot de passe (parcours « Mot de passe oublié »)' }),
    smsCode: smsCode.optional(),
  })
  .meta({ id: 'ConfirmEmailRequest' });

export const emailLink = z
  .object({
    email: z.string().meta({ description: 'L’adresse que le lien confirme' }),
    smsCodeRequired: z.boolean().meta({ description: 'Le code reçu par SMS doit accompagner la confirmation' }),
    phone: z.string().nullable().meta({ description: 'Le mobile (masqué) auquel le code est parti' }),
    attemptsLeft: z.number().int().nullable().meta({ description: 'Essais restants pour le code, s’il y en a un' }),
  })
  .meta({ id: 'EmailLink' });

export const emailConfirmed = z
  .object({
    email: z.string(),
    passwordToken: z.string().nullable().meta({ description: 'Jeton pour créer le mot de passe, si demandé' }),
  })
  .meta({ id: 'EmailConfirmed' });

export const credentials = z
  .object({
    email: z.string().nullable(),
    pendingEmail: z
      .object({ email: z.string(), expiresAt: z.iso.datetime() })
      .nullable()
      .meta({ description: 'Nouvelle adresse en attente de confirmation depuis sa boîte' }),
    hasPassword: z.boolean(),
  })
  .meta({ id: 'Credentials' });

const currentPassword = z
  .string()
  .max(PASSWORD_MAX_LENGTH * 4)
  .optional()
  .meta({ description: 'Obligatoire quand le compte a déjà un mot de passe' });

export const changePasswordBody = z.object({ currentPassword, newPassword }).meta({ id: 'ChangePasswordRequest' });

export const changeEmailBody = z.object({ email: emailAddress, currentPassword }).meta({ id: 'ChangeEmailRequest' });
