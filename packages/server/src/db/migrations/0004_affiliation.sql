CREATE TABLE "affiliation_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"file_name" text NOT NULL,
	"sha256" text NOT NULL,
	"row_count" integer NOT NULL,
	"created" integer NOT NULL,
	"updated" integer NOT NULL,
	"unchanged" integer NOT NULL,
	"removed" integer DEFAULT 0 NOT NULL,
	"imported_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "affiliation_link_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"link_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"comment" text,
	"case_ref" text,
	"score" real,
	"run_id" uuid,
	"actor_id" uuid,
	"actor_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "affiliation_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"employee_id" uuid NOT NULL,
	"relation" text NOT NULL,
	"relative_id" uuid,
	"counterparty_id" uuid NOT NULL,
	"score" real NOT NULL,
	"basis" text NOT NULL,
	"summary" text NOT NULL,
	"evidence" jsonb NOT NULL,
	"evidence_key" text NOT NULL,
	"status" text DEFAULT 'new' NOT NULL,
	"comment" text,
	"case_ref" text,
	"decided_by" uuid,
	"decided_by_name" text,
	"decided_at" timestamp with time zone,
	"is_current" boolean DEFAULT true NOT NULL,
	"first_run_id" uuid NOT NULL,
	"last_run_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "affiliation_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"trigger" text NOT NULL,
	"params" jsonb NOT NULL,
	"staff_count" integer NOT NULL,
	"counterparty_count" integer NOT NULL,
	"link_count" integer NOT NULL,
	"new_count" integer NOT NULL,
	"reopened_count" integer NOT NULL,
	"duration_ms" integer NOT NULL,
	"started_by" uuid,
	"started_by_name" text,
	"started_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "affiliation_candidate_checks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"last_name" text NOT NULL,
	"first_name" text NOT NULL,
	"middle_name" text,
	"birth_date" date,
	"inn" text,
	"phones" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"emails" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"addresses" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"position" text,
	"note" text,
	"outcome" text NOT NULL,
	"result" jsonb NOT NULL,
	"register_size" integer NOT NULL,
	"counterparty_count" integer NOT NULL,
	"checked_by" uuid,
	"checked_by_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "affiliation_counterparties" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"external_id" text NOT NULL,
	"source" text NOT NULL,
	"company_inn" text,
	"company_name" text,
	"role" text,
	"last_name" text,
	"first_name" text,
	"middle_name" text,
	"birth_date" date,
	"inn" text,
	"phones" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"emails" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"addresses" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"content_hash" text NOT NULL,
	"import_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "loss_of_trust_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"entry_key" text NOT NULL,
	"last_name" text NOT NULL,
	"first_name" text NOT NULL,
	"middle_name" text,
	"birth_date" date,
	"organisation" text NOT NULL,
	"position" text,
	"violation" text,
	"act_date" date,
	"act_number" text,
	"included_on" date,
	"import_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "affiliation_imports" ADD CONSTRAINT "affiliation_imports_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliation_link_events" ADD CONSTRAINT "affiliation_link_events_link_id_affiliation_links_id_fk" FOREIGN KEY ("link_id") REFERENCES "public"."affiliation_links"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliation_links" ADD CONSTRAINT "affiliation_links_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliation_links" ADD CONSTRAINT "affiliation_links_counterparty_id_affiliation_counterparties_id_fk" FOREIGN KEY ("counterparty_id") REFERENCES "public"."affiliation_counterparties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliation_runs" ADD CONSTRAINT "affiliation_runs_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliation_candidate_checks" ADD CONSTRAINT "affiliation_candidate_checks_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliation_counterparties" ADD CONSTRAINT "affiliation_counterparties_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loss_of_trust_entries" ADD CONSTRAINT "loss_of_trust_entries_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "affiliation_imports_org_idx" ON "affiliation_imports" USING btree ("org_id","kind","created_at");--> statement-breakpoint
CREATE INDEX "affiliation_link_events_link_idx" ON "affiliation_link_events" USING btree ("link_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "affiliation_links_pair_uq" ON "affiliation_links" USING btree ("org_id","person_id","counterparty_id");--> statement-breakpoint
CREATE INDEX "affiliation_links_queue_idx" ON "affiliation_links" USING btree ("org_id","status","score");--> statement-breakpoint
CREATE INDEX "affiliation_links_employee_idx" ON "affiliation_links" USING btree ("org_id","employee_id");--> statement-breakpoint
CREATE UNIQUE INDEX "affiliation_runs_number_uq" ON "affiliation_runs" USING btree ("org_id","number");--> statement-breakpoint
CREATE INDEX "affiliation_candidate_checks_org_idx" ON "affiliation_candidate_checks" USING btree ("org_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "affiliation_counterparties_ext_uq" ON "affiliation_counterparties" USING btree ("org_id","external_id");--> statement-breakpoint
CREATE INDEX "affiliation_counterparties_company_idx" ON "affiliation_counterparties" USING btree ("org_id","company_inn");--> statement-breakpoint
CREATE UNIQUE INDEX "loss_of_trust_entries_key_uq" ON "loss_of_trust_entries" USING btree ("org_id","entry_key");--> statement-breakpoint
CREATE INDEX "loss_of_trust_entries_name_idx" ON "loss_of_trust_entries" USING btree ("org_id","last_name");