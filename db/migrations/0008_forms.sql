CREATE SEQUENCE "public"."form_item_number_seq" INCREMENT BY 1 MINVALUE 100001 MAXVALUE 9223372036854775807 START WITH 100001 CACHE 1;--> statement-breakpoint
CREATE TABLE "form_definitions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"version" integer NOT NULL,
	"service_slug" text NOT NULL,
	"definition" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "form_definitions_slug_version_key" UNIQUE("slug","version")
);
--> statement-breakpoint
CREATE TABLE "form_drafts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"definition_id" uuid NOT NULL,
	"form_slug" text NOT NULL,
	"owner_person_id" uuid,
	"owner_organisation_id" uuid,
	"created_by_person_id" uuid,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"current_page" integer DEFAULT 0 NOT NULL,
	"visited_pages" integer DEFAULT 1 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_at" timestamp with time zone,
	CONSTRAINT "form_drafts_one_owner" CHECK (("form_drafts"."owner_person_id" is null) <> ("form_drafts"."owner_organisation_id" is null))
);
--> statement-breakpoint
CREATE TABLE "form_submissions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"item_number" bigint DEFAULT nextval('form_item_number_seq') NOT NULL,
	"draft_id" uuid NOT NULL,
	"definition_id" uuid NOT NULL,
	"form_slug" text NOT NULL,
	"service_slug" text NOT NULL,
	"owner_person_id" uuid,
	"owner_organisation_id" uuid,
	"sent_by_person_id" uuid,
	"answers" jsonb NOT NULL,
	"locale" text NOT NULL,
	"saved_to_folder" boolean NOT NULL,
	"status" text DEFAULT 'sent' NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "form_submissions_item_number_unique" UNIQUE("item_number"),
	CONSTRAINT "form_submissions_draft_id_unique" UNIQUE("draft_id"),
	CONSTRAINT "form_submissions_one_owner" CHECK (("form_submissions"."owner_person_id" is null) <> ("form_submissions"."owner_organisation_id" is null))
);
--> statement-breakpoint
CREATE TABLE "submission_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"submission_id" uuid NOT NULL,
	"type" text NOT NULL,
	"status" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "form_drafts" ADD CONSTRAINT "form_drafts_definition_id_form_definitions_id_fk" FOREIGN KEY ("definition_id") REFERENCES "public"."form_definitions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "form_drafts" ADD CONSTRAINT "form_drafts_owner_person_id_persons_id_fk" FOREIGN KEY ("owner_person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "form_drafts" ADD CONSTRAINT "form_drafts_owner_organisation_id_organisations_id_fk" FOREIGN KEY ("owner_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "form_drafts" ADD CONSTRAINT "form_drafts_created_by_person_id_persons_id_fk" FOREIGN KEY ("created_by_person_id") REFERENCES "public"."persons"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "form_submissions" ADD CONSTRAINT "form_submissions_draft_id_form_drafts_id_fk" FOREIGN KEY ("draft_id") REFERENCES "public"."form_drafts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "form_submissions" ADD CONSTRAINT "form_submissions_definition_id_form_definitions_id_fk" FOREIGN KEY ("definition_id") REFERENCES "public"."form_definitions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "form_submissions" ADD CONSTRAINT "form_submissions_owner_person_id_persons_id_fk" FOREIGN KEY ("owner_person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "form_submissions" ADD CONSTRAINT "form_submissions_owner_organisation_id_organisations_id_fk" FOREIGN KEY ("owner_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "form_submissions" ADD CONSTRAINT "form_submissions_sent_by_person_id_persons_id_fk" FOREIGN KEY ("sent_by_person_id") REFERENCES "public"."persons"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submission_events" ADD CONSTRAINT "submission_events_submission_id_form_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."form_submissions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "form_drafts_owner_person_idx" ON "form_drafts" USING btree ("owner_person_id","form_slug");--> statement-breakpoint
CREATE INDEX "form_drafts_owner_organisation_idx" ON "form_drafts" USING btree ("owner_organisation_id","form_slug");--> statement-breakpoint
CREATE INDEX "form_submissions_owner_person_idx" ON "form_submissions" USING btree ("owner_person_id","sent_at");--> statement-breakpoint
CREATE INDEX "form_submissions_owner_organisation_idx" ON "form_submissions" USING btree ("owner_organisation_id","sent_at");--> statement-breakpoint
CREATE INDEX "form_submissions_service_idx" ON "form_submissions" USING btree ("service_slug","sent_at");--> statement-breakpoint
CREATE INDEX "submission_events_submission_idx" ON "submission_events" USING btree ("submission_id","at");