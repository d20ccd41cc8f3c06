import type { Address, DemoBatch, PersonFields } from './batch.ts';
import {
  addAllocationKeys,
  buildingStreet,
  idOf,
  type LotKind,
  type LotPlan,
  planLots,
  residentAddress,
} from './condominium-lots.ts';
import { dateBetween, landlinePhone, mobilePhone, type NameGenerator, personalEmail, type Random } from './people.ts';

/**
 * The syndic side of the demo: ImmoCity Coulon and the condominium of the seed's screenshots ("Copropriété
 * du 100 avenue Anatole France / 1 rue Marc Sangnier, Créteil"), where M. et Mme Allouard own 4 lots.
 */

/** Written by hand below; the generator must not hand them out again. */
export const syndicLastNames = [
  'Allouard',
  'Bernard',
  'Garnier',
  'Roux',
  'Fontaine',
  'Nguyen',
  'Lemoine',
  'Haddad',
  'Martin',
  'Vidal',
];

const condominiumAddress = { addressLine1: '100 avenue Anatole France', postalCode: '94000', city: 'Créteil' };

const elsewhere = [
  { addressLine1: '12 rue de Paris', postalCode: '94100', city: 'Saint-Maur-des-Fossés' },
  { addressLine1: '8 allée des Tilleuls', postalCode: '94300', city: 'Vincennes' },
  { addressLine1: '27 rue du Général Leclerc', postalCode: '94000', city: 'Créteil' },
  { addressLine1: '5 avenue Foch', postalCode: '94120', city: 'Fontenay-sous-Bois' },
  { addressLine1: '41 boulevard Voltaire', postalCode: '75011', city: 'Paris' },
  { addressLine1: '3 rue des Écoles', postalCode: '94170', city: 'Le Perreux-sur-Marne' },
] as const;

/** The ids the demo's documents, contracts and events point at. */
export interface SyndicDemo {
  agencyId: string;
  managerId: string;
  condominiumId: string;
  buildingIds: { A: string; B: string };
  plans: LotPlan[];
  /** By lot number. */
  lotIds: Map<string, string>;
  /** By the keys used below ('Allouard', 'Bernard'…) and, for generated owners, their last name. */
  personIds: Map<string, string>;
}

export function buildSyndic(batch: DemoBatch, names: NameGenerator, random: Random): SyndicDemo {
  const agencyId = batch.add(batch.agencies, {
    name: 'ImmoCity Coulon',
    kind: 'syndic',
    addressLine1: '47 avenue de la République',
    postalCode: '94600',
    city: 'Choisy-le-Roi',
    phone: '01 48 90 12 34',
    email: 'contact-coulon@immocity.example',
    openingHours: ['Du lundi au vendredi : 9h - 12h30 // 13h30 - 17h'],
  });
  const managerId = batch.add(batch.staffMembers, {
    agencyId,
    firstName: 'Claire',
    lastName: 'Martin',
    email: 'gestion@immocity.example',
    phone: '01 48 90 12 35',
    role: 'manager',
  });
  batch.accounts.push({ staffMemberId: managerId, email: 'gestion@immocity.example' });
  batch.add(batch.staffMembers, {
    agencyId,
    firstName: 'Julien',
    lastName: 'Vidal',
    email: 'comptabilite-coulon@immocity.example',
    phone: '01 48 90 12 38',
    role: 'accountant',
  });

  const condominiumId = batch.add(batch.condominiums, {
    agencyId,
    managerId,
    reference: '100',
    name: 'Copropriété du 100 avenue Anatole France',
    ...condominiumAddress,
    addressLine2: '1 rue Marc Sangnier',
  });
  const buildingIds = {
    A: batch.add(batch.buildings, {
      condominiumId,
      name: 'Bâtiment A',
      addressLine1: buildingStreet.A,
      postalCode: '94000',
      city: 'Créteil',
    }),
    B: batch.add(batch.buildings, {
      condominiumId,
      name: 'Bâtiment B',
      addressLine1: buildingStreet.B,
      postalCode: '94000',
      city: 'Créteil',
    }),
  };

  const plans = planLots();
  const lotIds = new Map<string, string>();
  for (const plan of plans) {
    const id = batch.add(batch.lots, {
      condominiumId,
      buildingId: plan.building ? buildingIds[plan.building] : null,
      number: plan.number,
      kind: plan.kind,
      floor: plan.floor,
      staircase: plan.building,
      description: plan.description,
    });
    lotIds.set(plan.number, id);
  }
  addAllocationKeys(batch, condominiumId, plans, lotIds);
  const personIds = addOwners(batch, { agencyId, condominiumId, plans, lotIds, names, random });
  return { agencyId, managerId, condominiumId, buildingIds, plans, lotIds, personIds };
}

interface OwnerContext {
  agencyId: string;
  condominiumId: string;
  plans: LotPlan[];
  lotIds: Map<string, string>;
  names: NameGenerator;
  random: Random;
}

interface HandWrittenOwner {
  key: string;
  reference: string;
  email: string | null;
  person: PersonFields;
}

function addOwners(batch: DemoBatch, context: OwnerContext): Map<string, string> {
  const { agencyId, condominiumId, plans, lotIds, names, random } = context;
  const homeOf = (number: string) => {
    const lot = plans.find((plan) => plan.number === number);
    if (!lot) throw new Error(`Demo data refers to an unknown lot: ${number}`);
    return residentAddress(lot);
  };
  const owner = (key: string, reference: string, email: string | null, person: PersonFields): HandWrittenOwner => ({
    key,
    reference,
    email,
    person,
  });
  const named = (civility: PersonFields['civility'], firstName: string, lastName: string, address: Address): PersonFields => ({
    civility,
    firstName,
    lastName,
    mobilePhone: mobilePhone(random),
    ...address,
  });

  const owners: HandWrittenOwner[] = [
    owner('Allouard', 'CO100452', 'jean.allouard@example.fr', named('M_ET_MME', 'Jean et Marie', 'Allouard', homeOf('101'))),
    owner('Bernard', 'CO100417', 'sophie.bernard@example.fr', named('MME', 'Sophie', 'Bernard', homeOf('105'))),
    owner('Garnier', 'CO100409', 'philippe.garnier@example.fr', named('M', 'Philippe', 'Garnier', homeOf('110'))),
    owner('Roux', 'CO100431', 'nathalie.roux@example.fr', named('MME', 'Nathalie', 'Roux', homeOf('204'))),
    owner('Antoine Fontaine', 'CO100438', 'antoine.fontaine@example.fr', named('M', 'Antoine', 'Fontaine', homeOf('207'))),
    owner('Hélène Fontaine', 'CO100439', 'helene.fontaine@example.fr', named('MME', 'Hélène', 'Fontaine', elsewhere[2])),
    owner('Nguyen', 'CO100444', 'lea.nguyen@example.fr', named('MME', 'Léa', 'Nguyen', homeOf('203'))),
    // The seller is retired and reachable by landline only: no email, like many older client files.
    owner('Lemoine', 'CO100412', null, {
      ...named('M', 'Gérard', 'Lemoine', elsewhere[1]),
      mobilePhone: null,
      landlinePhone: landlinePhone(random),
    }),
    owner(
      'Haddad',
      'CO100447',
      'karim.haddad@example.fr',
      named('M', 'Karim', 'Haddad', { addressLine1: '15 rue de Mesly', postalCode: '94000', city: 'Créteil' }),
    ),
    owner('SCI', 'CO100420', 'sci.lestilleuls@example.fr', {
      civility: 'SOCIETE',
      companyName: 'SCI Les Tilleuls',
      landlinePhone: landlinePhone(random),
      ...elsewhere[0],
    }),
  ];

  const personIds = new Map<string, string>();
  for (const owner of owners) personIds.set(owner.key, batch.addClient(agencyId, owner.reference, owner.email, owner.person));

  const own = (
    key: string,
    lot: string,
    startDate: string,
    extra: { kind?: 'indivision'; isRepresentative?: boolean; endDate?: string } = {},
  ) => {
    batch.ownerships.push({
      lotId: idOf(lotIds, lot),
      personId: idOf(personIds, key),
      kind: extra.kind ?? 'pleine_propriete',
      isRepresentative: extra.isRepresentative ?? true,
      startDate,
      endDate: extra.endDate ?? null,
    });
  };
  // The seed's 4 lots: the home (101 with its cellar and parking space) and a second flat bought to let.
  for (const lot of ['101', 'C01', 'P01']) own('Allouard', lot, '2008-06-20');
  own('Allouard', '208', '2016-03-15');
  for (const lot of ['105', 'C03']) own('Bernard', lot, '2012-10-05');
  for (const lot of ['110', 'C05', 'P03']) own('Garnier', lot, '2001-04-12');
  for (const lot of ['204', 'P05']) own('Roux', lot, '2014-07-01');
  // Heirs in indivision vote through one of them: the brother, who lives there.
  own('Antoine Fontaine', '207', '2019-11-08', { kind: 'indivision', isRepresentative: true });
  own('Hélène Fontaine', '207', '2019-11-08', { kind: 'indivision', isRepresentative: false });
  // A sale keeps the seller's history: past owners still need their old calls for funds.
  own('Lemoine', '203', '1996-02-01', { endDate: '2023-09-29' });
  own('Nguyen', '203', '2023-09-29');
  own('Haddad', 'P08', '2020-01-17');
  own('SCI', '201', '2005-09-30');

  const taken = new Set(batch.ownerships.map((ownership) => ownership.lotId));
  const free = (kind: LotKind) => plans.filter((lot) => lot.kind === kind && !taken.has(idOf(lotIds, lot.number)));
  const spareCaves = free('cave');
  const spareParkings = free('parking');
  let reference = 401;
  const usedReferences = new Set(owners.map((owner) => owner.reference));
  const nextReference = () => {
    while (usedReferences.has(`CO100${reference}`)) reference += 1;
    usedReferences.add(`CO100${reference}`);
    return `CO100${reference}`;
  };

  free('appartement').forEach((lot, index) => {
    const name = names.next();
    // Every fourth owner lets their flat and lives elsewhere; a few files have no email, as in real life.
    const livesHere = index % 4 !== 3;
    const address = livesHere ? residentAddress(lot) : elsewhere[index % elsewhere.length];
    const email = index % 6 === 4 ? null : personalEmail(name.firstName, name.lastName);
    const personId = batch.addClient(agencyId, nextReference(), email, { ...name, mobilePhone: mobilePhone(random), ...address });
    personIds.set(name.lastName, personId);
    const startDate = dateBetween(random, 1995, 2022);
    own(name.lastName, lot.number, startDate);
    const cave = index % 2 === 0 ? spareCaves.shift() : undefined;
    if (cave) own(name.lastName, cave.number, startDate);
    const parking = index % 3 === 1 ? spareParkings.shift() : undefined;
    if (parking) own(name.lastName, parking.number, startDate);
  });

  const councilStart = '2024-06-12';
  batch.councilMemberships.push(
    { condominiumId, personId: idOf(personIds, 'Garnier'), role: 'president', startDate: councilStart },
    { condominiumId, personId: idOf(personIds, 'Bernard'), role: 'member', startDate: councilStart },
    { condominiumId, personId: idOf(personIds, 'Roux'), role: 'member', startDate: councilStart },
  );
  return personIds;
}
