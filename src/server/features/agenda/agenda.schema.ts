import { z } from 'zod';

export const scheduledEventKind = z
  .enum(['travaux', 'assemblee', 'echeance', 'visite', 'autre'], { error: "Choisissez le type d'événement." })
  .meta({ id: 'ScheduledEventKind' });

export const agendaItemKind = z.enum(['travaux', 'assemblee', 'echeance', 'visite', 'autre', 'appel_de_fonds', 'loyer']).meta({
  id: 'AgendaItemKind',
  description:
    'Les événements annoncés par l’agence, et les échéances calculées : appel de fonds trimestriel (copropriétaire), loyer (locataire)',
});

export const agendaItem = z
  .object({
    id: z.string().meta({ description: 'L’identifiant de l’événement, ou une clé stable pour une échéance calculée' }),
    kind: agendaItemKind,
    title: z.string().meta({ examples: ['Appel de fonds du 1er trimestre 2027 — exigible le 1er janvier 2027'] }),
    description: z.string().nullable(),
    startsOn: z.iso.date(),
    endsOn: z.iso.date().nullable(),
    condominiumName: z.string().nullable(),
    buildingName: z.string().nullable(),
  })
  .meta({ id: 'AgendaItem' });

export const agenda = z
  .object({
    items: z.array(agendaItem).meta({ description: 'Dans l’ordre des dates, sur les 90 prochains jours' }),
  })
  .meta({ id: 'Agenda' });

// ——— Staff ———

export const staffScheduledEvent = agendaItem
  .extend({ kind: scheduledEventKind, condominiumId: z.string(), buildingId: z.string().nullable() })
  .meta({ id: 'StaffScheduledEvent' });

export const staffEventList = z.object({ events: z.array(staffScheduledEvent) }).meta({ id: 'StaffScheduledEventList' });

export const staffEventQuery = z.object({
  condominiumId: z.uuid({ error: 'Identifiant de copropriété invalide.' }).optional(),
});

const calendarDate = (missing: string) => z.iso.date({ error: missing });

export const scheduledEventBody = z
  .object({
    condominiumId: z.uuid({ error: 'Choisissez la copropriété.' }),
    buildingId: z.uuid({ error: 'Identifiant de bâtiment invalide.' }).optional(),
    kind: scheduledEventKind,
    title: z
      .string({ error: "Saisissez l'intitulé de l'événement." })
      .trim()
      .min(1, { error: "Saisissez l'intitulé de l'événement." })
      .max(150, { error: "L'intitulé est trop long (150 caractères au plus)." }),
    description: z.string().trim().max(2000, { error: 'La description est trop longue (2 000 caractères au plus).' }).optional(),
    startsOn: calendarDate('Saisissez la date de début (AAAA-MM-JJ).'),
    endsOn: calendarDate('Saisissez une date de fin valide (AAAA-MM-JJ).').optional(),
  })
  .refine((value) => !value.endsOn || value.endsOn >= value.startsOn, {
    error: 'La date de fin ne peut pas précéder la date de début.',
    path: ['endsOn'],
  })
  .meta({ id: 'ScheduledEventBody' });

export const eventParams = z.object({ eventId: z.uuid({ error: "Identifiant d'événement invalide." }) });

export const staffCondominiums = z
  .object({
    condominiums: z.array(
      z.object({ id: z.string(), name: z.string(), buildings: z.array(z.object({ id: z.string(), name: z.string() })) }),
    ),
  })
  .meta({ id: 'StaffAgendaCondominiums' });

export type AgendaItem = z.infer<typeof agendaItem>;
export type StaffScheduledEvent = z.infer<typeof staffScheduledEvent>;
export type ScheduledEventBody = z.infer<typeof scheduledEventBody>;
