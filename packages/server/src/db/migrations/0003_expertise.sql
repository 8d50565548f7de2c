CREATE TABLE "expertise_findings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"run_id" uuid NOT NULL,
	"entry_id" uuid NOT NULL,
	"lineage_id" uuid NOT NULL,
	"origin" text NOT NULL,
	"code" text NOT NULL,
	"start" integer NOT NULL,
	"end" integer NOT NULL,
	"unit" text NOT NULL,
	"trigger" text NOT NULL,
	"quote" text NOT NULL,
	"match_key" text NOT NULL,
	"explanation" text NOT NULL,
	"suggestion" text,
	"score" real,
	"rule" text,
	"decision" text DEFAULT 'pending' NOT NULL,
	"decision_comment" text,
	"expert_suggestion" text,
	"decided_by" uuid,
	"decided_by_name" text,
	"decided_at" timestamp with time zone,
	"carried_from_version" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "expertise_incoming" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"entry_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"received_on" date NOT NULL,
	"author" text NOT NULL,
	"accreditation" text,
	"doc_number" text,
	"doc_date" date,
	"factor_codes" jsonb NOT NULL,
	"summary" text NOT NULL,
	"has_proposals" boolean DEFAULT true NOT NULL,
	"due_date" date NOT NULL,
	"due_basis" text NOT NULL,
	"due_explanation" text NOT NULL,
	"answered_on" date,
	"answer_number" text,
	"result" text,
	"answer_summary" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "expertise_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"entry_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"source" text NOT NULL,
	"file_name" text,
	"attachment_id" uuid,
	"text" text NOT NULL,
	"text_sha256" text NOT NULL,
	"scanned_by" uuid,
	"scanned_by_name" text NOT NULL,
	"scanned_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "expertise_findings" ADD CONSTRAINT "expertise_findings_run_id_expertise_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."expertise_runs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expertise_incoming" ADD CONSTRAINT "expertise_incoming_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expertise_incoming" ADD CONSTRAINT "expertise_incoming_entry_id_journal_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."journal_entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expertise_runs" ADD CONSTRAINT "expertise_runs_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expertise_runs" ADD CONSTRAINT "expertise_runs_entry_id_journal_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."journal_entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expertise_runs" ADD CONSTRAINT "expertise_runs_attachment_id_journal_attachments_id_fk" FOREIGN KEY ("attachment_id") REFERENCES "public"."journal_attachments"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "expertise_findings_run_idx" ON "expertise_findings" USING btree ("run_id","start");--> statement-breakpoint
CREATE INDEX "expertise_findings_entry_idx" ON "expertise_findings" USING btree ("entry_id","lineage_id");--> statement-breakpoint
CREATE INDEX "expertise_findings_org_idx" ON "expertise_findings" USING btree ("org_id","created_at");--> statement-breakpoint
CREATE INDEX "expertise_incoming_entry_idx" ON "expertise_incoming" USING btree ("entry_id");--> statement-breakpoint
CREATE INDEX "expertise_incoming_due_idx" ON "expertise_incoming" USING btree ("org_id","due_date");--> statement-breakpoint
CREATE UNIQUE INDEX "expertise_runs_version_uq" ON "expertise_runs" USING btree ("entry_id","version");--> statement-breakpoint
CREATE INDEX "expertise_runs_org_idx" ON "expertise_runs" USING btree ("org_id","scanned_at");