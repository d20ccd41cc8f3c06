ALTER TABLE "account_tokens" ADD COLUMN "sms_code_hash" text;--> statement-breakpoint
ALTER TABLE "account_tokens" ADD COLUMN "sms_code_attempts" integer DEFAULT 0 NOT NULL;