CREATE TYPE "public"."rent_receipt_kind" AS ENUM('quittance', 'receipt');--> statement-breakpoint
CREATE TABLE "payment_reminders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"ledger_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"amount_cents" integer NOT NULL,
	"overdue_since" date NOT NULL,
	"level" integer DEFAULT 1 NOT NULL,
	"sent_by_staff_id" uuid,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "supplier_invoices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"condominium_id" uuid NOT NULL,
	"supplier_name" text NOT NULL,
	"invoice_number" text NOT NULL,
	"invoice_date" date NOT NULL,
	"label" text NOT NULL,
	"account_code" text NOT NULL,
	"allocation_key_id" uuid,
	"amount_cents" integer NOT NULL,
	"entry_id" uuid,
	"payment_entry_id" uuid,
	"document_id" uuid,
	"created_by_staff_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "supplier_invoices_amount_positive" CHECK ("supplier_invoices"."amount_cents" > 0)
);
--> statement-breakpoint
CREATE TABLE "rent_calls" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"lease_id" uuid NOT NULL,
	"period_start" date NOT NULL,
	"due_date" date NOT NULL,
	"rent_cents" integer NOT NULL,
	"charges_cents" integer NOT NULL,
	"entry_id" uuid,
	"document_id" uuid,
	"issued_by_staff_id" uuid,
	"issued_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rent_calls_amounts_positive" CHECK ("rent_calls"."rent_cents" >= 0 and "rent_calls"."charges_cents" >= 0)
);
--> statement-breakpoint
CREATE TABLE "rent_receipts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"rent_call_id" uuid NOT NULL,
	"kind" "rent_receipt_kind" NOT NULL,
	"amount_cents" integer NOT NULL,
	"rent_cents" integer NOT NULL,
	"charges_cents" integer NOT NULL,
	"payment_entry_id" uuid,
	"document_id" uuid,
	"issued_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rent_receipts_amount_positive" CHECK ("rent_receipts"."amount_cents" > 0)
);
--> statement-breakpoint
ALTER TABLE "bank_statement_imports" ADD COLUMN "file_name" text;--> statement-breakpoint
ALTER TABLE "bank_transactions" ADD COLUMN "end_to_end_id" text;--> statement-breakpoint
ALTER TABLE "bank_transactions" ADD COLUMN "return_reason_code" text;--> statement-breakpoint
ALTER TABLE "bank_transactions" ADD COLUMN "direct_debit_id" uuid;--> statement-breakpoint
ALTER TABLE "bank_transactions" ADD COLUMN "reviewed_by_staff_id" uuid;--> statement-breakpoint
ALTER TABLE "bank_transactions" ADD COLUMN "reviewed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "budgets" ADD COLUMN "works_fund_exempt" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "budgets" ADD COLUMN "works_fund_exemption_reason" text;--> statement-breakpoint
ALTER TABLE "direct_debits" ADD COLUMN "represents_debit_id" uuid;--> statement-breakpoint
ALTER TABLE "landlord_statements" ADD COLUMN "fees_cents" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "landlord_statements" ADD COLUMN "fees_vat_cents" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "landlord_statements" ADD COLUMN "issued_by_staff_id" uuid;--> statement-breakpoint
ALTER TABLE "ledger_lines" ADD COLUMN "allocation_key_id" uuid;--> statement-breakpoint
ALTER TABLE "payment_reminders" ADD CONSTRAINT "payment_reminders_ledger_id_ledgers_id_fk" FOREIGN KEY ("ledger_id") REFERENCES "public"."ledgers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_reminders" ADD CONSTRAINT "payment_reminders_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_reminders" ADD CONSTRAINT "payment_reminders_sent_by_staff_id_staff_members_id_fk" FOREIGN KEY ("sent_by_staff_id") REFERENCES "public"."staff_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supplier_invoices" ADD CONSTRAINT "supplier_invoices_condominium_id_condominiums_id_fk" FOREIGN KEY ("condominium_id") REFERENCES "public"."condominiums"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supplier_invoices" ADD CONSTRAINT "supplier_invoices_allocation_key_id_allocation_keys_id_fk" FOREIGN KEY ("allocation_key_id") REFERENCES "public"."allocation_keys"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supplier_invoices" ADD CONSTRAINT "supplier_invoices_entry_id_ledger_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."ledger_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supplier_invoices" ADD CONSTRAINT "supplier_invoices_payment_entry_id_ledger_entries_id_fk" FOREIGN KEY ("payment_entry_id") REFERENCES "public"."ledger_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supplier_invoices" ADD CONSTRAINT "supplier_invoices_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supplier_invoices" ADD CONSTRAINT "supplier_invoices_created_by_staff_id_staff_members_id_fk" FOREIGN KEY ("created_by_staff_id") REFERENCES "public"."staff_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rent_calls" ADD CONSTRAINT "rent_calls_lease_id_leases_id_fk" FOREIGN KEY ("lease_id") REFERENCES "public"."leases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rent_calls" ADD CONSTRAINT "rent_calls_entry_id_ledger_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."ledger_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rent_calls" ADD CONSTRAINT "rent_calls_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rent_calls" ADD CONSTRAINT "rent_calls_issued_by_staff_id_staff_members_id_fk" FOREIGN KEY ("issued_by_staff_id") REFERENCES "public"."staff_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rent_receipts" ADD CONSTRAINT "rent_receipts_rent_call_id_rent_calls_id_fk" FOREIGN KEY ("rent_call_id") REFERENCES "public"."rent_calls"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rent_receipts" ADD CONSTRAINT "rent_receipts_payment_entry_id_ledger_entries_id_fk" FOREIGN KEY ("payment_entry_id") REFERENCES "public"."ledger_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rent_receipts" ADD CONSTRAINT "rent_receipts_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "payment_reminders_person_idx" ON "payment_reminders" USING btree ("ledger_id","person_id","sent_at");--> statement-breakpoint
CREATE UNIQUE INDEX "supplier_invoices_number_key" ON "supplier_invoices" USING btree ("condominium_id","supplier_name","invoice_number");--> statement-breakpoint
CREATE INDEX "supplier_invoices_date_idx" ON "supplier_invoices" USING btree ("condominium_id","invoice_date");--> statement-breakpoint
CREATE UNIQUE INDEX "rent_calls_period_key" ON "rent_calls" USING btree ("lease_id","period_start");--> statement-breakpoint
CREATE INDEX "rent_receipts_call_idx" ON "rent_receipts" USING btree ("rent_call_id");--> statement-breakpoint
CREATE UNIQUE INDEX "rent_receipts_quittance_key" ON "rent_receipts" USING btree ("rent_call_id") WHERE "rent_receipts"."kind" = 'quittance';--> statement-breakpoint
CREATE UNIQUE INDEX "rent_receipts_payment_key" ON "rent_receipts" USING btree ("rent_call_id","payment_entry_id");--> statement-breakpoint
ALTER TABLE "bank_transactions" ADD CONSTRAINT "bank_transactions_direct_debit_id_direct_debits_id_fk" FOREIGN KEY ("direct_debit_id") REFERENCES "public"."direct_debits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bank_transactions" ADD CONSTRAINT "bank_transactions_reviewed_by_staff_id_staff_members_id_fk" FOREIGN KEY ("reviewed_by_staff_id") REFERENCES "public"."staff_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "landlord_statements" ADD CONSTRAINT "landlord_statements_issued_by_staff_id_staff_members_id_fk" FOREIGN KEY ("issued_by_staff_id") REFERENCES "public"."staff_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_lines" ADD CONSTRAINT "ledger_lines_allocation_key_id_allocation_keys_id_fk" FOREIGN KEY ("allocation_key_id") REFERENCES "public"."allocation_keys"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "bank_transactions_review_idx" ON "bank_transactions" USING btree ("bank_account_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "ledgers_rental_agency_key" ON "ledgers" USING btree ("agency_id") WHERE "ledgers"."kind" = 'rental';--> statement-breakpoint
ALTER TABLE "direct_debits" ADD CONSTRAINT "direct_debits_represents_debit_id_fk" FOREIGN KEY ("represents_debit_id") REFERENCES "public"."direct_debits"("id");
