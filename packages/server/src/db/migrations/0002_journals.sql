CREATE TABLE "journal_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"entry_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"mime_type" text NOT NULL,
	"size" bigint NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" uuid,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "journal_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"entry_id" uuid NOT NULL,
	"author_id" uuid,
	"author_name" text NOT NULL,
	"text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "journal_counters" (
	"org_id" uuid NOT NULL,
	"journal_code" text NOT NULL,
	"year" integer NOT NULL,
	"last_number" integer NOT NULL,
	CONSTRAINT "journal_counters_org_id_journal_code_year_pk" PRIMARY KEY("org_id","journal_code","year")
);
--> statement-breakpoint
CREATE TABLE "journal_deadlines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"entry_id" uuid NOT NULL,
	"journal_code" text NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"due_date" date NOT NULL,
	"basis" text NOT NULL,
	"explanation" text NOT NULL,
	"met_at" timestamp with time zone,
	"is_late" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "journal_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"journal_code" text NOT NULL,
	"year" integer NOT NULL,
	"number" integer NOT NULL,
	"reg_number" text NOT NULL,
	"registered_at" timestamp with time zone NOT NULL,
	"registered_on" date NOT NULL,
	"period_date" date NOT NULL,
	"status" text NOT NULL,
	"employee_id" uuid,
	"party" text,
	"subdivision_id" uuid,
	"subject_name" text,
	"responsible_user_id" uuid,
	"data" jsonb NOT NULL,
	"search" "tsvector",
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "journal_settings" (
	"org_id" uuid NOT NULL,
	"journal_code" text NOT NULL,
	"deadline_overrides" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"extra_fields" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "journal_settings_org_id_journal_code_pk" PRIMARY KEY("org_id","journal_code")
);
--> statement-breakpoint
ALTER TABLE "journal_attachments" ADD CONSTRAINT "journal_attachments_entry_id_journal_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."journal_entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journal_comments" ADD CONSTRAINT "journal_comments_entry_id_journal_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."journal_entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journal_deadlines" ADD CONSTRAINT "journal_deadlines_entry_id_journal_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."journal_entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journal_entries" ADD CONSTRAINT "journal_entries_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "journal_attachments_entry_idx" ON "journal_attachments" USING btree ("entry_id");--> statement-breakpoint
CREATE INDEX "journal_comments_entry_idx" ON "journal_comments" USING btree ("entry_id");--> statement-breakpoint
CREATE INDEX "journal_deadlines_due_idx" ON "journal_deadlines" USING btree ("org_id","due_date");--> statement-breakpoint
CREATE UNIQUE INDEX "journal_deadlines_entry_code_uq" ON "journal_deadlines" USING btree ("entry_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "journal_entries_number_uq" ON "journal_entries" USING btree ("org_id","journal_code","year","number");--> statement-breakpoint
CREATE INDEX "journal_entries_list_idx" ON "journal_entries" USING btree ("org_id","journal_code","period_date");--> statement-breakpoint
CREATE INDEX "journal_entries_status_idx" ON "journal_entries" USING btree ("org_id","journal_code","status");--> statement-breakpoint
CREATE INDEX "journal_entries_employee_idx" ON "journal_entries" USING btree ("employee_id");--> statement-breakpoint
CREATE INDEX "journal_entries_search_idx" ON "journal_entries" USING gin ("search");