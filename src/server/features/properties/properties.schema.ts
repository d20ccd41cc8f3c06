import { z } from 'zod';
import { agencyCard } from '../me/me.schema.ts';

const lotKind = z.enum(['appartement', 'maison', 'cave', 'parking', 'box', 'commerce', 'bureau', 'local', 'grenier', 'autre']);

const address = {
  addressLine1: z.string().nullable(),
  addressLine2: z.string().nullable(),
  postalCode: z.string().nullable(),
  city: z.string().nullable(),
};

export const lotShare = z
  .object({
    keyCode: z.string().meta({ examples: ['GEN'] }),
    keyName: z.string().meta({ examples: ['Charges générales'] }),
    isGeneral: z.boolean(),
    shares: z
      .number()
      .int()
      .meta({ description: 'Tantièmes du lot sous cette clé', examples: [1250] }),
    total: z
      .number()
      .int()
      .meta({ description: 'Total des tantièmes de la clé', examples: [10000] }),
  })
  .meta({ id: 'LotShare' });

export const ownedLot = z
  .object({
    id: z.string(),
    number: z.string().meta({ examples: ['101'] }),
    kind: lotKind,
    floor: z.string().nullable(),
    staircase: z.string().nullable(),
    building: z
      .string()
      .nullable()
      .meta({ examples: ['Bâtiment A'] }),
    description: z.string().nullable(),
    ownershipKind: z.enum(['pleine_propriete', 'indivision', 'usufruit', 'nue_propriete']),
    shares: z.array(lotShare),
  })
  .meta({ id: 'OwnedLot' });

const condominiumSummary = z.object({ id: z.string(), name: z.string(), ...address });

export const rentalStatus = z
  .enum(['vacant', 'mise_en_location', 'loue'])
  .meta({ id: 'RentalStatus', description: 'Loué tant qu’un bail court, sinon mise en location ou vacant' });

const unitFields = {
  id: z.string(),
  reference: z.string(),
  kind: lotKind,
  ...address,
  floor: z.string().nullable(),
  surfaceSquareMetres: z.number().int().nullable(),
};

export const managedUnit = z
  .object({
    ...unitFields,
    status: rentalStatus,
    tenantNames: z.array(z.string()).meta({ description: 'Les signataires du bail en cours (vide si non loué)' }),
    leaseStartDate: z.iso.date().nullable(),
  })
  .meta({ id: 'ManagedUnit' });

export const rentedUnit = z
  .object({
    ...unitFields,
    monthlyRentCents: z.number().int(),
    monthlyChargesCents: z.number().int(),
    leaseStartDate: z.iso.date(),
    agencyName: z.string(),
  })
  .meta({ id: 'RentedUnit' });

export const propertiesOverview = z
  .object({
    coOwnership: z.array(
      z.object({ condominium: condominiumSummary, agencyName: z.string(), lots: z.array(ownedLot) }).meta({
        id: 'CondominiumHoldings',
      }),
    ),
    managed: z.array(managedUnit),
    rented: z.array(rentedUnit),
  })
  .meta({ id: 'PropertiesOverview' });

const manager = z
  .object({ name: z.string(), email: z.string(), phone: z.string().nullable() })
  .meta({ id: 'PropertyManager', description: 'Le gestionnaire du dossier à l’agence' });

const councilMember = z
  .object({ displayName: z.string(), role: z.enum(['president', 'member']) })
  .meta({ id: 'CouncilMember', description: 'Sans coordonnées : leur partage attend le consentement des copropriétaires' });

const coOwnerContact = z
  .object({
    displayName: z.string(),
    lots: z.array(z.string()).meta({ description: 'Numéros des lots détenus aujourd’hui dans la copropriété' }),
    sharesContact: z.boolean().meta({ description: 'A accepté de partager téléphone et email avec le conseil syndical' }),
    email: z.string().nullable(),
    mobilePhone: z.string().nullable(),
    landlinePhone: z.string().nullable(),
  })
  .meta({ id: 'CoOwnerContact', description: 'Téléphones et email vides pour qui n’a pas choisi de les partager' });

const contacts = {
  manager: manager.nullable(),
  agency: agencyCard,
  council: z.array(councilMember),
  coOwners: z
    .array(coOwnerContact)
    .optional()
    .meta({ description: 'Pour les membres du conseil syndical de la copropriété seulement (absent sinon)' }),
};

export const lotDetail = z
  .object({
    lot: ownedLot,
    condominium: condominiumSummary,
    buildingAddress: z.object(address).nullable(),
    ownerLots: z.array(ownedLot).meta({ description: 'Tous les lots détenus aujourd’hui dans cette copropriété' }),
    ...contacts,
  })
  .meta({ id: 'LotDetail' });

export const unitDetail = z
  .object({
    unit: z.object({
      ...unitFields,
      relation: z.enum(['landlord', 'tenant']),
      status: rentalStatus.nullable().meta({ description: 'Pour le bailleur seulement' }),
      tenantNames: z.array(z.string()),
      leaseStartDate: z.iso.date().nullable(),
      monthlyRentCents: z.number().int().nullable(),
      monthlyChargesCents: z.number().int().nullable(),
    }),
    ...contacts,
  })
  .meta({ id: 'UnitDetail' });

export const lotParams = z.object({ lotId: z.uuid({ error: 'Identifiant de lot invalide.' }) });
export const unitParams = z.object({ unitId: z.uuid({ error: 'Identifiant de bien invalide.' }) });

export type PropertiesOverview = z.infer<typeof propertiesOverview>;
export type OwnedLot = z.infer<typeof ownedLot>;
export type LotDetail = z.infer<typeof lotDetail>;
export type UnitDetail = z.infer<typeof unitDetail>;
export type ManagedUnit = z.infer<typeof managedUnit>;
export type RentalStatus = z.infer<typeof rentalStatus>;
