import type { DirectDebitOptions, Mandate } from './directDebit.queries.ts';

/** The active mandate of an account, if any: it is what "Prélèvement en cours" means. */
export function activeMandateOf(options: DirectDebitOptions | undefined, accountKey: string): Mandate | undefined {
  return options?.mandates.find((mandate) => mandate.accountKey === accountKey && mandate.status === 'active');
}

/** The next collection not yet paid, soonest first. */
export function nextDebitOf(mandate: Mandate | undefined) {
  return mandate?.scheduledDebits
    .filter((debit) => debit.status !== 'paid' && debit.status !== 'returned')
    .sort((a, b) => a.collectionDate.localeCompare(b.collectionDate))[0];
}
