import { eq } from 'drizzle-orm';
import type { Database } from '../../src/server/db/client.ts';
import { allocationKeys, budgetLines, budgets } from '../../src/server/db/schema/index.ts';
import { condominiumLedger, type NewLedgerLine, postEntry } from '../../src/server/features/ledger/ledger.repository.ts';

let counter = 0;

/**
 * Builders for the council's space: a lift key next to the general one, a voted budget, and the entries a
 * syndicate's books hold (supplier invoices, their payments, co-owners' calls and payments), posted through
 * the real `postEntry`.
 */
export function councilFactories(db: Database) {
  return {
    async keys(condominiumId: string) {
      const [general] = await db.select().from(allocationKeys).where(eq(allocationKeys.condominiumId, condominiumId));
      const [lift] = await db
        .insert(allocationKeys)
        .values({ condominiumId, code: 'ASC', name: 'Ascenseur', isGeneral: false })
        .returning();
      if (!general || !lift) throw new Error('keys not created');
      return { general, lift };
    },

    async budget(
      condominiumId: string,
      fiscalYear: number,
      lines: { allocationKeyId: string; accountCode: string; label: string; amountCents: number }[],
    ) {
      const [budget] = await db
        .insert(budgets)
        .values({ condominiumId, fiscalYear, votedOn: `${fiscalYear - 1}-06-12`, worksFundCents: 0 })
        .returning();
      if (!budget) throw new Error('budget not created');
      await db.insert(budgetLines).values(lines.map((line) => ({ ...line, budgetId: budget.id })));
      return budget;
    },

    /** One balanced entry in the condominium's books. */
    async entry(condominiumId: string, journal: string, entryDate: string, label: string, lines: NewLedgerLine[]) {
      counter += 1;
      return db.transaction(async (tx) =>
        postEntry(
          tx,
          {
            ledgerId: await condominiumLedger(tx, condominiumId),
            journal,
            entryDate,
            label,
            source: 'palier',
            externalId: `test:${counter}`,
          },
          lines,
        ),
      );
    },

    /** A charge posted without going through the invoice route: debit 6xx (with its key), credit 401. */
    async charge(
      condominiumId: string,
      values: { date: string; accountCode: string; keyId: string | null; supplierName: string; label: string; cents: number },
    ) {
      return this.entry(condominiumId, 'HA', values.date, values.label, [
        {
          accountCode: values.accountCode,
          allocationKeyId: values.keyId,
          label: values.label,
          debitCents: values.cents,
        },
        { accountCode: '401', supplierName: values.supplierName, label: values.label, creditCents: values.cents },
      ]);
    },
  };
}
