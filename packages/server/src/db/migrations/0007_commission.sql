CREATE TABLE "commission_agenda_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"meeting_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"outcome" text,
	"decision" text,
	"decision_text" text,
	"claims" text,
	"explanations" text,
	"speakers" text,
	"other_info" text,
	"employee_attended" boolean,
	"dissent" text,
	"law_enforcement_needed" boolean DEFAULT false NOT NULL,
	"votes_for" integer DEFAULT 0 NOT NULL,
	"votes_against" integer DEFAULT 0 NOT NULL,
	"votes_abstain" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "commission_attendance" (
	"org_id" uuid NOT NULL,
	"meeting_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	CONSTRAINT "commission_attendance_meeting_id_member_id_pk" PRIMARY KEY("meeting_id","member_id")
);
--> statement-breakpoint
CREATE TABLE "commission_cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"number" integer NOT NULL,
	"reg_number" text NOT NULL,
	"ground" text NOT NULL,
	"source_kind" text NOT NULL,
	"source_ref" text,
	"journal_entry_id" uuid,
	"employee_id" uuid,
	"subject_name" text NOT NULL,
	"received_on" date NOT NULL,
	"chair_received_on" date,
	"summary" text NOT NULL,
	"materials" text,
	"conclusion_text" text,
	"conclusion_recommendation" text,
	"conclusion_on" date,
	"requests_sent" boolean DEFAULT false NOT NULL,
	"review_extended" boolean DEFAULT false NOT NULL,
	"attend_intent" boolean,
	"is_anonymous" boolean DEFAULT false NOT NULL,
	"status" text NOT NULL,
	"meeting_set_on" date,
	"considered_on" date,
	"decision" text,
	"decision_meeting_id" uuid,
	"protocol_sent_on" date,
	"extract_sent_on" date,
	"head_response_on" date,
	"head_response_text" text,
	"law_enforcement_needed" boolean DEFAULT false NOT NULL,
	"law_enforcement_on" date,
	"law_enforcement_body" text,
	"law_enforcement_note" text,
	"closing_note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "commission_compositions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"title" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "commission_counters" (
	"org_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"year" integer NOT NULL,
	"last_number" integer NOT NULL,
	CONSTRAINT "commission_counters_org_id_kind_year_pk" PRIMARY KEY("org_id","kind","year")
);
--> statement-breakpoint
CREATE TABLE "commission_item_interests" (
	"org_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	CONSTRAINT "commission_item_interests_item_id_member_id_pk" PRIMARY KEY("item_id","member_id")
);
--> statement-breakpoint
CREATE TABLE "commission_meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"composition_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"number" integer NOT NULL,
	"meeting_date" date NOT NULL,
	"meeting_time" text,
	"place" text NOT NULL,
	"status" text NOT NULL,
	"scheduled_on" date NOT NULL,
	"notified_on" date,
	"other_attendees" text,
	"quorum" jsonb,
	"held_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "commission_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"composition_id" uuid NOT NULL,
	"role" text NOT NULL,
	"employee_id" uuid,
	"full_name" text NOT NULL,
	"position" text NOT NULL,
	"is_independent" boolean DEFAULT false NOT NULL,
	"user_id" uuid,
	"sort" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "commission_settings" (
	"org_id" uuid PRIMARY KEY NOT NULL,
	"quorum_numerator" integer DEFAULT 2 NOT NULL,
	"quorum_denominator" integer DEFAULT 3 NOT NULL,
	"block_anonymous" boolean DEFAULT true NOT NULL,
	"deadline_overrides" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "commission_votes" (
	"org_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"vote" text NOT NULL,
	CONSTRAINT "commission_votes_item_id_member_id_pk" PRIMARY KEY("item_id","member_id")
);
--> statement-breakpoint
ALTER TABLE "commission_agenda_items" ADD CONSTRAINT "commission_agenda_items_meeting_id_commission_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."commission_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commission_agenda_items" ADD CONSTRAINT "commission_agenda_items_case_id_commission_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."commission_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commission_attendance" ADD CONSTRAINT "commission_attendance_meeting_id_commission_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."commission_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commission_attendance" ADD CONSTRAINT "commission_attendance_member_id_commission_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."commission_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commission_cases" ADD CONSTRAINT "commission_cases_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commission_compositions" ADD CONSTRAINT "commission_compositions_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commission_item_interests" ADD CONSTRAINT "commission_item_interests_item_id_commission_agenda_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."commission_agenda_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commission_item_interests" ADD CONSTRAINT "commission_item_interests_member_id_commission_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."commission_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commission_meetings" ADD CONSTRAINT "commission_meetings_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commission_meetings" ADD CONSTRAINT "commission_meetings_composition_id_commission_compositions_id_fk" FOREIGN KEY ("composition_id") REFERENCES "public"."commission_compositions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commission_members" ADD CONSTRAINT "commission_members_composition_id_commission_compositions_id_fk" FOREIGN KEY ("composition_id") REFERENCES "public"."commission_compositions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commission_settings" ADD CONSTRAINT "commission_settings_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commission_votes" ADD CONSTRAINT "commission_votes_item_id_commission_agenda_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."commission_agenda_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commission_votes" ADD CONSTRAINT "commission_votes_member_id_commission_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."commission_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "commission_agenda_items_uq" ON "commission_agenda_items" USING btree ("meeting_id","case_id");--> statement-breakpoint
CREATE INDEX "commission_agenda_items_case_idx" ON "commission_agenda_items" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "commission_cases_number_uq" ON "commission_cases" USING btree ("org_id","year","number");--> statement-breakpoint
CREATE UNIQUE INDEX "commission_cases_entry_uq" ON "commission_cases" USING btree ("journal_entry_id") WHERE journal_entry_id is not null and status <> 'withdrawn';--> statement-breakpoint
CREATE INDEX "commission_cases_status_idx" ON "commission_cases" USING btree ("org_id","status");--> statement-breakpoint
CREATE INDEX "commission_cases_employee_idx" ON "commission_cases" USING btree ("employee_id");--> statement-breakpoint
CREATE INDEX "commission_compositions_org_idx" ON "commission_compositions" USING btree ("org_id","valid_from");--> statement-breakpoint
CREATE UNIQUE INDEX "commission_meetings_number_uq" ON "commission_meetings" USING btree ("org_id","year","number");--> statement-breakpoint
CREATE INDEX "commission_meetings_date_idx" ON "commission_meetings" USING btree ("org_id","meeting_date");--> statement-breakpoint
CREATE INDEX "commission_members_composition_idx" ON "commission_members" USING btree ("composition_id");