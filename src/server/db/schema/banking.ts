import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { storedFiles } from './access.ts';
import { agencies, staffMembers } from './agencies.ts';
import { createdAt, id } from './common.ts';
import { condominiums } from './condominiums.ts';
import { documents } from './documents.ts';
import { ledgerEntries, ledgers } from './finance.ts';
import { accounts, persons } from './people.ts';
import { leases } from './rentals.ts';

/*
 * Banking: the syndicate's bank accounts, SEPA direct-debit mandates (signed with a code sent by SMS) and their
 * collections, and the bank statements imported to match payments. Money is integer cents, as in finance.ts.
 */

/** The syndicate's (or the agency's rental) bank account: where payments arrive and collections are made. */
export const bankAccounts = pgTable(
  'bank_accounts',
  {
    id: id(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    ledgerId: uuid('ledger_id')
      .notNull()
      .references(() => ledgers.id),
    holderName: text('holder_name').notNull(),
    iban: text('iban').notNull(),
    bic: text('bic'),
    /** Identifiant créancier SEPA (ICS), needed to collect by direct debit. */
    creditorId: text('creditor_id'),
    createdAt: createdAt(),
  },
  (table) => [uniqueIndex('bank_accounts_ledger_key').on(table.ledgerId)],
);

export const mandateSequence = pgEnum('mandate_sequence', ['recurrent', 'one_off']);
/** automatic: collected at each call; manual: one collection of the balance when signed. */
export const mandateMode = pgEnum('mandate_mode', ['automatic', 'manual']);
export const mandateStatus = pgEnum('mandate_status', ['active', 'revoked', 'lapsed']);

/** A SEPA Core direct-debit mandate, signed online with a code sent by SMS. */
export const sepaMandates = pgTable(
  'sepa_mandates',
  {
    id: id(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    creditorAccountId: uuid('creditor_account_id')
      .notNull()
      .references(() => bankAccounts.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    /** The property paid for: a co-owner's condominium, or a tenant's lease. */
    condominiumId: uuid('condominium_id').references(() => condominiums.id),
    leaseId: uuid('lease_id').references(() => leases.id),
    /** RUM: unique per creditor, at most 35 characters. */
    mandateReference: text('mandate_reference').notNull(),
    sequence: mandateSequence('sequence').notNull(),
    mode: mandateMode('mode').notNull(),
    debtorName: text('debtor_name').notNull(),
    debtorAddress: text('debtor_address').notNull(),
    iban: text('iban').notNull(),
    bic: text('bic'),
    signedAt: timestamp('signed_at', { withTimezone: true }).notNull(),
    signaturePlace: text('signature_place').notNull(),
    /** Hash of the summary shown, time, address, user agent, the SMS code's delivery: the proof of consent. */
    signatureEvidence: jsonb('signature_evidence').$type<Record<string, unknown>>().notNull(),
    documentId: uuid('document_id').references(() => documents.id),
    status: mandateStatus('status').notNull().default('active'),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    lastCollectedOn: date('last_collected_on'),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex('sepa_mandates_reference_key').on(table.creditorAccountId, table.mandateReference),
    index('sepa_mandates_person_idx').on(table.personId),
  ],
);

export const smsChallengePurpose = pgEnum('sms_challenge_purpose', ['sepa_mandate', 'bank_details']);

/**
 * A 4-digit code sent by SMS to confirm one precise thing (the summary's hash): it expires after 10 minutes,
 * allows 5 tries, and can be sent again after a delay. Only its hash is stored.
 */
export const smsChallenges = pgTable(
  'sms_challenges',
  {
    id: id(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    purpose: smsChallengePurpose('purpose').notNull(),
    /** SHA-256 of what the person is agreeing to, so the code confirms that and nothing else. */
    subjectHash: text('subject_hash').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    codeHash: text('code_hash').notNull(),
    attempts: integer('attempts').notNull().default(0),
    sendCount: integer('send_count').notNull().default(1),
    lastSentAt: timestamp('last_sent_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (table) => [index('sms_challenges_account_idx').on(table.accountId, table.createdAt)],
);

export const collectionRunStatus = pgEnum('collection_run_status', ['prepared', 'submitted', 'settled']);

/** One collection date for one creditor account: the pre-notifications, then the bank file. */
export const collectionRuns = pgTable(
  'collection_runs',
  {
    id: id(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    creditorAccountId: uuid('creditor_account_id')
      .notNull()
      .references(() => bankAccounts.id),
    collectionDate: date('collection_date').notNull(),
    /** MsgId of the pain.008 file. */
    messageId: text('message_id').notNull(),
    status: collectionRunStatus('status').notNull().default('prepared'),
    bankFileId: uuid('bank_file_id').references(() => storedFiles.id),
    createdByStaffId: uuid('created_by_staff_id').references(() => staffMembers.id),
    createdAt: createdAt(),
  },
  (table) => [uniqueIndex('collection_runs_message_key').on(table.messageId)],
);

export const directDebitSequence = pgEnum('direct_debit_sequence', ['FRST', 'RCUR', 'OOFF', 'FNAL']);
export const directDebitStatus = pgEnum('direct_debit_status', ['scheduled', 'prenotified', 'submitted', 'paid', 'returned']);

/** One collection under a mandate. A return (R-transaction) keeps its reason and puts the amount back due. */
export const directDebits = pgTable(
  'direct_debits',
  {
    id: id(),
    mandateId: uuid('mandate_id')
      .notNull()
      .references(() => sepaMandates.id),
    collectionRunId: uuid('collection_run_id').references(() => collectionRuns.id),
    amountCents: integer('amount_cents').notNull(),
    collectionDate: date('collection_date').notNull(),
    sequenceType: directDebitSequence('sequence_type').notNull(),
    endToEndId: text('end_to_end_id').notNull(),
    remittanceInformation: text('remittance_information').notNull(),
    status: directDebitStatus('status').notNull().default('scheduled'),
    prenotifiedAt: timestamp('prenotified_at', { withTimezone: true }),
    returnReasonCode: text('return_reason_code'),
    returnedAt: timestamp('returned_at', { withTimezone: true }),
    /** A returned collection presented again: the new debit points at the one that came back. */
    representsDebitId: uuid('represents_debit_id'),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex('direct_debits_end_to_end_key').on(table.endToEndId),
    index('direct_debits_mandate_idx').on(table.mandateId),
    check('direct_debits_amount_positive', sql`${table.amountCents} > 0`),
  ],
);

export const bankImportFormat = pgEnum('bank_import_format', ['camt053', 'csv']);

/** A bank statement imported by staff (CAMT.053 or CSV), kept as a file. */
export const bankStatementImports = pgTable('bank_statement_imports', {
  id: id(),
  fileName: text('file_name'),
  bankAccountId: uuid('bank_account_id')
    .notNull()
    .references(() => bankAccounts.id),
  format: bankImportFormat('format').notNull(),
  storedFileId: uuid('stored_file_id').references(() => storedFiles.id),
  importedByStaffId: uuid('imported_by_staff_id').references(() => staffMembers.id),
  createdAt: createdAt(),
});

export const bankTransactionStatus = pgEnum('bank_transaction_status', ['matched', 'unmatched', 'ignored']);

/** A credit or debit read from a statement; matched to a person and posted, or left for review. */
export const bankTransactions = pgTable(
  'bank_transactions',
  {
    id: id(),
    importId: uuid('import_id')
      .notNull()
      .references(() => bankStatementImports.id),
    bankAccountId: uuid('bank_account_id')
      .notNull()
      .references(() => bankAccounts.id),
    /** The bank's own reference (AcctSvcrRef / a hash of the CSV line): the same line twice is one transaction. */
    externalId: text('external_id').notNull(),
    bookingDate: date('booking_date').notNull(),
    /** Positive: money received; negative: money paid out. */
    amountCents: integer('amount_cents').notNull(),
    counterpartyName: text('counterparty_name'),
    counterpartyIban: text('counterparty_iban'),
    remittanceInformation: text('remittance_information'),
    status: bankTransactionStatus('status').notNull().default('unmatched'),
    /** EndToEndId of a SEPA transaction: ties a collection or its return (R-transaction) to our direct debit. */
    endToEndId: text('end_to_end_id'),
    /** ISO reason code of a return (AM04 insufficient funds, MD06 refund, AC04 closed account…). */
    returnReasonCode: text('return_reason_code'),
    directDebitId: uuid('direct_debit_id').references(() => directDebits.id),
    matchedPersonId: uuid('matched_person_id').references(() => persons.id),
    entryId: uuid('entry_id').references(() => ledgerEntries.id),
    /** Who settled a line by hand on the review screen (assigned or ignored), and when. */
    reviewedByStaffId: uuid('reviewed_by_staff_id').references(() => staffMembers.id),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex('bank_transactions_external_key').on(table.bankAccountId, table.externalId),
    index('bank_transactions_review_idx').on(table.bankAccountId, table.status),
  ],
);
