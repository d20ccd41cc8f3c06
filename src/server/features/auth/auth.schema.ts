import { z } from 'zod';

export const loginBody = z
  .object({
    identifier: z
      .string({ error: 'Saisissez votre identifiant ou votre adresse email.' })
      .trim()
      .min(1, { error: 'Saisissez votre identifiant ou votre adresse email.' })
      .max(254)
      .meta({
        description:
          'Identifiant client (indiqué sur les appels de fonds, appels de loyer ou comptes rendus de gérance) ou adresse email',
        examples: ['CO100452'],
      }),
    password: z.string({ error: 'Saisissez votre mot de passe.' }).min(1, { error: 'Saisissez votre mot de passe.' }).max(1024),
    rememberMe: z.boolean().default(false).meta({ description: 'Rester connecté (uniquement sur un appareil personnel)' }),
  })
  .meta({ id: 'LoginRequest' });
