import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { agencies, staffMembers } from './agencies.ts';
import { createdAt, id } from './common.ts';
import { allocationKeys, condominiums, lots } from './condominiums.ts';
import { documents } from './documents.ts';
import { persons } from './people.ts';
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
    // One rental ledger per agency: every landlord's and tenant's account is kept in it.
    uniqueIndex('ledgers_rental_agency_key').on(table.agencyId).where(sql`${table.kind} = 'rental'`),
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
    /** On charge lines (6xx): the key the expense is shared by, so the council compares budget and actual per key. */
    allocationKeyId: uuid('allocation_key_id').references(() => allocationKeys.id),
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
    /**
     * Art. 14-2-1 II: no works fund, or less than 5 % of the budget, when the general meeting decided so
     * unanimously (fewer than 10 lots) or the technical survey (DTG) shows no works for ten years. The reason
     * is printed with the budget.
     */
    worksFundExempt: boolean('works_fund_exempt').notNull().default(false),
    worksFundExemptionReason: text('works_fund_exemption_reason'),
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
    /** Management fees of the period, VAT included, and the VAT within them. */
    feesCents: integer('fees_cents').notNull().default(0),
    feesVatCents: integer('fees_vat_cents').notNull().default(0),
    issuedByStaffId: uuid('issued_by_staff_id').references(() => staffMembers.id),
    createdAt: createdAt(),
  },
  (table) => [uniqueIndex('landlord_statements_period_key').on(table.mandateId, table.periodStart, table.periodEnd)],
);

/**
 * A supplier's invoice to the syndicate, as the council sees it: the PDF (a document for the council), the
 * purchase entry it was posted with (journal HA: debit 6xx with its key, credit 401), and when it was paid.
 */
export const supplierInvoices = pgTable(
  'supplier_invoices',
  {
    id: id(),
    condominiumId: uuid('condominium_id')
      .notNull()
      .references(() => condominiums.id),
    supplierName: text('supplier_name').notNull(),
    invoiceNumber: text('invoice_number').notNull(),
    invoiceDate: date('invoice_date').notNull(),
    label: text('label').notNull(),
    /** The charge account (6xx) and the key it is shared by. */
    accountCode: text('account_code').notNull(),
    allocationKeyId: uuid('allocation_key_id').references(() => allocationKeys.id),
    amountCents: integer('amount_cents').notNull(),
    entryId: uuid('entry_id').references(() => ledgerEntries.id),
    /** The bank order that settled it (journal BQ: debit 401, credit 512), once paid. */
    paymentEntryId: uuid('payment_entry_id').references(() => ledgerEntries.id),
    documentId: uuid('document_id').references(() => documents.id),
    createdByStaffId: uuid('created_by_staff_id').references(() => staffMembers.id),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex('supplier_invoices_number_key').on(table.condominiumId, table.supplierName, table.invoiceNumber),
    index('supplier_invoices_date_idx').on(table.condominiumId, table.invoiceDate),
    check('supplier_invoices_amount_positive', sql`${table.amountCents} > 0`),
  ],
);

/** An email reminding a person of an overdue amount: kept so that nobody is reminded twice of the same debt too soon. */
export const paymentReminders = pgTable(
  'payment_reminders',
  {
    id: id(),
    ledgerId: uuid('ledger_id')
      .notNull()
      .references(() => ledgers.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    /** What the person owed when reminded (positive cents) and how long the oldest unpaid amount was due. */
    amountCents: integer('amount_cents').notNull(),
    overdueSince: date('overdue_since').notNull(),
    /** 1: first reminder, 2: second… */
    level: integer('level').notNull().default(1),
    sentByStaffId: uuid('sent_by_staff_id').references(() => staffMembers.id),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('payment_reminders_person_idx').on(table.ledgerId, table.personId, table.sentAt)],
);
