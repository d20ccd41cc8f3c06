import { z } from 'zod';

export const agencyCard = z
  .object({
    id: z.string(),
    name: z.string(),
    addressLine1: z.string().nullable(),
    addressLine2: z.string().nullable(),
    postalCode: z.string().nullable(),
    city: z.string().nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    openingHours: z
      .array(z.string())
      .meta({ description: 'Une ligne par groupe de jours, ex. « Le vendredi : 9h - 12h // 13h30 - 16h »' }),
  })
  .meta({ id: 'AgencyCard' });

export const me = z
  .object({
    kind: z.enum(['client', 'staff']),
    displayName: z.string().meta({ examples: ['M. et Mme Allouard'] }),
    firstName: z.string().nullable(),
    email: z.string().nullable(),
    roles: z.object({
      coOwnerLotCount: z.number().int().meta({ description: 'Lots détenus aujourd’hui (copropriétaire de N biens)' }),
      isCouncilMember: z.boolean(),
      landlordUnitCount: z.number().int().meta({ description: 'Biens confiés en gérance aujourd’hui' }),
      isTenant: z.boolean(),
      staffRole: z.enum(['manager', 'accountant', 'admin']).nullable(),
    }),
    agencies: z.array(agencyCard),
  })
  .meta({ id: 'Me' });

export type Me = z.infer<typeof me>;
