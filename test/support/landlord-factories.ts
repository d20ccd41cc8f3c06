import type { Database } from '../../src/server/db/client.ts';
import { postEntry, rentalLedger } from '../../src/server/features/ledger/ledger.repository.ts';

let counter = 0;
const nextId = (kind: string) => `${kind}-${Date.now().toString(36)}-${(counter++).toString(36)}`;

/**
 * The rental ledger's everyday entries, posted the way the rent calls, payments and purchases of the portal
 * post them (common chart: 411 tenants, 4671 landlords, 512 bank, 401 suppliers), so that landlord statements
 * are tested on a history whose every figure is known.
 */
export function landlordFactories(db: Database) {
  // In a transaction, as every poster does: the balance is checked at commit.
  const post = (...[entry, lines]: Parameters<typeof postEntry> extends [unknown, ...infer Rest] ? Rest : never) =>
    db.transaction((tx) => postEntry(tx, entry, lines));
  return {
    /** Avis d'échéance: debit 411 (tenant, lease, unit) / credit 4671 "Loyer" and "Provision sur charges" (landlord, unit). */
    async rentCall(
      agencyId: string,
      call: {
        date: string;
        tenantId: string;
        leaseId: string;
        managedUnitId: string;
        landlordId: string;
        rentCents: number;
        chargesCents: number;
      },
    ) {
      const ledgerId = await rentalLedger(db, agencyId);
      const third = { managedUnitId: call.managedUnitId };
      return post(
        {
          ledgerId,
          journal: 'LO',
          entryDate: call.date,
          label: 'Appel de loyer',
          source: 'palier',
          externalId: nextId('rent-call'),
        },
        [
          {
            accountCode: '411',
            personId: call.tenantId,
            leaseId: call.leaseId,
            ...third,
            label: 'Appel de loyer',
            debitCents: call.rentCents + call.chargesCents,
          },
          { accountCode: '4671', personId: call.landlordId, ...third, label: 'Loyer', creditCents: call.rentCents },
          ...(call.chargesCents > 0
            ? [
                {
                  accountCode: '4671',
                  personId: call.landlordId,
                  ...third,
                  label: 'Provision sur charges',
                  creditCents: call.chargesCents,
                },
              ]
            : []),
        ],
      );
    },

    /** A tenant's payment: debit 512 / credit 411 (tenant, lease, unit). */
    async rentPayment(
      agencyId: string,
      payment: { date: string; tenantId: string; leaseId: string; managedUnitId: string; amountCents: number },
    ) {
      const ledgerId = await rentalLedger(db, agencyId);
      return post(
        {
          ledgerId,
          journal: 'BQ',
          entryDate: payment.date,
          label: 'Règlement locataire',
          source: 'palier',
          externalId: nextId('payment'),
        },
        [
          { accountCode: '512', label: 'Règlement locataire', debitCents: payment.amountCents },
          {
            accountCode: '411',
            personId: payment.tenantId,
            leaseId: payment.leaseId,
            managedUnitId: payment.managedUnitId,
            label: 'Règlement',
            creditCents: payment.amountCents,
          },
        ],
      );
    },

    /** An invoice paid for the landlord: debit 4671 (landlord, unit, supplier) / credit 401. */
    async landlordExpense(
      agencyId: string,
      expense: {
        date: string;
        landlordId: string;
        managedUnitId: string | null;
        supplierName: string;
        label: string;
        amountCents: number;
      },
    ) {
      const ledgerId = await rentalLedger(db, agencyId);
      return post(
        {
          ledgerId,
          journal: 'HA',
          entryDate: expense.date,
          label: expense.label,
          source: 'palier',
          externalId: nextId('expense'),
        },
        [
          {
            accountCode: '4671',
            personId: expense.landlordId,
            managedUnitId: expense.managedUnitId,
            supplierName: expense.supplierName,
            label: expense.label,
            debitCents: expense.amountCents,
          },
          { accountCode: '401', supplierName: expense.supplierName, label: expense.label, creditCents: expense.amountCents },
        ],
      );
    },
  };
}
