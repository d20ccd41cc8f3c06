import type { Database } from '../../src/server/db/client.ts';
import { condominiumLedger, postEntry } from '../../src/server/features/ledger/ledger.repository.ts';

/**
 * A call for funds owed by a co-owner: debit 4501 (person) / credit 701, on 1 October 2026. One builder for
 * the SEPA mandate and collection tests, which both need a co-owner with something to pay.
 */
export async function postCoOwnerDebt(
  db: Database,
  condominiumId: string,
  personId: string,
  cents: number,
  externalId: string,
): Promise<void> {
  await db.transaction(async (tx) => {
    const ledgerId = await condominiumLedger(tx, condominiumId);
    await postEntry(
      tx,
      { ledgerId, journal: 'AP', entryDate: '2026-10-01', label: 'Appel T4 2026', source: 'palier', externalId },
      [
        { accountCode: '4501', personId, label: 'Prov./Chg courante', debitCents: cents, creditCents: 0 },
        { accountCode: '701', label: 'Prov./Chg courante', debitCents: 0, creditCents: cents },
      ],
    );
  });
}
