import { displayName } from '../../../domain/person-name.ts';
import type { DemoBatch, PersonFields } from '../batch.ts';
import type { LotPlan } from '../condominium-lots.ts';
import type { SyndicDemo } from '../syndic.ts';

/**
 * The Créteil condominium as its documents describe it — lots with their tantièmes, co-owners with their lots
 * — read from the demo batch, so that the rules' lots table, the minutes' attendance and the calls for funds
 * print exactly the shares stored in the database.
 */

export type KeyCode = 'GEN' | 'ASC' | 'CHA';
export const KEY_CODES: readonly KeyCode[] = ['GEN', 'ASC', 'CHA'];

export interface LotView {
  id: string;
  plan: LotPlan;
  /** 0 when the lot does not share the key (a cellar and the lift). */
  shares: Record<KeyCode, number>;
}

export interface KeyView {
  code: KeyCode;
  name: string;
  total: number;
  /** Every lot sharing the key, in the key's order: what the allocation rule must be given. */
  lots: Array<{ lotId: string; shares: number }>;
}

/** One voice at the general meeting (art. 23: joint owners vote through their representative). */
export interface Member {
  personId: string;
  name: string;
  reference: string;
  lots: LotView[];
  /** Tantièmes généraux: the weight of the member's votes. */
  shares: number;
}

export class CondominiumView {
  readonly lots: LotView[];
  readonly keys: Map<KeyCode, KeyView>;

  constructor(
    private readonly batch: DemoBatch,
    readonly syndic: SyndicDemo,
  ) {
    const keyRows = batch.allocationKeys.filter((key) => key.condominiumId === syndic.condominiumId);
    const codeOf = new Map(keyRows.map((key) => [key.id, key.code as KeyCode]));
    this.keys = new Map(
      keyRows.map((key) => {
        const lots = batch.lotShares
          .filter((share) => share.allocationKeyId === key.id)
          .map((share) => ({ lotId: share.lotId, shares: share.shares }));
        const total = lots.reduce((sum, lot) => sum + lot.shares, 0);
        return [key.code as KeyCode, { code: key.code as KeyCode, name: key.name, total, lots }];
      }),
    );
    this.lots = syndic.plans.map((plan) => {
      const id = syndic.lotIds.get(plan.number) ?? '';
      const shares: Record<KeyCode, number> = { GEN: 0, ASC: 0, CHA: 0 };
      for (const share of batch.lotShares) {
        const code = codeOf.get(share.allocationKeyId);
        if (share.lotId === id && code) shares[code] = share.shares;
      }
      return { id, plan, shares };
    });
  }

  key(code: KeyCode): KeyView {
    const key = this.keys.get(code);
    if (!key) throw new Error(`Demo condominium has no key ${code}`);
    return key;
  }

  lot(number: string): LotView {
    const lot = this.lots.find((candidate) => candidate.plan.number === number);
    if (!lot) throw new Error(`Demo condominium has no lot ${number}`);
    return lot;
  }

  personId(key: string): string {
    const id = this.syndic.personIds.get(key);
    if (!id) throw new Error(`Demo condominium has no co-owner ${key}`);
    return id;
  }

  person(personId: string): PersonFields & { id?: string } {
    const person = this.batch.persons.find((row) => row.id === personId);
    if (!person) throw new Error(`Demo data refers to an unknown person: ${personId}`);
    return person;
  }

  nameOf(personId: string): string {
    const person = this.person(personId);
    return displayName({
      civility: person.civility,
      firstName: person.firstName ?? null,
      lastName: person.lastName ?? null,
      companyName: person.companyName ?? null,
    });
  }

  referenceOf(personId: string): string {
    return this.batch.clientReferences.find((row) => row.personId === personId)?.reference ?? '';
  }

  /** The lots a person owns on a date, in the order of the rules' table. */
  lotsOf(personId: string, date: string): LotView[] {
    const owned = new Set(
      this.ownershipsOn(date)
        .filter((row) => row.personId === personId)
        .map((row) => row.lotId),
    );
    return this.lots.filter((lot) => owned.has(lot.id));
  }

  /** The syndicate's members on a date: one per representative, joint owners named together. */
  membersOn(date: string): Member[] {
    const inForce = this.ownershipsOn(date);
    const representatives = [...new Set(inForce.filter((row) => row.isRepresentative).map((row) => row.personId))];
    const members = representatives.map((personId) => {
      const lots = this.lotsOf(personId, date);
      const lotIds = new Set(lots.map((lot) => lot.id));
      const others = [
        ...new Set(inForce.filter((row) => lotIds.has(row.lotId) && row.personId !== personId).map((row) => row.personId)),
      ];
      const name =
        others.length > 0
          ? `Indivision ${this.person(personId).lastName} (${[personId, ...others].map((id) => this.nameOf(id)).join(' et ')})`
          : this.nameOf(personId);
      const shares = lots.reduce((sum, lot) => sum + lot.shares.GEN, 0);
      return { personId, name, reference: this.referenceOf(personId), lots, shares };
    });
    const firstLot = (member: Member) => this.lots.findIndex((lot) => lot.id === member.lots[0]?.id);
    return members.sort((a, b) => firstLot(a) - firstLot(b));
  }

  private ownershipsOn(date: string) {
    const lotIds = new Set(this.lots.map((lot) => lot.id));
    return this.batch.ownerships.filter(
      (row) => lotIds.has(row.lotId) && row.startDate <= date && (row.endDate == null || row.endDate >= date),
    );
  }
}

/** "Appartement T2 de 48 m², rez-de-chaussée" → the rules' wording for a lot. */
export function lotLabel(lot: LotView): string {
  const where = lot.plan.building ? `bâtiment ${lot.plan.building}` : 'sous-sol commun';
  return `${lot.plan.description} (${where})`;
}

/** "1 250" for shares, with the thousands separator of amounts. */
export function formatShares(shares: number): string {
  return String(shares).replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
}
