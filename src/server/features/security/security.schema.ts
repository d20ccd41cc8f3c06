import { z } from 'zod';

export const activeSession = z
  .object({
    id: z.string(),
    current: z.boolean().meta({ description: 'La session de cet appareil' }),
    device: z.string().meta({ examples: ['Chrome sur Windows'] }),
    ipAddress: z.string().nullable().meta({ description: 'Adresse IP de la dernière connexion (le lieu approximatif)' }),
    method: z.string().meta({ description: 'password, passkey ou oidc:<fournisseur>' }),
    persistent: z.boolean().meta({ description: '« Rester connecté » coché' }),
    createdAt: z.iso.datetime(),
    lastSeenAt: z.iso.datetime(),
  })
  .meta({ id: 'ActiveSession' });

export const accessEvent = z
  .object({
    id: z.string(),
    action: z
      .string()
      .meta({ description: 'Code stable de l’évènement, ex. login.succeeded, login.failed, logout, password.changed' }),
    occurredAt: z.iso.datetime(),
    ipAddress: z.string().nullable(),
    device: z.string().nullable(),
  })
  .meta({ id: 'AccessEvent' });

export const sessionParams = z.object({ sessionId: z.uuid({ error: 'Identifiant de session invalide.' }) });
