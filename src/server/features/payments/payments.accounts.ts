/**
 * Client accounts as payments see them: the co-owner's account in a condominium's books, or the tenant's account
 * of a lease in the agency's rental books. One place posts a payment to either, so a payment entered by hand,
 * read from a bank statement or assigned on the review screen is the same entry.
 */
import { canonicalClientReference } from '../../../domain/client-reference.ts';
import type { AccountMovement } from '../../../domain/overdue.ts';
import { foldForSearch } from '../../../domain/search-folding.ts';
import type { Executor } from '../../db/client.ts';
import { AppError } from '../../platform/errors.ts';
import { condominiumLedger, postEntry, rentalLedger } from '../ledger/ledger.repository.ts';
import { findAgencyLease, findCoOwnerAccount, type MovementRow } from './payments.repository.ts';

export type PaymentTarget =
  | { kind: 'coOwner'; condominiumId: string; personId: string }
  | { kind: 'tenant'; leaseId: string; managedUnitId: string; personId: string };

/** What a form or a review names: a co-owner in a condominium, or a lease (and which of its tenants). */
export interface AccountInput {
  personId?: string | undefined;
  condominiumId?: string | undefined;
  leaseId?: string | undefined;
}

/** The agency's account the input names; anything of another agency (or no such account) is not found. */
export async function resolveTarget(db: Executor, agencyId: string, input: AccountInput): Promise<PaymentTarget> {
  if (input.leaseId) {
    const lease = await findAgencyLease(db, agencyId, { leaseId: input.leaseId });
    if (!lease) throw new AppError('NOT_FOUND');
    const personId = input.personId ?? lease.tenantIds[0];
    if (!personId || !lease.tenantIds.includes(personId)) throw new AppError('NOT_FOUND');
    return { kind: 'tenant', leaseId: lease.leaseId, managedUnitId: lease.managedUnitId, personId };
  }
  if (!input.condominiumId || !input.personId) throw new AppError('NOT_FOUND');
  const account = await findCoOwnerAccount(db, agencyId, input.condominiumId, input.personId);
  if (!account) throw new AppError('NOT_FOUND');
  return { kind: 'coOwner', condominiumId: account.condominiumId, personId: input.personId };
}

export const targetLedger = (db: Executor, agencyId: string, target: PaymentTarget) =>
  target.kind === 'coOwner' ? condominiumLedger(db, target.condominiumId) : rentalLedger(db, agencyId);

export interface PaymentPosting {
  amountCents: number;
  paidOn: string;
  label: string;
  externalId: string;
}

/** Journal "BQ": debit 512 (the bank) / credit the client's account — 4501 for a co-owner, 411 for a tenant. */
export async function postPayment(db: Executor, ledgerId: string, target: PaymentTarget, payment: PaymentPosting) {
  const clientLine =
    target.kind === 'coOwner'
      ? { accountCode: '4501', personId: target.personId }
      : { accountCode: '411', personId: target.personId, leaseId: target.leaseId, managedUnitId: target.managedUnitId };
  return postEntry(
    db,
    {
      ledgerId,
      journal: 'BQ',
      entryDate: payment.paidOn,
      label: payment.label,
      source: 'palier',
      externalId: payment.externalId,
    },
    [
      { accountCode: '512', label: payment.label, debitCents: payment.amountCents, creditCents: 0 },
      { ...clientLine, label: payment.label, debitCents: 0, creditCents: payment.amountCents },
    ],
  );
}

/* ------------------------------------------------------------------------------------------------------------
 * Accounts rebuilt from their lines (standing, candidates, reminders).
 * ------------------------------------------------------------------------------------------------------------ */

export interface ClientAccount {
  key: string;
  ledgerId: string;
  label: string;
  target: PaymentTarget;
  movements: AccountMovement[];
}

export function groupAccounts(rows: readonly MovementRow[]): ClientAccount[] {
  const accounts = new Map<string, ClientAccount>();
  for (const row of rows) {
    const target: PaymentTarget | null =
      row.kind === 'condominium' && row.condominiumId
        ? { kind: 'coOwner', condominiumId: row.condominiumId, personId: row.personId }
        : row.leaseId && row.managedUnitId
          ? { kind: 'tenant', leaseId: row.leaseId, managedUnitId: row.managedUnitId, personId: row.personId }
          : null;
    if (!target) continue;
    const key = accountKey(target);
    const account = accounts.get(key) ?? { key, ledgerId: row.ledgerId, label: row.accountLabel, target, movements: [] };
    account.movements.push({ date: row.date, label: row.label, debitCents: row.debitCents, creditCents: row.creditCents });
    accounts.set(key, account);
  }
  return [...accounts.values()];
}

export const accountKey = (target: PaymentTarget) =>
  target.kind === 'coOwner'
    ? `coOwner:${target.condominiumId}:${target.personId}`
    : `tenant:${target.leaseId}:${target.personId}`;

/* ------------------------------------------------------------------------------------------------------------
 * Reading a transfer's text: client references, lease references, names.
 * ------------------------------------------------------------------------------------------------------------ */

/**
 * The words of a remittance text that could be a client reference, in canonical form: each word, and each
 * pair of neighbouring words ("CO 100452"), since people type references with spaces.
 */
export function referenceCandidates(text: string): string[] {
  const words = text
    .toUpperCase()
    .split(/[^A-Z0-9]+/)
    .filter((word) => word.length > 0);
  const candidates = new Set<string>();
  words.forEach((word, index) => {
    candidates.add(canonicalClientReference(word));
    const next = words[index + 1];
    if (next) candidates.add(canonicalClientReference(word + next));
  });
  // A client reference has letters and digits; plain words and amounts would only cost a lookup.
  return [...candidates].filter((candidate) => /^[A-Z]+\d{3,}$/.test(candidate));
}

/** Lease references ("BAIL-1001", "bail 1001") written in a transfer's text, as leases store them. */
export function leaseReferences(text: string): string[] {
  return [...text.matchAll(/\bBAIL[\s\-_]*(\d{1,10})\b/gi)].map((match) => `BAIL-${match[1]}`);
}

/** The distinctive words of a name (3 letters or more, no titles), folded: "M. et Mme Allouard" → ["allouard"]. */
const IGNORED_WORDS = new Set([
  'mme',
  'mmes',
  'monsieur',
  'madame',
  'mlle',
  'et',
  'ou',
  'sci',
  'sarl',
  'sas',
  'les',
  'des',
  'vir',
  'sepa',
]);

export function nameWords(name: string): string[] {
  return foldForSearch(name)
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length >= 3 && !IGNORED_WORDS.has(word));
}

/** Whether a family or company name appears among the words of a text (counterparty or remittance). */
export function nameAppearsIn(name: string | null, text: string): boolean {
  if (!name) return false;
  const wanted = nameWords(name);
  if (wanted.length === 0) return false;
  const words = new Set(nameWords(text));
  return wanted.every((word) => words.has(word));
}
