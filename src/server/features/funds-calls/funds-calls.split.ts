import type { FundsCall } from '../../../domain/funds-call.ts';
import type { listKeys, listLots, listRepresentatives } from './funds-calls.repository.ts';

type Key = Awaited<ReturnType<typeof listKeys>>[number];
type Lot = Awaited<ReturnType<typeof listLots>>[number];
type Representative = Awaited<ReturnType<typeof listRepresentatives>>[number];

export interface CoOwnerCall {
  personId: string;
  person: Representative['person'];
  reference: string | null;
  lots: { number: string; description: string | null }[];
  lines: { label: string; lotNumber: string; shares: string; calledCents: number; partCents: number }[];
  provisionsCents: number;
  worksFundCents: number;
  totalCents: number;
}

/**
 * From every lot's part to what each co-owner receives: the lot's representative on the due date is called
 * for it (joint owners: the one marked). A lot with shares but nobody to call would leave cents no one owes,
 * so it is reported rather than skipped.
 */
export function prepareCall(input: { computed: FundsCall; keys: Key[]; lots: Lot[]; representatives: Representative[] }) {
  const keys = new Map(input.keys.map((key) => [key.id, key]));
  const lots = new Map(input.lots.map((lot) => [lot.id, lot]));
  const representativeOf = new Map<string, Representative>();
  for (const row of input.representatives) if (!representativeOf.has(row.lotId)) representativeOf.set(row.lotId, row);

  const coOwners = new Map<string, CoOwnerCall>();
  const rows: {
    personId: string;
    lotId: string;
    allocationKeyId: string | null;
    shares: number;
    keyTotalShares: number;
    amountCents: number;
  }[] = [];
  const lotsWithoutOwner = new Set<string>();
  for (const part of input.computed.parts) {
    if (part.shares === 0) continue;
    const lot = lots.get(part.lotId);
    const representative = representativeOf.get(part.lotId);
    if (!representative) {
      lotsWithoutOwner.add(lot?.number ?? part.lotId);
      continue;
    }
    const personId = representative.person.id;
    let coOwner = coOwners.get(personId);
    if (!coOwner) {
      coOwner = {
        personId,
        person: representative.person,
        reference: representative.reference,
        lots: [],
        lines: [],
        provisionsCents: 0,
        worksFundCents: 0,
        totalCents: 0,
      };
      coOwners.set(personId, coOwner);
    }
    const lotNumber = lot?.number ?? '';
    if (!coOwner.lots.some((known) => known.number === lotNumber))
      coOwner.lots.push({ number: lotNumber, description: lot?.description ?? null });
    const key = part.keyId ? keys.get(part.keyId) : undefined;
    coOwner.lines.push({
      label: part.keyId ? `Provisions — ${key?.name ?? ''}` : 'Cotisation au fonds de travaux',
      lotNumber,
      shares: `${part.shares} / ${part.keyTotalShares}`,
      calledCents: part.calledCents,
      partCents: part.amountCents,
    });
    if (part.keyId) coOwner.provisionsCents += part.amountCents;
    else coOwner.worksFundCents += part.amountCents;
    coOwner.totalCents += part.amountCents;
    rows.push({
      personId,
      lotId: part.lotId,
      allocationKeyId: part.keyId,
      shares: part.shares,
      keyTotalShares: part.keyTotalShares,
      amountCents: part.amountCents,
    });
  }
  for (const coOwner of coOwners.values()) coOwner.lots.sort((a, b) => a.number.localeCompare(b.number, 'fr', { numeric: true }));
  return { coOwners: [...coOwners.values()], rows, lotsWithoutOwner: [...lotsWithoutOwner] };
}
