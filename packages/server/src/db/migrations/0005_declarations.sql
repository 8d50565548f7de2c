CREATE TABLE "declaration_campaigns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"reporting_year" integer NOT NULL,
	"deadline" date NOT NULL,
	"deadline_explanation" text NOT NULL,
	"clarify_deadline" date NOT NULL,
	"clarify_explanation" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"published_at" timestamp with time zone,
	"publication_note" text,
	"last_analysed_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "declaration_findings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"campaign_id" uuid NOT NULL,
	"family_key" text NOT NULL,
	"employee_id" uuid,
	"fingerprint" text NOT NULL,
	"rule_code" text NOT NULL,
	"title" text NOT NULL,
	"basis" text NOT NULL,
	"severity" text NOT NULL,
	"person_role" text NOT NULL,
	"person_name" text,
	"message" text NOT NULL,
	"evidence" jsonb NOT NULL,
	"status" text DEFAULT 'new' NOT NULL,
	"decision_note" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"is_current" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "declaration_obligations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"campaign_id" uuid NOT NULL,
	"employee_id" uuid NOT NULL,
	"employee_org_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"relative_id" uuid,
	"role" text NOT NULL,
	"declarant_kind" text NOT NULL,
	"last_name" text NOT NULL,
	"first_name" text NOT NULL,
	"middle_name" text,
	"birth_date" date,
	"subdivision_id" uuid,
	"subdivision_name" text,
	"position_title" text,
	"source" text NOT NULL,
	"add_reason" text,
	"excluded_at" timestamp with time zone,
	"exclusion_reason" text,
	"excluded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "declaration_packages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"campaign_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"sha256" text NOT NULL,
	"content_hash" text NOT NULL,
	"size" integer NOT NULL,
	"format" text NOT NULL,
	"encoding" text NOT NULL,
	"program" text,
	"is_clarifying" boolean NOT NULL,
	"content" "bytea" NOT NULL,
	"employee_id" uuid,
	"received_on" date NOT NULL,
	"warnings" jsonb NOT NULL,
	"imported_by" uuid,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "declaration_schedule" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"campaign_id" uuid NOT NULL,
	"subdivision_id" uuid NOT NULL,
	"due_date" date NOT NULL,
	"place" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "declaration_settings" (
	"org_id" uuid PRIMARY KEY NOT NULL,
	"publication_enabled" boolean DEFAULT false NOT NULL,
	"publication_note" text,
	"sample_share_percent" integer DEFAULT 10 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
CREATE TABLE "declaration_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"declaration_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"package_id" uuid,
	"source" text NOT NULL,
	"is_clarifying" boolean NOT NULL,
	"received_on" date NOT NULL,
	"data" jsonb NOT NULL,
	"diff" jsonb NOT NULL,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "declarations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"campaign_id" uuid NOT NULL,
	"family_key" text NOT NULL,
	"person_key" text NOT NULL,
	"employee_id" uuid,
	"obligation_id" uuid,
	"role" text NOT NULL,
	"last_name" text,
	"first_name" text,
	"middle_name" text,
	"birth_date" date,
	"match_status" text NOT NULL,
	"match_notes" jsonb NOT NULL,
	"current_version" integer NOT NULL,
	"income_total" numeric(16, 2),
	"received_on" date NOT NULL,
	"clarified_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "declaration_campaigns" ADD CONSTRAINT "declaration_campaigns_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "declaration_findings" ADD CONSTRAINT "declaration_findings_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "declaration_findings" ADD CONSTRAINT "declaration_findings_campaign_id_declaration_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."declaration_campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "declaration_obligations" ADD CONSTRAINT "declaration_obligations_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "declaration_obligations" ADD CONSTRAINT "declaration_obligations_campaign_id_declaration_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."declaration_campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "declaration_packages" ADD CONSTRAINT "declaration_packages_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "declaration_packages" ADD CONSTRAINT "declaration_packages_campaign_id_declaration_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."declaration_campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "declaration_schedule" ADD CONSTRAINT "declaration_schedule_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "declaration_schedule" ADD CONSTRAINT "declaration_schedule_campaign_id_declaration_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."declaration_campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "declaration_settings" ADD CONSTRAINT "declaration_settings_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "declaration_versions" ADD CONSTRAINT "declaration_versions_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "declaration_versions" ADD CONSTRAINT "declaration_versions_declaration_id_declarations_id_fk" FOREIGN KEY ("declaration_id") REFERENCES "public"."declarations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "declarations" ADD CONSTRAINT "declarations_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "declarations" ADD CONSTRAINT "declarations_campaign_id_declaration_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."declaration_campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "declaration_campaigns_org_year_uq" ON "declaration_campaigns" USING btree ("org_id","reporting_year");--> statement-breakpoint
CREATE UNIQUE INDEX "declaration_findings_uq" ON "declaration_findings" USING btree ("campaign_id","family_key","fingerprint");--> statement-breakpoint
CREATE INDEX "declaration_findings_list_idx" ON "declaration_findings" USING btree ("campaign_id","is_current","severity");--> statement-breakpoint
CREATE UNIQUE INDEX "declaration_obligations_person_uq" ON "declaration_obligations" USING btree ("campaign_id","employee_id","person_id");--> statement-breakpoint
CREATE INDEX "declaration_obligations_campaign_idx" ON "declaration_obligations" USING btree ("campaign_id","role");--> statement-breakpoint
CREATE INDEX "declaration_obligations_employee_idx" ON "declaration_obligations" USING btree ("employee_id");--> statement-breakpoint
CREATE UNIQUE INDEX "declaration_packages_content_uq" ON "declaration_packages" USING btree ("org_id","content_hash");--> statement-breakpoint
CREATE INDEX "declaration_packages_campaign_idx" ON "declaration_packages" USING btree ("campaign_id");--> statement-breakpoint
CREATE UNIQUE INDEX "declaration_schedule_sub_uq" ON "declaration_schedule" USING btree ("campaign_id","subdivision_id");--> statement-breakpoint
CREATE UNIQUE INDEX "declaration_versions_uq" ON "declaration_versions" USING btree ("declaration_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "declarations_person_uq" ON "declarations" USING btree ("campaign_id","family_key","person_key");--> statement-breakpoint
CREATE INDEX "declarations_obligation_idx" ON "declarations" USING btree ("obligation_id");--> statement-breakpoint
CREATE INDEX "declarations_employee_idx" ON "declarations" USING btree ("employee_id");