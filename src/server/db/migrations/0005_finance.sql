CREATE TYPE "public"."bank_import_format" AS ENUM('camt053', 'csv');--> statement-breakpoint
CREATE TYPE "public"."bank_transaction_status" AS ENUM('matched', 'unmatched', 'ignored');--> statement-breakpoint
CREATE TYPE "public"."collection_run_status" AS ENUM('prepared', 'submitted', 'settled');--> statement-breakpoint
CREATE TYPE "public"."direct_debit_sequence" AS ENUM('FRST', 'RCUR', 'OOFF', 'FNAL');--> statement-breakpoint
CREATE TYPE "public"."direct_debit_status" AS ENUM('scheduled', 'prenotified', 'submitted', 'paid', 'returned');--> statement-breakpoint
CREATE TYPE "public"."entry_source" AS ENUM('palier', 'import');--> statement-breakpoint
CREATE TYPE "public"."ledger_kind" AS ENUM('condominium', 'rental');--> statement-breakpoint
CREATE TYPE "public"."mandate_mode" AS ENUM('automatic', 'manual');--> statement-breakpoint
CREATE TYPE "public"."mandate_sequence" AS ENUM('recurrent', 'one_off');--> statement-breakpoint
CREATE TYPE "public"."mandate_status" AS ENUM('active', 'revoked', 'lapsed');--> statement-breakpoint
CREATE TYPE "public"."sms_challenge_purpose" AS ENUM('sepa_mandate', 'bank_details');--> statement-breakpoint
CREATE TABLE "bank_accounts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"ledger_id" uuid NOT NULL,
	"holder_name" text NOT NULL,
	"iban" text NOT NULL,
	"bic" text,
	"creditor_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bank_statement_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bank_account_id" uuid NOT NULL,
	"format" "bank_import_format" NOT NULL,
	"stored_file_id" uuid,
	"imported_by_staff_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bank_transactions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"import_id" uuid NOT NULL,
	"bank_account_id" uuid NOT NULL,
	"external_id" text NOT NULL,
	"booking_date" date NOT NULL,
	"amount_cents" integer NOT NULL,
	"counterparty_name" text,
	"counterparty_iban" text,
	"remittance_information" text,
	"status" "bank_transaction_status" DEFAULT 'unmatched' NOT NULL,
	"matched_person_id" uuid,
	"entry_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "budget_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"budget_id" uuid NOT NULL,
	"allocation_key_id" uuid NOT NULL,
	"account_code" text NOT NULL,
	"label" text NOT NULL,
	"amount_cents" integer NOT NULL,
	CONSTRAINT "budget_lines_amount_positive" CHECK ("budget_lines"."amount_cents" >= 0)
);
--> statement-breakpoint
CREATE TABLE "budgets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"condominium_id" uuid NOT NULL,
	"fiscal_year" integer NOT NULL,
	"voted_on" date NOT NULL,
	"works_fund_cents" integer DEFAULT 0 NOT NULL,
	"created_by_staff_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "budgets_works_fund_positive" CHECK ("budgets"."works_fund_cents" >= 0)
);
--> statement-breakpoint
CREATE TABLE "collection_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"creditor_account_id" uuid NOT NULL,
	"collection_date" date NOT NULL,
	"message_id" text NOT NULL,
	"status" "collection_run_status" DEFAULT 'prepared' NOT NULL,
	"bank_file_id" uuid,
	"created_by_staff_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "direct_debits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"mandate_id" uuid NOT NULL,
	"collection_run_id" uuid,
	"amount_cents" integer NOT NULL,
	"collection_date" date NOT NULL,
	"sequence_type" "direct_debit_sequence" NOT NULL,
	"end_to_end_id" text NOT NULL,
	"remittance_information" text NOT NULL,
	"status" "direct_debit_status" DEFAULT 'scheduled' NOT NULL,
	"prenotified_at" timestamp with time zone,
	"return_reason_code" text,
	"returned_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "direct_debits_amount_positive" CHECK ("direct_debits"."amount_cents" > 0)
);
--> statement-breakpoint
CREATE TABLE "funds_call_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"funds_call_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"lot_id" uuid NOT NULL,
	"allocation_key_id" uuid,
	"shares" integer NOT NULL,
	"key_total_shares" integer NOT NULL,
	"amount_cents" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "funds_call_notices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"funds_call_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"total_cents" integer NOT NULL,
	"previous_balance_cents" integer NOT NULL,
	"document_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "funds_calls" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"condominium_id" uuid NOT NULL,
	"budget_id" uuid NOT NULL,
	"fiscal_year" integer NOT NULL,
	"quarter" integer NOT NULL,
	"due_date" date NOT NULL,
	"issued_at" timestamp with time zone DEFAULT now() NOT NULL,
	"issued_by_staff_id" uuid,
	CONSTRAINT "funds_calls_quarter_range" CHECK ("funds_calls"."quarter" between 1 and 4)
);
--> statement-breakpoint
CREATE TABLE "landlord_statements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"mandate_id" uuid NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"document_id" uuid,
	"transferred_cents" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ledger_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"ledger_id" uuid NOT NULL,
	"journal" text NOT NULL,
	"entry_date" date NOT NULL,
	"label" text NOT NULL,
	"source" "entry_source" NOT NULL,
	"external_id" text NOT NULL,
	"document_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ledger_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entry_id" uuid NOT NULL,
	"account_code" text NOT NULL,
	"person_id" uuid,
	"lot_id" uuid,
	"lease_id" uuid,
	"managed_unit_id" uuid,
	"supplier_name" text,
	"label" text,
	"debit_cents" integer DEFAULT 0 NOT NULL,
	"credit_cents" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "ledger_lines_one_side" CHECK ("ledger_lines"."debit_cents" >= 0 and "ledger_lines"."credit_cents" >= 0 and ("ledger_lines"."debit_cents" = 0) <> ("ledger_lines"."credit_cents" = 0))
);
--> statement-breakpoint
CREATE TABLE "ledgers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"kind" "ledger_kind" NOT NULL,
	"condominium_id" uuid,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ledgers_kind_target" CHECK (("ledgers"."kind" = 'condominium') = ("ledgers"."condominium_id" is not null))
);
--> statement-breakpoint
CREATE TABLE "sepa_mandates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"creditor_account_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"condominium_id" uuid,
	"lease_id" uuid,
	"mandate_reference" text NOT NULL,
	"sequence" "mandate_sequence" NOT NULL,
	"mode" "mandate_mode" NOT NULL,
	"debtor_name" text NOT NULL,
	"debtor_address" text NOT NULL,
	"iban" text NOT NULL,
	"bic" text,
	"signed_at" timestamp with time zone NOT NULL,
	"signature_place" text NOT NULL,
	"signature_evidence" jsonb NOT NULL,
	"document_id" uuid,
	"status" "mandate_status" DEFAULT 'active' NOT NULL,
	"revoked_at" timestamp with time zone,
	"last_collected_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sms_challenges" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"purpose" "sms_challenge_purpose" NOT NULL,
	"subject_hash" text NOT NULL,
	"payload" jsonb NOT NULL,
	"code_hash" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"send_count" integer DEFAULT 1 NOT NULL,
	"last_sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"confirmed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "bank_accounts" ADD CONSTRAINT "bank_accounts_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bank_accounts" ADD CONSTRAINT "bank_accounts_ledger_id_ledgers_id_fk" FOREIGN KEY ("ledger_id") REFERENCES "public"."ledgers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bank_statement_imports" ADD CONSTRAINT "bank_statement_imports_bank_account_id_bank_accounts_id_fk" FOREIGN KEY ("bank_account_id") REFERENCES "public"."bank_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bank_statement_imports" ADD CONSTRAINT "bank_statement_imports_stored_file_id_stored_files_id_fk" FOREIGN KEY ("stored_file_id") REFERENCES "public"."stored_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bank_statement_imports" ADD CONSTRAINT "bank_statement_imports_imported_by_staff_id_staff_members_id_fk" FOREIGN KEY ("imported_by_staff_id") REFERENCES "public"."staff_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bank_transactions" ADD CONSTRAINT "bank_transactions_import_id_bank_statement_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."bank_statement_imports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bank_transactions" ADD CONSTRAINT "bank_transactions_bank_account_id_bank_accounts_id_fk" FOREIGN KEY ("bank_account_id") REFERENCES "public"."bank_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bank_transactions" ADD CONSTRAINT "bank_transactions_matched_person_id_persons_id_fk" FOREIGN KEY ("matched_person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bank_transactions" ADD CONSTRAINT "bank_transactions_entry_id_ledger_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."ledger_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_lines" ADD CONSTRAINT "budget_lines_budget_id_budgets_id_fk" FOREIGN KEY ("budget_id") REFERENCES "public"."budgets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_lines" ADD CONSTRAINT "budget_lines_allocation_key_id_allocation_keys_id_fk" FOREIGN KEY ("allocation_key_id") REFERENCES "public"."allocation_keys"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budgets" ADD CONSTRAINT "budgets_condominium_id_condominiums_id_fk" FOREIGN KEY ("condominium_id") REFERENCES "public"."condominiums"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budgets" ADD CONSTRAINT "budgets_created_by_staff_id_staff_members_id_fk" FOREIGN KEY ("created_by_staff_id") REFERENCES "public"."staff_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "collection_runs" ADD CONSTRAINT "collection_runs_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "collection_runs" ADD CONSTRAINT "collection_runs_creditor_account_id_bank_accounts_id_fk" FOREIGN KEY ("creditor_account_id") REFERENCES "public"."bank_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "collection_runs" ADD CONSTRAINT "collection_runs_bank_file_id_stored_files_id_fk" FOREIGN KEY ("bank_file_id") REFERENCES "public"."stored_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "collection_runs" ADD CONSTRAINT "collection_runs_created_by_staff_id_staff_members_id_fk" FOREIGN KEY ("created_by_staff_id") REFERENCES "public"."staff_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "direct_debits" ADD CONSTRAINT "direct_debits_mandate_id_sepa_mandates_id_fk" FOREIGN KEY ("mandate_id") REFERENCES "public"."sepa_mandates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "direct_debits" ADD CONSTRAINT "direct_debits_collection_run_id_collection_runs_id_fk" FOREIGN KEY ("collection_run_id") REFERENCES "public"."collection_runs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funds_call_lines" ADD CONSTRAINT "funds_call_lines_funds_call_id_funds_calls_id_fk" FOREIGN KEY ("funds_call_id") REFERENCES "public"."funds_calls"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funds_call_lines" ADD CONSTRAINT "funds_call_lines_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funds_call_lines" ADD CONSTRAINT "funds_call_lines_lot_id_lots_id_fk" FOREIGN KEY ("lot_id") REFERENCES "public"."lots"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funds_call_lines" ADD CONSTRAINT "funds_call_lines_allocation_key_id_allocation_keys_id_fk" FOREIGN KEY ("allocation_key_id") REFERENCES "public"."allocation_keys"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funds_call_notices" ADD CONSTRAINT "funds_call_notices_funds_call_id_funds_calls_id_fk" FOREIGN KEY ("funds_call_id") REFERENCES "public"."funds_calls"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funds_call_notices" ADD CONSTRAINT "funds_call_notices_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funds_call_notices" ADD CONSTRAINT "funds_call_notices_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funds_calls" ADD CONSTRAINT "funds_calls_condominium_id_condominiums_id_fk" FOREIGN KEY ("condominium_id") REFERENCES "public"."condominiums"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funds_calls" ADD CONSTRAINT "funds_calls_budget_id_budgets_id_fk" FOREIGN KEY ("budget_id") REFERENCES "public"."budgets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funds_calls" ADD CONSTRAINT "funds_calls_issued_by_staff_id_staff_members_id_fk" FOREIGN KEY ("issued_by_staff_id") REFERENCES "public"."staff_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "landlord_statements" ADD CONSTRAINT "landlord_statements_mandate_id_management_mandates_id_fk" FOREIGN KEY ("mandate_id") REFERENCES "public"."management_mandates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "landlord_statements" ADD CONSTRAINT "landlord_statements_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_ledger_id_ledgers_id_fk" FOREIGN KEY ("ledger_id") REFERENCES "public"."ledgers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_lines" ADD CONSTRAINT "ledger_lines_entry_id_ledger_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."ledger_entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_lines" ADD CONSTRAINT "ledger_lines_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_lines" ADD CONSTRAINT "ledger_lines_lot_id_lots_id_fk" FOREIGN KEY ("lot_id") REFERENCES "public"."lots"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_lines" ADD CONSTRAINT "ledger_lines_lease_id_leases_id_fk" FOREIGN KEY ("lease_id") REFERENCES "public"."leases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_lines" ADD CONSTRAINT "ledger_lines_managed_unit_id_managed_units_id_fk" FOREIGN KEY ("managed_unit_id") REFERENCES "public"."managed_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledgers" ADD CONSTRAINT "ledgers_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledgers" ADD CONSTRAINT "ledgers_condominium_id_condominiums_id_fk" FOREIGN KEY ("condominium_id") REFERENCES "public"."condominiums"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sepa_mandates" ADD CONSTRAINT "sepa_mandates_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sepa_mandates" ADD CONSTRAINT "sepa_mandates_creditor_account_id_bank_accounts_id_fk" FOREIGN KEY ("creditor_account_id") REFERENCES "public"."bank_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sepa_mandates" ADD CONSTRAINT "sepa_mandates_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sepa_mandates" ADD CONSTRAINT "sepa_mandates_condominium_id_condominiums_id_fk" FOREIGN KEY ("condominium_id") REFERENCES "public"."condominiums"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sepa_mandates" ADD CONSTRAINT "sepa_mandates_lease_id_leases_id_fk" FOREIGN KEY ("lease_id") REFERENCES "public"."leases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sepa_mandates" ADD CONSTRAINT "sepa_mandates_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sms_challenges" ADD CONSTRAINT "sms_challenges_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "bank_accounts_ledger_key" ON "bank_accounts" USING btree ("ledger_id");--> statement-breakpoint
CREATE UNIQUE INDEX "bank_transactions_external_key" ON "bank_transactions" USING btree ("bank_account_id","external_id");--> statement-breakpoint
CREATE INDEX "budget_lines_budget_idx" ON "budget_lines" USING btree ("budget_id");--> statement-breakpoint
CREATE UNIQUE INDEX "budgets_condominium_year_key" ON "budgets" USING btree ("condominium_id","fiscal_year");--> statement-breakpoint
CREATE UNIQUE INDEX "collection_runs_message_key" ON "collection_runs" USING btree ("message_id");--> statement-breakpoint
CREATE UNIQUE INDEX "direct_debits_end_to_end_key" ON "direct_debits" USING btree ("end_to_end_id");--> statement-breakpoint
CREATE INDEX "direct_debits_mandate_idx" ON "direct_debits" USING btree ("mandate_id");--> statement-breakpoint
CREATE INDEX "funds_call_lines_call_idx" ON "funds_call_lines" USING btree ("funds_call_id","person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "funds_call_notices_person_key" ON "funds_call_notices" USING btree ("funds_call_id","person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "funds_calls_quarter_key" ON "funds_calls" USING btree ("condominium_id","fiscal_year","quarter");--> statement-breakpoint
CREATE UNIQUE INDEX "landlord_statements_period_key" ON "landlord_statements" USING btree ("mandate_id","period_start","period_end");--> statement-breakpoint
CREATE UNIQUE INDEX "ledger_entries_external_key" ON "ledger_entries" USING btree ("ledger_id","source","external_id");--> statement-breakpoint
CREATE INDEX "ledger_entries_date_idx" ON "ledger_entries" USING btree ("ledger_id","entry_date");--> statement-breakpoint
CREATE INDEX "ledger_lines_entry_idx" ON "ledger_lines" USING btree ("entry_id");--> statement-breakpoint
CREATE INDEX "ledger_lines_person_idx" ON "ledger_lines" USING btree ("person_id","account_code");--> statement-breakpoint
CREATE INDEX "ledger_lines_account_idx" ON "ledger_lines" USING btree ("account_code");--> statement-breakpoint
CREATE UNIQUE INDEX "ledgers_condominium_key" ON "ledgers" USING btree ("condominium_id");--> statement-breakpoint
CREATE UNIQUE INDEX "sepa_mandates_reference_key" ON "sepa_mandates" USING btree ("creditor_account_id","mandate_reference");--> statement-breakpoint
CREATE INDEX "sepa_mandates_person_idx" ON "sepa_mandates" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "sms_challenges_account_idx" ON "sms_challenges" USING btree ("account_id","created_at");--> statement-breakpoint
-- Double entry: every entry's lines add up (debit = credit) when its transaction commits. Deferred, so an
-- entry and its lines can be written in any order within one transaction; nothing unbalanced is ever stored.
CREATE FUNCTION "ledger_entry_is_balanced"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  checked_entry uuid := coalesce(NEW."entry_id", OLD."entry_id");
  difference bigint;
  line_count integer;
BEGIN
  SELECT coalesce(sum("debit_cents"::bigint - "credit_cents"::bigint), 0), count(*)
    INTO difference, line_count
    FROM "ledger_lines" WHERE "entry_id" = checked_entry;
  IF line_count > 0 AND difference <> 0 THEN
    RAISE EXCEPTION 'ledger entry % is not balanced (debit - credit = % cents)', checked_entry, difference
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "ledger_lines_balanced" AFTER INSERT OR UPDATE OR DELETE ON "ledger_lines"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "ledger_entry_is_balanced"();
