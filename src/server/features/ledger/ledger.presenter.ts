import type { FinanceAccount, Statement } from './ledger.schema.ts';

interface Address {
  addressLine1: string | null;
  addressLine2: string | null;
  postalCode: string | null;
  city: string | null;
}

/** "Copropriété du 100 avenue Anatole France, 100 avenue Anatole France 1 rue Marc Sangnier, 94000 Créteil". */
export function accountLabel(name: string, address: Address): string {
  const street = [address.addressLine1, address.addressLine2].filter(Boolean).join(' ');
  const town = [address.postalCode, address.city].filter(Boolean).join(' ');
  return [name, street, town].filter((part) => part.length > 0).join(', ');
}

interface LineRow {
  id: string;
  date: string;
  entryLabel: string;
  lineLabel: string | null;
  debitCents: number;
  creditCents: number;
  documentId: string | null;
}

/** Amounts from the person's side: what they were called is negative, what they paid positive. */
export function presentStatement(
  account: FinanceAccount,
  year: number,
  years: number[],
  openingBalanceCents: number,
  rows: LineRow[],
  /** Each linked document → the one the person may open (theirs, or their own copy of it); absent: none. */
  readableDocuments: Map<string, string>,
): Statement {
  let balance = openingBalanceCents;
  const lines = rows.map((row) => {
    const amountCents = row.creditCents - row.debitCents;
    balance += amountCents;
    return {
      id: row.id,
      date: row.date,
      label: row.lineLabel ?? row.entryLabel,
      amountCents,
      balanceCents: balance,
      documentId: row.documentId ? (readableDocuments.get(row.documentId) ?? null) : null,
    };
  });
  return { account, year, years, openingBalanceCents, closingBalanceCents: balance, lines };
}
