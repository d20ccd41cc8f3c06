import { z } from 'zod';

export const notificationKind = z
  .enum(['document', 'manager_message', 'contact_answer'])
  .meta({ id: 'NotificationKind', description: 'document publié, message du gestionnaire, réponse à une demande de contact' });

export const notificationItem = z
  .object({
    id: z.string(),
    kind: notificationKind,
    title: z.string().meta({ examples: ['Nouveau document : Procès-verbal de l’AG du 12 juin 2026'] }),
    body: z.string().nullable(),
    link: z.string().nullable().meta({ description: 'Chemin de l’espace client à ouvrir, ex. « /documents »' }),
    createdAt: z.iso.datetime(),
    readAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'Notification' });

export const notificationList = z
  .object({
    unreadCount: z.number().int().meta({ description: 'Toutes les notifications non lues, pas seulement celles de la liste' }),
    items: z.array(notificationItem).meta({ description: 'Les plus récentes d’abord' }),
  })
  .meta({ id: 'NotificationList' });

export const notificationListQuery = z.object({
  limit: z.coerce
    .number({ error: 'Le nombre de notifications doit être un nombre.' })
    .int({ error: 'Le nombre de notifications doit être un nombre entier.' })
    .min(1, { error: 'Demandez au moins une notification.' })
    .max(100, { error: 'Au plus 100 notifications à la fois.' })
    .default(20),
});

export const notificationParams = z.object({ notificationId: z.uuid({ error: 'Identifiant de notification invalide.' }) });

export const unreadCount = z.object({ unreadCount: z.number().int() }).meta({ id: 'NotificationUnreadCount' });

export const notificationPreferences = z
  .object({
    digestEmail: z.boolean().meta({ description: 'Recevoir chaque matin un email résumant les nouveautés' }),
    hasEmail: z.boolean().meta({ description: 'Sans adresse email, le résumé ne peut pas être envoyé' }),
  })
  .meta({ id: 'NotificationPreferences' });

export const notificationPreferencesBody = z.object({
  digestEmail: z.boolean({ error: 'Indiquez si vous souhaitez recevoir le résumé quotidien par email.' }),
});

const trimmed = (max: number, missing: string, tooLong: string) =>
  z.string({ error: missing }).trim().min(1, { error: missing }).max(max, { error: tooLong });

/** "Notifications de votre gestionnaire": to a whole condominium or to one client. */
export const staffNotificationBody = z
  .object({
    condominiumId: z.uuid({ error: 'Identifiant de copropriété invalide.' }).optional(),
    personId: z.uuid({ error: 'Identifiant de client invalide.' }).optional(),
    title: trimmed(150, 'Saisissez le titre de la notification.', 'Le titre est trop long (150 caractères au plus).'),
    body: trimmed(2000, 'Saisissez le texte de la notification.', 'Le texte est trop long (2 000 caractères au plus).'),
  })
  .refine((value) => Boolean(value.condominiumId) !== Boolean(value.personId), {
    error: 'Choisissez soit une copropriété, soit un client.',
    path: ['condominiumId'],
  })
  .meta({ id: 'StaffNotificationBody' });

export const staffNotificationReceipt = z
  .object({ recipients: z.number().int().meta({ description: 'Le nombre de personnes notifiées' }) })
  .meta({ id: 'StaffNotificationReceipt' });

export type NotificationItem = z.infer<typeof notificationItem>;
export type StaffNotificationBody = z.infer<typeof staffNotificationBody>;
