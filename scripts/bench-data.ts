import { eq } from 'drizzle-orm';
import { canonicalClientReference } from '../src/domain/client-reference.ts';
import { quarterDueDate } from '../src/domain/funds-call.ts';
import type { Database } from '../src/server/db/client.ts';
import {
  accounts,
  allocationKeys,
  bankAccounts,
  budgetLines,
  budgets,
  clientReferences,
  condominiums,
  ledgerEntries,
  ledgerLines,
  lotShares,
  lots,
  ownerships,
  persons,
} from '../src/server/db/schema/index.ts';
import { condominiumLedger } from '../src/server/features/ledger/ledger.repository.ts';
import { factories } from '../test/support/factories.ts';

/**
 * The benchmark's data, written in bulk (multi-row inserts by slices), never through the API one row at a time:
 * a condominium of 10 000 lots ready for its first call, and a smaller one with ten years of books.
 */

const SLICE = 2_000;

async function insertAll<T>(rows: T[], insert: (slice: T[]) => Promise<unknown>) {
  for (let start = 0; start < rows.length; start += SLICE) await insert(rows.slice(start, start + SLICE));
}

/** A deterministic pseudo-random sequence, so that two runs bench the same data. */
function seeded(seed: number) {
  let state = seed;
  return (max: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state % max;
  };
}

export interface LargeCondominium {
  condominiumId: string;
  lotCount: number;
  coOwnerCount: number;
  shareRows: number;
  budgetYear: number;
}

/**
 * 10 000 lots: general shares for all, a lift key for four lots in five, a heating key for half of them;
 * 8 000 co-owners, 2 000 of whom hold a second lot (a cellar, a parking space); a voted budget with a 5 %
 * works fund; the syndicate's bank account (printed on each call).
 */
export async function buildLargeCondominium(db: Database, agencyId: string, lotCount = 10_000): Promise<LargeCondominium> {
  const random = seeded(42);
  const [condominium] = await db
    .insert(condominiums)
    .values({ agencyId, reference: 'BENCH-10K', name: 'Résidence du Grand Ensemble', city: 'Paris', postalCode: '75019' })
    .returning();
  if (!condominium) throw new Error('condominium not created');
  const keys = await db
    .insert(allocationKeys)
    .values([
      { condominiumId: condominium.id, code: 'GEN', name: 'Charges générales', isGeneral: true },
      { condominiumId: condominium.id, code: 'ASC', name: 'Ascenseurs', isGeneral: false },
      { condominiumId: condominium.id, code: 'CHF', name: 'Chauffage collectif', isGeneral: false },
    ])
    .returning();
  const [general, lift, heating] = keys;
  if (!general || !lift || !heating) throw new Error('keys not created');

  const lotRows = Array.from({ length: lotCount }, (_, index) => ({
    condominiumId: condominium.id,
    number: String(index + 1),
    kind: index % 5 === 4 ? ('cave' as const) : ('appartement' as const),
    floor: String(index % 12),
  }));
  const lotIds: string[] = [];
  await insertAll(lotRows, async (slice) => {
    const rows = await db.insert(lots).values(slice).returning({ id: lots.id });
    lotIds.push(...rows.map((row) => row.id));
  });

  const shares: (typeof lotShares.$inferInsert)[] = [];
  lotIds.forEach((lotId, index) => {
    shares.push({ allocationKeyId: general.id, lotId, shares: 50 + random(150) });
    if (index % 5 !== 0) shares.push({ allocationKeyId: lift.id, lotId, shares: 20 + random(80) });
    if (index % 2 === 0) shares.push({ allocationKeyId: heating.id, lotId, shares: 30 + random(70) });
  });
  await insertAll(shares, (slice) => db.insert(lotShares).values(slice));

  const coOwnerCount = Math.round(lotCount * 0.8);
  const personIds: string[] = [];
  const personRows = Array.from({ length: coOwnerCount }, (_, index) => ({
    civility: index % 2 === 0 ? ('M' as const) : ('MME' as const),
    firstName: `Prénom${index}`,
    lastName: `Copropriétaire${String(index).padStart(5, '0')}`,
    addressLine1: `${1 + (index % 120)} avenue Jean Jaurès`,
    postalCode: '75019',
    city: 'Paris',
  }));
  await insertAll(personRows, async (slice) => {
    const rows = await db.insert(persons).values(slice).returning({ id: persons.id });
    personIds.push(...rows.map((row) => row.id));
  });
  await insertAll(
    personIds.map((personId, index) => {
      const reference = `CB${String(index).padStart(6, '0')}`;
      return { agencyId, personId, reference, canonical: canonicalClientReference(reference) };
    }),
    (slice) => db.insert(clientReferences).values(slice),
  );
  await insertAll(
    lotIds.map((lotId, index) => ({
      personId: personIds[index % coOwnerCount] ?? '',
      lotId,
      startDate: '2015-01-01',
      isRepresentative: true,
    })),
    (slice) => db.insert(ownerships).values(slice),
  );

  const budgetYear = 2027;
  const [budget] = await db
    .insert(budgets)
    .values({ condominiumId: condominium.id, fiscalYear: budgetYear, votedOn: '2026-06-10', worksFundCents: 0 })
    .returning();
  if (!budget) throw new Error('budget not created');
  const lines = [
    { allocationKeyId: general.id, accountCode: '614', label: 'Entretien des parties communes', amountCents: 480_000_00 },
    { allocationKeyId: general.id, accountCode: '616', label: 'Assurance multirisque', amountCents: 120_000_01 },
    { allocationKeyId: general.id, accountCode: '621', label: 'Gardiennage', amountCents: 360_000_00 },
    { allocationKeyId: lift.id, accountCode: '6141', label: 'Contrats ascenseurs', amountCents: 96_000_03 },
    { allocationKeyId: heating.id, accountCode: '6061', label: 'Chauffage collectif', amountCents: 420_000_07 },
  ];
  await db.insert(budgetLines).values(lines.map((line) => ({ ...line, budgetId: budget.id })));
  const total = lines.reduce((sum, line) => sum + line.amountCents, 0);
  await db
    .update(budgets)
    .set({ worksFundCents: Math.ceil((total * 5) / 100) })
    .where(eq(budgets.id, budget.id));

  const ledgerId = await condominiumLedger(db, condominium.id);
  await db.insert(bankAccounts).values({
    agencyId,
    ledgerId,
    holderName: 'SDC Résidence du Grand Ensemble',
    iban: 'FR7630006000011234567890189',
    bic: 'AGRIFRPP',
  });
  return { condominiumId: condominium.id, lotCount, coOwnerCount, shareRows: shares.length, budgetYear };
}

export interface History {
  condominiumId: string;
  coOwnerCount: number;
  entryCount: number;
  lineCount: number;
  firstYear: number;
  lastYear: number;
  /** The co-owner whose statement is measured, signed in with the test password. */
  reference: string;
  personId: string;
}

/**
 * A condominium of `coOwnerCount` lots with ten years of books: each quarter from `firstYear` on, one AP
 * entry per co-owner (provisions and works fund) and their payment by bank a fortnight later, as the
 * accountant would have posted them.
 */
export async function buildHistory(
  db: Database,
  agencyId: string,
  options: { coOwnerCount?: number; firstYear: number; lastYear: number; today: string },
): Promise<History> {
  const coOwnerCount = options.coOwnerCount ?? 120;
  const make = factories(db);
  const { condominium, lots: created } = await make.condominium(agencyId, coOwnerCount, {
    name: 'Résidence des Dix Ans',
    city: 'Lyon',
    postalCode: '69003',
  });
  const owners: { personId: string; reference: string }[] = [];
  for (const [index, lot] of created.entries()) {
    const client = await make.client(agencyId, { lastName: `Historique${String(index).padStart(3, '0')}`, email: null });
    await make.ownership(client.person.id, lot.id, { startDate: `${options.firstYear - 1}-01-01` });
    owners.push({ personId: client.person.id, reference: client.reference });
  }
  const ledgerId = await condominiumLedger(db, condominium.id);
  const random = seeded(7);
  let entryCount = 0;
  let lineCount = 0;
  for (let year = options.firstYear; year <= options.lastYear; year++) {
    for (const quarter of [1, 2, 3, 4] as const) {
      const due = quarterDueDate(year, quarter);
      if (due > options.today) continue;
      const paid = `${due.slice(0, 8)}15`;
      await db.transaction(async (tx) => {
        const entries = owners.flatMap((owner) => [
          {
            ledgerId,
            journal: 'AP',
            entryDate: due,
            label: `Appel de fonds T${quarter} ${year}`,
            source: 'palier' as const,
            externalId: `bench:call:${year}:${quarter}:${owner.personId}`,
          },
          {
            ledgerId,
            journal: 'BQ',
            entryDate: paid <= options.today ? paid : due,
            label: `Virement ${owner.reference}`,
            source: 'palier' as const,
            externalId: `bench:payment:${year}:${quarter}:${owner.personId}`,
          },
        ]);
        const ids = await tx
          .insert(ledgerEntries)
          .values(entries)
          .returning({ id: ledgerEntries.id, externalId: ledgerEntries.externalId });
        const idOf = new Map(ids.map((row) => [row.externalId, row.id]));
        const lines: (typeof ledgerLines.$inferInsert)[] = [];
        for (const owner of owners) {
          const provisions = 40_000 + random(30_000);
          const worksFund = Math.ceil(provisions / 20);
          const callId = idOf.get(`bench:call:${year}:${quarter}:${owner.personId}`) ?? '';
          const label = `Prov./Chg courante ${due.split('-').reverse().join('/')}`;
          lines.push(
            { entryId: callId, accountCode: '4501', personId: owner.personId, label, debitCents: provisions, creditCents: 0 },
            { entryId: callId, accountCode: '701', label, debitCents: 0, creditCents: provisions },
            {
              entryId: callId,
              accountCode: '4505',
              personId: owner.personId,
              label: 'Cotisation Fonds Travaux',
              debitCents: worksFund,
              creditCents: 0,
            },
            { entryId: callId, accountCode: '105', label: 'Cotisation Fonds Travaux', debitCents: 0, creditCents: worksFund },
          );
          const paymentId = idOf.get(`bench:payment:${year}:${quarter}:${owner.personId}`);
          if (paymentId) {
            // Most pay the whole call; one in ten pays a round sum, so balances drift as real ones do.
            const amount = random(10) === 0 ? 50_000 : provisions + worksFund;
            lines.push(
              { entryId: paymentId, accountCode: '512', label: 'Virement reçu', debitCents: amount, creditCents: 0 },
              {
                entryId: paymentId,
                accountCode: '4501',
                personId: owner.personId,
                label: 'Virement reçu',
                debitCents: 0,
                creditCents: amount,
              },
            );
          }
        }
        await insertAll(lines, (slice) => tx.insert(ledgerLines).values(slice));
        entryCount += entries.length;
        lineCount += lines.length;
      });
    }
  }
  return {
    condominiumId: condominium.id,
    coOwnerCount,
    entryCount,
    lineCount,
    firstYear: options.firstYear,
    lastYear: options.lastYear,
    reference: owners[0]?.reference ?? '',
    personId: owners[0]?.personId ?? '',
  };
}

/** The staff member's account, for the audit events of the issue. */
export async function staffAccountId(db: Database, staffMemberId: string): Promise<string> {
  const [account] = await db.select().from(accounts).where(eq(accounts.staffMemberId, staffMemberId));
  if (!account) throw new Error('staff account missing');
  return account.id;
}
