import { maskIban } from '../../../domain/iban.ts';
import { displayName, type NamedPerson } from '../../../domain/person-name.ts';
import type { ClientAccount } from './payments.accounts.ts';
import type { BankAccountRow, BankTransactionRow } from './payments.repository.ts';
import type { TransactionView } from './payments.schema.ts';

export interface PersonRow extends NamedPerson {
  id: string;
  reference: string | null;
}

export const presentPerson = (person: PersonRow | undefined) =>
  person ? { id: person.id, name: displayName(person), reference: person.reference } : null;

export const presentAccountRef = (account: Pick<ClientAccount, 'target' | 'label'>) => ({
  kind: account.target.kind,
  personId: account.target.personId,
  condominiumId: account.target.kind === 'coOwner' ? account.target.condominiumId : null,
  leaseId: account.target.kind === 'tenant' ? account.target.leaseId : null,
  label: account.label,
});

export const presentBankAccount = (row: BankAccountRow & { toReviewCount?: number }) => ({
  id: row.id,
  holderName: row.holderName,
  ibanMasked: maskIban(row.iban),
  bic: row.bic,
  kind: row.ledgerKind,
  ledgerName: row.ledgerName,
  toReviewCount: Number(row.toReviewCount ?? 0),
});

export const presentTransaction = (
  row: BankTransactionRow,
  persons: Map<string, PersonRow>,
  candidates: TransactionView['candidates'],
): TransactionView => ({
  id: row.id,
  bookingDate: row.bookingDate,
  amountCents: row.amountCents,
  counterpartyName: row.counterpartyName,
  counterpartyIbanMasked: row.counterpartyIban ? maskIban(row.counterpartyIban) : null,
  remittanceInformation: row.remittanceInformation,
  endToEndId: row.endToEndId,
  returnReasonCode: row.returnReasonCode,
  status: row.status,
  matchedPerson: row.matchedPersonId ? presentPerson(persons.get(row.matchedPersonId)) : null,
  directDebitId: row.directDebitId,
  reviewedAt: row.reviewedAt?.toISOString() ?? null,
  candidates,
});
