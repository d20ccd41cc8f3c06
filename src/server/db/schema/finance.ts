import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { storedFiles } from './access.ts';
import { agencies, staffMembers } from './agencies.ts';
import { createdAt, id } from './common.ts';
import { allocationKeys, condominiums, lots } from './condominiums.ts';
import { documents } from './documents.ts';
import { accounts, persons } from './people.ts';
import { leases, managedUnits, managementMandates } from './rentals.ts';

/*
 * Money is integer cents everywhere (`*_cents` columns, JavaScript numbers well inside 2^53).
 */

/** The books: one per condominium (the syndicate's accounts), one per agency for its rental management. */
export const ledgerKind = pgEnum('ledger_kind', ['condominium', 'rental']);

export const ledgers = pgTable(
  'ledgers',
  {
    id: id(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    kind: ledgerKind('kind').notNull(),
    condominiumId: uuid('condominium_id').references(() => condominiums.id),
    name: text('name').notNull(),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex('ledgers_condominium_key').on(table.condominiumId),
    check('ledgers_kind_target', sql`(${table.kind} = 'condominium') = (${table.condominiumId} is not null)`),
  ],
);

/** Where an entry comes from: Palier itself, or the agency's accounting system through the import API. */
export const entrySource = pgEnum('entry_source', ['palier', 'import']);

/**
 * An accounting entry (écriture): balanced lines, debit = credit, checked at commit by a constraint trigger
 * (migration 0005). `(ledger, source, external_id)` is unique, so importing the same entry twice changes
 * nothing, and Palier's own entries carry a deterministic id of what caused them (e.g. "call:<id>:<person>").
 */
export const ledgerEntries = pgTable(
  'ledger_entries',
  {
    id: id(),
    ledgerId: uuid('ledger_id')
      .notNull()
      .references(() => ledgers.id),
    /** Journal code: "AP" calls for funds, "BQ" bank, "PR" direct debits, "HA" purchases, "OD" other. */
    journal: text('journal').notNull(),
    entryDate: date('entry_date').notNull(),
    label: text('label').notNull(),
    source: entrySource('source').notNull(),
    externalId: text('external_id').notNull(),
    /** The supporting document shown next to the entry on a statement (call for funds, invoice, receipt). */
    documentId: uuid('document_id').references(() => documents.id),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex('ledger_entries_external_key').on(table.ledgerId, table.source, table.externalId),
    index('ledger_entries_date_idx').on(table.ledgerId, table.entryDate),
  ],
);

/**
 * One line of an entry. `account_code` follows the co-ownership chart of accounts (4501, 4502, 4505, 401,
 * 512, 105, 6xx, 7xx) or the rental one (411 tenants, 4671 landlords…). Third-party accounts name their
 * third party: the person (co-owner, tenant, landlord) and, when it matters, the lot or the lease.
 */
export const ledgerLines = pgTable(
  'ledger_lines',
  {
    id: id(),
    entryId: uuid('entry_id')
      .notNull()
      .references(() => ledgerEntries.id, { onDelete: 'cascade' }),
    accountCode: text('account_code').notNull(),
    personId: uuid('person_id').references(() => persons.id),
    lotId: uuid('lot_id').references(() => lots.id),
    leaseId: uuid('lease_id').references(() => leases.id),
    managedUnitId: uuid('managed_unit_id').references(() => managedUnits.id),
    supplierName: text('supplier_name'),
    label: text('label'),
    debitCents: integer('debit_cents').notNull().default(0),
    creditCents: integer('credit_cents').notNull().default(0),
  },
  (table) => [
    index('ledger_lines_entry_idx').on(table.entryId),
    index('ledger_lines_person_idx').on(table.personId, table.accountCode),
    index('ledger_lines_account_idx').on(table.accountCode),
    check(
      'ledger_lines_one_side',
      sql`${table.debitCents} >= 0 and ${table.creditCents} >= 0 and (${table.debitCents} = 0) <> (${table.creditCents} = 0)`,
    ),
  ],
);

/** The yearly budget voted by the general meeting (art. 14-1), per allocation key and account. */
export const budgets = pgTable(
  'budgets',
  {
    id: id(),
    condominiumId: uuid('condominium_id')
      .notNull()
      .references(() => condominiums.id),
    fiscalYear: integer('fiscal_year').notNull(),
    votedOn: date('voted_on').notNull(),
    /** The works-fund contribution for the year (art. 14-2-1), called with the provisions by general shares. */
    worksFundCents: integer('works_fund_cents').notNull().default(0),
    createdByStaffId: uuid('created_by_staff_id').references(() => staffMembers.id),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex('budgets_condominium_year_key').on(table.condominiumId, table.fiscalYear),
    check('budgets_works_fund_positive', sql`${table.worksFundCents} >= 0`),
  ],
);

export const budgetLines = pgTable(
  'budget_lines',
  {
    id: id(),
    budgetId: uuid('budget_id')
      .notNull()
      .references(() => budgets.id, { onDelete: 'cascade' }),
    allocationKeyId: uuid('allocation_key_id')
      .notNull()
      .references(() => allocationKeys.id),
    /** A charge account (6xx), e.g. "6141" lift maintenance. */
    accountCode: text('account_code').notNull(),
    label: text('label').notNull(),
    amountCents: integer('amount_cents').notNull(),
  },
  (table) => [
    index('budget_lines_budget_idx').on(table.budgetId),
    check('budget_lines_amount_positive', sql`${table.amountCents} >= 0`),
  ],
);

/** The calls of one quarter for one condominium: issued once (unique), then never again. */
export const fundsCalls = pgTable(
  'funds_calls',
  {
    id: id(),
    condominiumId: uuid('condominium_id')
      .notNull()
      .references(() => condominiums.id),
    budgetId: uuid('budget_id')
      .notNull()
      .references(() => budgets.id),
    fiscalYear: integer('fiscal_year').notNull(),
    quarter: integer('quarter').notNull(),
    dueDate: date('due_date').notNull(),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull().defaultNow(),
    issuedByStaffId: uuid('issued_by_staff_id').references(() => staffMembers.id),
  },
  (table) => [
    uniqueIndex('funds_calls_quarter_key').on(table.condominiumId, table.fiscalYear, table.quarter),
    check('funds_calls_quarter_range', sql`${table.quarter} between 1 and 4`),
  ],
);

/** Each lot's part of a call, per key (null key: the works fund): the detail printed on the call. */
export const fundsCallLines = pgTable(
  'funds_call_lines',
  {
    id: id(),
    fundsCallId: uuid('funds_call_id')
      .notNull()
      .references(() => fundsCalls.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    lotId: uuid('lot_id')
      .notNull()
      .references(() => lots.id),
    allocationKeyId: uuid('allocation_key_id').references(() => allocationKeys.id),
    shares: integer('shares').notNull(),
    keyTotalShares: integer('key_total_shares').notNull(),
    amountCents: integer('amount_cents').notNull(),
  },
  (table) => [index('funds_call_lines_call_idx').on(table.fundsCallId, table.personId)],
);

/** The call one co-owner receives: its PDF among their documents, the previous balance printed on it. */
export const fundsCallNotices = pgTable(
  'funds_call_notices',
  {
    id: id(),
    fundsCallId: uuid('funds_call_id')
      .notNull()
      .references(() => fundsCalls.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    totalCents: integer('total_cents').notNull(),
    previousBalanceCents: integer('previous_balance_cents').notNull(),
    documentId: uuid('document_id').references(() => documents.id),
    createdAt: createdAt(),
  },
  (table) => [uniqueIndex('funds_call_notices_person_key').on(table.fundsCallId, table.personId)],
);

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
    matchedPersonId: uuid('matched_person_id').references(() => persons.id),
    entryId: uuid('entry_id').references(() => ledgerEntries.id),
    createdAt: createdAt(),
  },
  (table) => [uniqueIndex('bank_transactions_external_key').on(table.bankAccountId, table.externalId)],
);

/** Keeps the mandate → management link of rental ledgers explicit for landlord statements. */
export const landlordStatements = pgTable(
  'landlord_statements',
  {
    id: id(),
    mandateId: uuid('mandate_id')
      .notNull()
      .references(() => managementMandates.id),
    periodStart: date('period_start').notNull(),
    periodEnd: date('period_end').notNull(),
    documentId: uuid('document_id').references(() => documents.id),
    transferredCents: integer('transferred_cents').notNull(),
    createdAt: createdAt(),
  },
  (table) => [uniqueIndex('landlord_statements_period_key').on(table.mandateId, table.periodStart, table.periodEnd)],
);
