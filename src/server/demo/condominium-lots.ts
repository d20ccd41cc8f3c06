import { type DemoBatch, distribute } from './batch.ts';

/**
 * The lots of the Créteil condominium and their tantièmes: 22 apartments over two buildings, a shop, cellars
 * and parking spaces, weighted by surface as a surveyor's allocation table would be.
 */

export type LotKind = 'appartement' | 'commerce' | 'cave' | 'parking';

export interface LotPlan {
  number: string;
  kind: LotKind;
  building: 'A' | 'B' | null;
  floor: string;
  /** Drives the tantièmes, as a surveyor's table would. */
  surface: number;
  description: string;
}

export const buildingStreet = { A: '100 avenue Anatole France', B: '1 rue Marc Sangnier' } as const;

const floors = ['RDC', '1', '2', '3', '4', '5'] as const;
const floorLabel = (floor: string) => (floor === 'RDC' ? 'rez-de-chaussée' : floor === '1' ? '1er étage' : `${floor}e étage`);
const roomsFor = (surface: number) => (surface < 35 ? 'T1' : surface < 55 ? 'T2' : surface < 75 ? 'T3' : 'T4');

const apartment = (number: string, building: 'A' | 'B', floor: string, surface: number): LotPlan => ({
  number,
  kind: 'appartement',
  building,
  floor,
  surface,
  description: `Appartement ${roomsFor(surface)} de ${surface} m², ${floorLabel(floor)}`,
});

export function planLots(): LotPlan[] {
  const surfacesA = [48, 67, 52, 71, 52, 71, 45, 82, 52, 71, 38, 94];
  const lotsA = surfacesA.map((surface, index) =>
    apartment(String(101 + index), 'A', floors[Math.floor(index / 2)] ?? 'RDC', surface),
  );
  const shop: LotPlan = {
    number: '201',
    kind: 'commerce',
    building: 'B',
    floor: 'RDC',
    surface: 85,
    description: 'Local commercial (boulangerie) sur rue',
  };
  const surfacesB = [44, 63, 44, 63, 58, 63, 44, 63, 31, 76];
  const lotsB = surfacesB.map((surface, index) =>
    apartment(String(202 + index), 'B', floors[1 + Math.floor(index / 2)] ?? '5', surface),
  );
  const caveSurfaces = [6, 5, 8, 5, 6, 4, 7, 5, 6, 9];
  const caves = caveSurfaces.map(
    (surface, index): LotPlan => ({
      number: `C${String(index + 1).padStart(2, '0')}`,
      kind: 'cave',
      building: index < 6 ? 'A' : 'B',
      floor: '-1',
      surface,
      description: `Cave n° ${index + 1} au sous-sol`,
    }),
  );
  const parkings = Array.from(
    { length: 8 },
    (_, index): LotPlan => ({
      number: `P${String(index + 1).padStart(2, '0')}`,
      kind: 'parking',
      building: null,
      floor: '-1',
      surface: index < 2 ? 14 : 12,
      description: `Place de parking n° ${index + 1} au sous-sol${index < 2 ? ' (grande place)' : ''}`,
    }),
  );
  return [...lotsA, shop, ...lotsB, ...caves, ...parkings];
}

/** Tantièmes généraux: the usual weighting by surface, a ground-floor shop weighing more per m². */
function generalWeight(lot: LotPlan): number {
  if (lot.kind === 'cave') return lot.surface * 2.5;
  if (lot.kind === 'parking') return lot.surface * 1.8;
  if (lot.kind === 'commerce') return lot.surface * 11;
  return lot.surface * (10 + (lot.floor === 'RDC' ? 0 : Number(lot.floor) * 0.2));
}

/** The lift serves apartments only, and costs more the higher the floor; the ground floor pays a little. */
const liftFloorFactor: Record<string, number> = { RDC: 0.25, '1': 0.6, '2': 0.8, '3': 1, '4': 1.2, '5': 1.4 };

/** A co-owner living in the building receives mail at their apartment. */
export const residentAddress = (lot: LotPlan) => ({
  addressLine1: buildingStreet[lot.building ?? 'A'],
  addressLine2: `Bâtiment ${lot.building}, appartement ${lot.number}`,
  postalCode: '94000',
  city: 'Créteil',
});

export function addAllocationKeys(batch: DemoBatch, condominiumId: string, plans: LotPlan[], lotIds: Map<string, string>): void {
  const addKey = (
    code: string,
    name: string,
    isGeneral: boolean,
    total: number,
    members: LotPlan[],
    weight: (lot: LotPlan) => number,
  ) => {
    const allocationKeyId = batch.add(batch.allocationKeys, { condominiumId, code, name, isGeneral });
    const shares = distribute(total, members.map(weight));
    members.forEach((lot, index) => {
      batch.lotShares.push({ allocationKeyId, lotId: idOf(lotIds, lot.number), shares: shares[index] ?? 0 });
    });
  };
  const apartments = plans.filter((lot) => lot.kind === 'appartement');
  addKey('GEN', 'Charges générales', true, 10_000, plans, generalWeight);
  addKey('ASC', 'Ascenseur', false, 1_000, apartments, (lot) => lot.surface * (liftFloorFactor[lot.floor] ?? 1));
  addKey('CHA', 'Chauffage collectif', false, 1_000, apartments, (lot) => lot.surface);
}

export function idOf(ids: Map<string, string>, key: string): string {
  const id = ids.get(key);
  if (!id) throw new Error(`Demo data refers to an unknown lot or person: ${key}`);
  return id;
}
