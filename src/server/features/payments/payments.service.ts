import { createHash, randomUUID } from 'node:crypto';
import { parisDate } from '../../../domain/calendar.ts';
import { accountStanding } from '../../../domain/overdue.ts';
import { displayName } from '../../../domain/person-name.ts';
import { foldForSearch, searchTerms } from '../../../domain/search-folding.ts';
import type { Database } from '../../db/client.ts';
import { recordAuditEvent } from '../../platform/audit.ts';
import type { Viewer } from '../../platform/auth/viewer.ts';
import { AppError } from '../../platform/errors.ts';
import type { Evidence } from '../../platform/http/evidence.ts';
import type { Outbox } from '../../platform/messaging/outbox.ts';
import type { FileStorage } from '../../platform/storage/file-storage.ts';
import { accountBalance } from '../ledger/ledger.repository.ts';
import {
  type AccountInput,
  groupAccounts,
  nameAppearsIn,
  type PaymentTarget,
  postPayment,
  resolveTarget,
  targetLedger,
} from './payments.accounts.ts';
import { assignTransaction, importStatement, type StatementUpload } from './payments.import.ts';
import { type PersonRow, presentAccountRef, presentBankAccount, presentTransaction } from './payments.presenter.ts';
import {
  type BankTransactionRow,
  clientMovements,
  findAgencyTransaction,
  findBankAccount,
  listBankAccounts,
  listTransactions,
  personNames,
  updateTransaction,
} from './payments.repository.ts';
import type { RecordPaymentInput, TransactionView } from './payments.schema.ts';

type Staff = Extract<Viewer, { kind: 'staff' }>;

interface PaymentsDependencies {
  db: Database;
  outbox: Outbox;
  storage: FileStorage;
}

const METHOD_LABELS: Record<RecordPaymentInput['method'], string> = {
  virement: 'Règlement par virement',
  chèque: 'Règlement par chèque',
  espèces: 'Règlement en espèces',
  carte: 'Règlement par carte',
};

const scopeOf = (target: PaymentTarget) =>
  target.kind === 'coOwner'
    ? { kind: 'coOwner' as const, condominiumId: target.condominiumId, personId: target.personId }
    : { kind: 'tenant' as const, leaseId: target.leaseId, personId: target.personId };

/**
 * Payments received by the agency for its clients: entered by hand (cheque, cash, a transfer seen at the bank),
 * or read from a bank statement and, when not recognised, assigned or set aside on the review screen.
 */
export class PaymentsService {
  constructor(private readonly deps: PaymentsDependencies) {}

  /**
   * Posts the payment. With an idempotency key, the entry's id is derived from it: a form sent twice (double
   * click, a retry after a lost answer) posts one payment.
   */
  async recordPayment(viewer: Staff, input: RecordPaymentInput, idempotencyKey: string | undefined, evidence: Evidence) {
    const externalId = idempotencyKey ? `payment:${uuidFrom(`${viewer.agencyId}:${idempotencyKey}`)}` : `payment:${randomUUID()}`;
    const label = input.reference ? `${METHOD_LABELS[input.method]} — ${input.reference}` : METHOD_LABELS[input.method];
    return this.deps.db.transaction(async (tx) => {
      const target = await resolveTarget(tx, viewer.agencyId, input);
      const ledgerId = await targetLedger(tx, viewer.agencyId, target);
      const { entryId, created } = await postPayment(tx, ledgerId, target, {
        amountCents: input.amountCents,
        paidOn: input.paidOn,
        label,
        externalId,
      });
      if (created)
        await recordAuditEvent(tx, {
          accountId: viewer.accountId,
          action: 'payment.recorded',
          targetType: 'ledger_entry',
          targetId: entryId,
          ipAddress: evidence.ipAddress,
          userAgent: evidence.userAgent,
          details: { personId: target.personId, amountCents: input.amountCents, method: input.method, paidOn: input.paidOn },
        });
      const balanceCents = await accountBalance(tx, scopeOf(target));
      return { entryId, created, amountCents: input.amountCents, paidOn: input.paidOn, label, balanceCents };
    });
  }

  async bankAccounts(viewer: Staff) {
    const rows = await listBankAccounts(this.deps.db, viewer.agencyId);
    return { accounts: rows.map(presentBankAccount) };
  }

  importStatement(viewer: Staff, bankAccountId: string, upload: StatementUpload, evidence: Evidence) {
    return importStatement(this.deps, viewer, bankAccountId, upload, evidence);
  }

  /** The account's lines, with likely clients for each credit still to review. */
  async transactions(viewer: Staff, bankAccountId: string, status: BankTransactionRow['status'] | undefined) {
    const { db } = this.deps;
    const [account] = (await listBankAccounts(db, viewer.agencyId)).filter((row) => row.id === bankAccountId);
    if (!account) throw new AppError('NOT_FOUND');
    const rows = await listTransactions(db, account.id, status);
    const toReview = rows.filter((row) => row.status === 'unmatched' && row.amountCents > 0);
    const clientAccounts = toReview.length > 0 ? groupAccounts(await clientMovements(db, viewer.agencyId, account.ledgerId)) : [];
    const personIds = new Set([
      ...rows.flatMap((row) => (row.matchedPersonId ? [row.matchedPersonId] : [])),
      ...clientAccounts.map((client) => client.target.personId),
    ]);
    const persons = new Map(
      (await personNames(db, viewer.agencyId, [...personIds])).map((person) => [person.id, person as PersonRow]),
    );
    const today = parisDate(new Date());
    const owed = clientAccounts.map((client) => ({ client, owedCents: accountStanding(client.movements, today).owedCents }));
    return {
      account: presentBankAccount(account),
      transactions: rows.map((row) =>
        presentTransaction(
          row,
          persons,
          row.status === 'unmatched' && row.amountCents > 0 ? candidatesFor(row, owed, persons) : [],
        ),
      ),
    };
  }

  /** The client accounts kept in this bank account's books, found by name or reference: where a line may be assigned. */
  async clientAccounts(viewer: Staff, bankAccountId: string, query: string | undefined) {
    const { db } = this.deps;
    const account = await findBankAccount(db, viewer.agencyId, bankAccountId);
    if (!account) throw new AppError('NOT_FOUND');
    const clientAccounts = groupAccounts(await clientMovements(db, viewer.agencyId, account.ledgerId));
    const persons = new Map(
      (await personNames(db, viewer.agencyId, [...new Set(clientAccounts.map((client) => client.target.personId))])).map(
        (person) => [person.id, person as PersonRow],
      ),
    );
    const terms = searchTerms(query ?? '');
    const today = parisDate(new Date());
    const found = clientAccounts.flatMap((client) => {
      const person = persons.get(client.target.personId);
      if (!person) return [];
      const name = displayName(person);
      const haystack = foldForSearch(`${name} ${person.reference ?? ''} ${client.label}`);
      if (!terms.every((term) => haystack.includes(term))) return [];
      return [
        {
          personId: person.id,
          name,
          reference: person.reference,
          account: presentAccountRef(client),
          owedCents: accountStanding(client.movements, today).owedCents,
          reasons: [],
        },
      ];
    });
    return { accounts: found.sort((a, b) => a.name.localeCompare(b.name, 'fr')).slice(0, 50) };
  }

  async assign(viewer: Staff, transactionId: string, input: AccountInput, evidence: Evidence) {
    await this.deps.db.transaction(async (tx) => {
      const found = await findAgencyTransaction(tx, viewer.agencyId, transactionId);
      if (!found) throw new AppError('NOT_FOUND');
      const { transaction, account } = found;
      if (transaction.status !== 'unmatched') throw new AppError('BANK_TRANSACTION_ALREADY_REVIEWED');
      if (transaction.amountCents <= 0) throw new AppError('BANK_TRANSACTION_NOT_A_CREDIT');
      const target = await resolveTarget(tx, viewer.agencyId, input);
      if ((await targetLedger(tx, viewer.agencyId, target)) !== account.ledgerId) throw new AppError('PAYMENT_ACCOUNT_MISMATCH');
      const entryId = await assignTransaction(tx, account.ledgerId, transaction, target, {
        staffMemberId: viewer.staffMemberId,
        at: new Date(),
      });
      await recordAuditEvent(tx, {
        accountId: viewer.accountId,
        action: 'bank_transaction.assigned',
        targetType: 'bank_transaction',
        targetId: transaction.id,
        ipAddress: evidence.ipAddress,
        userAgent: evidence.userAgent,
        details: { personId: target.personId, entryId, amountCents: transaction.amountCents },
      });
    });
    return this.transactionView(viewer, transactionId);
  }

  async ignore(viewer: Staff, transactionId: string, evidence: Evidence) {
    await this.deps.db.transaction(async (tx) => {
      const found = await findAgencyTransaction(tx, viewer.agencyId, transactionId);
      if (!found) throw new AppError('NOT_FOUND');
      if (found.transaction.status !== 'unmatched') throw new AppError('BANK_TRANSACTION_ALREADY_REVIEWED');
      await updateTransaction(tx, transactionId, {
        status: 'ignored',
        reviewedByStaffId: viewer.staffMemberId,
        reviewedAt: new Date(),
      });
      await recordAuditEvent(tx, {
        accountId: viewer.accountId,
        action: 'bank_transaction.ignored',
        targetType: 'bank_transaction',
        targetId: transactionId,
        ipAddress: evidence.ipAddress,
        userAgent: evidence.userAgent,
        details: { amountCents: found.transaction.amountCents },
      });
    });
    return this.transactionView(viewer, transactionId);
  }

  private async transactionView(viewer: Staff, transactionId: string): Promise<TransactionView> {
    const found = await findAgencyTransaction(this.deps.db, viewer.agencyId, transactionId);
    if (!found) throw new AppError('NOT_FOUND');
    const personIds = found.transaction.matchedPersonId ? [found.transaction.matchedPersonId] : [];
    const persons = new Map((await personNames(this.deps.db, viewer.agencyId, personIds)).map((person) => [person.id, person]));
    return presentTransaction(found.transaction, persons, []);
  }

  /** Kept for the routes' 404 on a foreign account before reading a whole form. */
  async requireBankAccount(viewer: Staff, bankAccountId: string) {
    if (!(await findBankAccount(this.deps.db, viewer.agencyId, bankAccountId))) throw new AppError('NOT_FOUND');
  }
}

/** Clients who owe exactly the amount, or whose name the transfer carries; both first. At most five. */
function candidatesFor(
  row: BankTransactionRow,
  accounts: { client: ReturnType<typeof groupAccounts>[number]; owedCents: number }[],
  persons: Map<string, PersonRow>,
): TransactionView['candidates'] {
  const text = [row.counterpartyName, row.remittanceInformation].filter(Boolean).join(' ');
  return accounts
    .flatMap(({ client, owedCents }) => {
      const person = persons.get(client.target.personId);
      if (!person) return [];
      const reasons: ('amount' | 'name')[] = [];
      if (owedCents === row.amountCents) reasons.push('amount');
      if (nameAppearsIn(person.companyName ?? person.lastName, text)) reasons.push('name');
      if (reasons.length === 0) return [];
      const presented = presentAccountRef(client);
      return [
        {
          personId: person.id,
          name: displayName(person),
          reference: person.reference,
          account: presented,
          owedCents,
          reasons,
        },
      ];
    })
    .sort((a, b) => b.reasons.length - a.reasons.length)
    .slice(0, 5);
}

/** A UUID-shaped id derived from a key, so the same key always names the same payment. */
function uuidFrom(key: string): string {
  const hex = createHash('sha256').update(key).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
