import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgEnum, pgTable, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { staffMembers } from './agencies.ts';
import { id } from './common.ts';
import { documents } from './documents.ts';
import { ledgerEntries } from './finance.ts';
import { leases } from './rentals.ts';

/*
 * Rent: the monthly call (avis d'échéance) of each lease and what the tenant is given once they paid
 * (a quittance for a full payment, a receipt for the sum paid otherwise — loi du 6 juillet 1989, art. 21).
 * Posted in the agency's rental ledger: 411 tenant, 4671 landlord, 512 bank.
 */

/** One month of one lease, called once: rent and charges apart, as the quittance must separate them. */
export const rentCalls = pgTable(
  'rent_calls',
  {
    id: id(),
    leaseId: uuid('lease_id')
      .notNull()
      .references(() => leases.id),
    /** The first day of the month called. */
    periodStart: date('period_start').notNull(),
    dueDate: date('due_date').notNull(),
    rentCents: integer('rent_cents').notNull(),
    chargesCents: integer('charges_cents').notNull(),
    entryId: uuid('entry_id').references(() => ledgerEntries.id),
    documentId: uuid('document_id').references(() => documents.id),
    issuedByStaffId: uuid('issued_by_staff_id').references(() => staffMembers.id),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('rent_calls_period_key').on(table.leaseId, table.periodStart),
    check('rent_calls_amounts_positive', sql`${table.rentCents} >= 0 and ${table.chargesCents} >= 0`),
  ],
);

export const rentReceiptKind = pgEnum('rent_receipt_kind', ['quittance', 'receipt']);

/** A quittance (the month fully paid: rent and charges apart) or a receipt of a partial payment. */
export const rentReceipts = pgTable(
  'rent_receipts',
  {
    id: id(),
    rentCallId: uuid('rent_call_id')
      .notNull()
      .references(() => rentCalls.id),
    kind: rentReceiptKind('kind').notNull(),
    /** What the receipt acknowledges; for a quittance, rent + charges of the month. */
    amountCents: integer('amount_cents').notNull(),
    rentCents: integer('rent_cents').notNull(),
    chargesCents: integer('charges_cents').notNull(),
    /** The payment acknowledged by a receipt (null for a quittance, which covers the whole month). */
    paymentEntryId: uuid('payment_entry_id').references(() => ledgerEntries.id),
    documentId: uuid('document_id').references(() => documents.id),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('rent_receipts_call_idx').on(table.rentCallId),
    // One quittance per month; one receipt per payment.
    uniqueIndex('rent_receipts_quittance_key').on(table.rentCallId).where(sql`${table.kind} = 'quittance'`),
    uniqueIndex('rent_receipts_payment_key').on(table.rentCallId, table.paymentEntryId),
    check('rent_receipts_amount_positive', sql`${table.amountCents} > 0`),
  ],
);
