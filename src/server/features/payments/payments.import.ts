/**
 * Importing a bank statement: the file is read first (a bad file is refused before anything is stored), then
 * in ONE transaction the file, the import, the lines not seen before and what each line settles. A line is
 * recognised, in this order, as one of our own collections (its end-to-end id, or a run's total on its date),
 * a return of one of them, a transfer naming a client or lease reference, or a transfer from someone whose
 * name is in the text and who owes exactly that amount; anything else waits on the review screen.
 */
import { createHash } from 'node:crypto';
import { buffer } from 'node:stream/consumers';
import type { FastifyRequest } from 'fastify';
import { parisDate } from '../../../domain/calendar.ts';
import { accountStanding } from '../../../domain/overdue.ts';
import type { Database, Executor } from '../../db/client.ts';
import { recordAuditEvent } from '../../platform/audit.ts';
import type { Viewer } from '../../platform/auth/viewer.ts';
import { parseBankStatement, type StatementLine } from '../../platform/bank/statements.ts';
import { AppError } from '../../platform/errors.ts';
import type { Evidence } from '../../platform/http/evidence.ts';
import type { Outbox } from '../../platform/messaging/outbox.ts';
import { type FileStorage, newStorageKey } from '../../platform/storage/file-storage.ts';
import { insertStoredFile } from '../../platform/storage/stored-files.repository.ts';
import { cleanFileName } from '../../platform/storage/stored-files.ts';
import { markDirectDebitsPaid, recordDirectDebitReturn } from '../collections/collections.settlement.ts';
import {
  type ClientAccount,
  groupAccounts,
  leaseReferences,
  nameAppearsIn,
  type PaymentTarget,
  postPayment,
  referenceCandidates,
} from './payments.accounts.ts';
import {
  type BankAccountRow,
  type BankTransactionRow,
  clientMovements,
  findAccountDirectDebit,
  findAgencyLease,
  findBankAccount,
  findCoOwnerAccount,
  findTenantLeases,
  insertImport,
  insertNewTransactions,
  knownExternalIds,
  personNames,
  personsByCanonicalReference,
  submittedRunsOn,
  updateTransaction,
} from './payments.repository.ts';

type Staff = Extract<Viewer, { kind: 'staff' }>;

export const STATEMENT_MAX_BYTES = 5 * 1024 * 1024;
const STATEMENT_AREA = 'bank-statements';

export interface StatementUpload {
  fileName: string;
  bytes: Uint8Array;
}

/** Reads the one file of the form (field `file`), at most 5 MB, kept in memory: a statement is small. */
export async function readStatementUpload(request: FastifyRequest): Promise<StatementUpload> {
  if (!request.isMultipart())
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Le formulaire doit être envoyé au format multipart/form-data.');
  let upload: StatementUpload | undefined;
  let refusal: AppError | undefined;
  try {
    for await (const part of request.parts({ limits: { fileSize: STATEMENT_MAX_BYTES, files: 1, fields: 5 } })) {
      if (part.type === 'field') continue;
      const bytes = await buffer(part.file);
      if (part.file.truncated) refusal ??= new AppError('PAYLOAD_TOO_LARGE', 'Le relevé dépasse la taille maximale de 5 Mo.');
      else if (part.fieldname === 'file' && part.filename !== '')
        upload = { fileName: cleanFileName(part.filename), bytes: new Uint8Array(bytes) };
    }
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    if (code === 'FST_FILES_LIMIT') refusal ??= new AppError('PAYLOAD_TOO_LARGE', 'Un seul relevé peut être importé à la fois.');
    else if (code === 'FST_REQ_FILE_TOO_LARGE')
      refusal ??= new AppError('PAYLOAD_TOO_LARGE', 'Le relevé dépasse la taille maximale de 5 Mo.');
    else throw error;
  }
  if (refusal) throw refusal;
  if (!upload) throw new AppError('BANK_STATEMENT_INVALID', 'Aucun fichier de relevé reçu : joignez-le dans le champ « file ».');
  return upload;
}

export interface ImportCounts {
  lines: number;
  new: number;
  alreadyImported: number;
  matched: number;
  collections: number;
  returns: number;
  unmatched: number;
}

interface ImportDependencies {
  db: Database;
  storage: FileStorage;
  outbox: Outbox;
}

export async function importStatement(
  deps: ImportDependencies,
  viewer: Staff,
  bankAccountId: string,
  upload: StatementUpload,
  evidence: Evidence,
) {
  const account = await findBankAccount(deps.db, viewer.agencyId, bankAccountId);
  if (!account) throw new AppError('NOT_FOUND');
  const parsed = parseBankStatement(upload.bytes);
  const counts: ImportCounts = {
    lines: parsed.lines.length,
    new: 0,
    alreadyImported: 0,
    matched: 0,
    collections: 0,
    returns: 0,
    unmatched: 0,
  };

  // A statement seen before stores nothing again: importing the same file twice changes nothing.
  const known = await knownExternalIds(
    deps.db,
    account.id,
    parsed.lines.map((line) => line.externalId),
  );
  if (parsed.lines.every((line) => known.has(line.externalId))) {
    return { importId: null, format: parsed.format, counts: { ...counts, alreadyImported: parsed.lines.length } };
  }

  const storageKey = newStorageKey(STATEMENT_AREA);
  const contentType = parsed.format === 'camt053' ? 'application/xml' : 'text/csv';
  await deps.storage.put(storageKey, Buffer.from(upload.bytes), contentType);
  try {
    const importId = await deps.db.transaction(async (tx) => {
      const file = await insertStoredFile(tx, {
        storageKey,
        originalName: upload.fileName,
        contentType,
        sizeBytes: upload.bytes.length,
        sha256: createHash('sha256').update(upload.bytes).digest('hex'),
      });
      const importId = await insertImport(tx, {
        bankAccountId: account.id,
        fileName: upload.fileName,
        format: parsed.format,
        storedFileId: file.id,
        importedByStaffId: viewer.staffMemberId,
      });
      const inserted = await insertNewTransactions(
        tx,
        parsed.lines.map((line) => transactionValues(importId, account.id, line)),
      );
      counts.new = inserted.length;
      counts.alreadyImported = parsed.lines.length - inserted.length;
      const matcher = await Matcher.open(tx, deps.outbox, viewer.agencyId, account);
      for (const transaction of inserted) {
        const outcome = await matcher.settle(transaction);
        counts[outcome] += 1;
      }
      await recordAuditEvent(tx, {
        accountId: viewer.accountId,
        action: 'bank_statement.imported',
        targetType: 'bank_statement_import',
        targetId: importId,
        ipAddress: evidence.ipAddress,
        userAgent: evidence.userAgent,
        details: { bankAccountId: account.id, fileName: upload.fileName, ...counts },
      });
      return importId;
    });
    return { importId, format: parsed.format, counts };
  } catch (error) {
    await deps.storage.delete(storageKey).catch(() => undefined);
    throw error;
  }
}

const transactionValues = (importId: string, bankAccountId: string, line: StatementLine) => ({
  importId,
  bankAccountId,
  externalId: line.externalId,
  bookingDate: line.bookingDate,
  amountCents: line.amountCents,
  counterpartyName: line.counterpartyName,
  counterpartyIban: line.counterpartyIban,
  remittanceInformation: line.remittanceInformation,
  endToEndId: line.endToEndId,
  returnReasonCode: line.returnReasonCode,
  status: 'unmatched' as const,
});

type Outcome = 'matched' | 'collections' | 'returns' | 'unmatched';

/** Banks write "NOTPROVIDED" when the payer gave no end-to-end id. */
const realEndToEndId = (id: string | null) => (id && id.toUpperCase() !== 'NOTPROVIDED' ? id : null);

/** What one statement's lines are matched against: the account's books, loaded once, kept up to date as lines post. */
class Matcher {
  private constructor(
    private readonly tx: Executor,
    private readonly outbox: Outbox,
    private readonly agencyId: string,
    private readonly account: BankAccountRow,
    private readonly clientAccounts: ClientAccount[],
    private readonly owed: Map<string, number>,
    private readonly names: Map<string, string | null>,
  ) {}

  static async open(tx: Executor, outbox: Outbox, agencyId: string, account: BankAccountRow) {
    const clientAccounts = groupAccounts(await clientMovements(tx, agencyId, account.ledgerId));
    const today = parisDate(new Date());
    const owed = new Map(clientAccounts.map((client) => [client.key, accountStanding(client.movements, today).owedCents]));
    const persons = await personNames(tx, agencyId, [...new Set(clientAccounts.map((client) => client.target.personId))]);
    const names = new Map(persons.map((person) => [person.id, person.companyName ?? person.lastName]));
    return new Matcher(tx, outbox, agencyId, account, clientAccounts, owed, names);
  }

  async settle(transaction: BankTransactionRow): Promise<Outcome> {
    if (transaction.amountCents < 0) return this.settleDebit(transaction);
    if (transaction.amountCents === 0) return 'unmatched';
    if (await this.settleCollection(transaction)) return 'collections';
    const target = await this.targetOf(transaction);
    if (!target) return 'unmatched';
    await assignTransaction(this.tx, this.account.ledgerId, transaction, target);
    const key = this.clientAccounts.find((client) => sameTarget(client.target, target))?.key;
    if (key) this.owed.set(key, (this.owed.get(key) ?? 0) - transaction.amountCents);
    return 'matched';
  }

  /** A return (R-transaction) of one of our collections on this account: helper of the collections feature. */
  private async settleDebit(transaction: BankTransactionRow): Promise<Outcome> {
    const endToEndId = realEndToEndId(transaction.endToEndId);
    if (!transaction.returnReasonCode || !endToEndId) return 'unmatched';
    const debit = await findAccountDirectDebit(this.tx, this.account.id, endToEndId);
    if (!debit) return 'unmatched';
    const result = await recordDirectDebitReturn(
      this.tx,
      { endToEndId, reasonCode: transaction.returnReasonCode, returnedOn: transaction.bookingDate },
      { outbox: this.outbox },
    );
    if (!result) return 'unmatched';
    await updateTransaction(this.tx, transaction.id, {
      status: 'matched',
      directDebitId: result.directDebitId,
      matchedPersonId: debit.personId,
    });
    return 'returns';
  }

  /** A collection credited alone (its end-to-end id) or as the batch total of a run collected that day. */
  private async settleCollection(transaction: BankTransactionRow): Promise<boolean> {
    const endToEndId = realEndToEndId(transaction.endToEndId);
    const debit = endToEndId ? await findAccountDirectDebit(this.tx, this.account.id, endToEndId) : undefined;
    if (debit && (debit.status === 'submitted' || debit.status === 'paid')) {
      const { entryIds } = await markDirectDebitsPaid(this.tx, { directDebitIds: [debit.id], paidOn: transaction.bookingDate });
      await updateTransaction(this.tx, transaction.id, {
        status: 'matched',
        directDebitId: debit.id,
        matchedPersonId: debit.personId,
        entryId: entryIds[0] ?? null,
      });
      return true;
    }
    const runs = await submittedRunsOn(this.tx, this.account.id, transaction.bookingDate);
    const run = runs.find((candidate) => candidate.totalCents === transaction.amountCents);
    if (!run) return false;
    await markDirectDebitsPaid(this.tx, { directDebitIds: run.debitIds, paidOn: transaction.bookingDate });
    await updateTransaction(this.tx, transaction.id, { status: 'matched' });
    return true;
  }

  /** The client a transfer is from: a reference in its text, else a name in it owing exactly the amount. */
  private async targetOf(transaction: BankTransactionRow): Promise<PaymentTarget | null> {
    const text = [transaction.remittanceInformation, transaction.counterpartyName].filter(Boolean).join(' ');
    const byReference = await this.byReference(text);
    if (byReference) return byReference;
    const matches = this.clientAccounts.filter(
      (client) =>
        this.owed.get(client.key) === transaction.amountCents &&
        nameAppearsIn(this.names.get(client.target.personId) ?? null, text),
    );
    return matches.length === 1 ? (matches[0]?.target ?? null) : null;
  }

  private async byReference(text: string): Promise<PaymentTarget | null> {
    const found = new Map<string, PaymentTarget>();
    const persons = await personsByCanonicalReference(this.tx, this.agencyId, referenceCandidates(text));
    for (const personId of new Set(persons.values())) {
      const target = await this.accountOfPerson(personId);
      if (target) found.set(targetKey(target), target);
    }
    if (this.account.ledgerKind === 'rental') {
      for (const reference of leaseReferences(text)) {
        const lease = await findAgencyLease(this.tx, this.agencyId, { reference });
        const personId = lease?.tenantIds[0];
        if (lease && personId)
          found.set(`tenant:${lease.leaseId}`, {
            kind: 'tenant',
            leaseId: lease.leaseId,
            managedUnitId: lease.managedUnitId,
            personId,
          });
      }
    }
    // Two different clients named in one transfer: a person decides.
    return found.size === 1 ? ([...found.values()][0] ?? null) : null;
  }

  /** The person's account in this bank account's books, if they have one there. */
  private async accountOfPerson(personId: string): Promise<PaymentTarget | null> {
    if (this.account.ledgerKind === 'condominium' && this.account.condominiumId) {
      const owned = await findCoOwnerAccount(this.tx, this.agencyId, this.account.condominiumId, personId);
      return owned ? { kind: 'coOwner', condominiumId: owned.condominiumId, personId } : null;
    }
    const [lease] = await findTenantLeases(this.tx, this.agencyId, personId);
    return lease ? { kind: 'tenant', leaseId: lease.leaseId, managedUnitId: lease.managedUnitId, personId } : null;
  }
}

const targetKey = (target: PaymentTarget) =>
  target.kind === 'coOwner' ? `coOwner:${target.personId}` : `tenant:${target.leaseId}`;
const sameTarget = (a: PaymentTarget, b: PaymentTarget) =>
  a.personId === b.personId && (a.kind === 'coOwner' ? b.kind === 'coOwner' : b.kind === 'tenant' && a.leaseId === b.leaseId);

/** Posts a received transfer to the client's account (journal "BQ", `bank:<transaction id>`) and marks it matched. */
export async function assignTransaction(
  tx: Executor,
  ledgerId: string,
  transaction: BankTransactionRow,
  target: PaymentTarget,
  review?: { staffMemberId: string; at: Date },
) {
  const remittance = transaction.remittanceInformation ? ` — ${transaction.remittanceInformation}` : '';
  const { entryId } = await postPayment(tx, ledgerId, target, {
    amountCents: transaction.amountCents,
    paidOn: transaction.bookingDate,
    label: `Virement reçu${remittance}`.slice(0, 140),
    externalId: `bank:${transaction.id}`,
  });
  await updateTransaction(tx, transaction.id, {
    status: 'matched',
    matchedPersonId: target.personId,
    entryId,
    ...(review ? { reviewedByStaffId: review.staffMemberId, reviewedAt: review.at } : {}),
  });
  return entryId;
}
