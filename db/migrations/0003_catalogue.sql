-- Trigrams for the catalogue's typo-tolerant search (a trusted extension: the database owner may create it).
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE TABLE "staff_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"subject" text NOT NULL,
	"first_names" text NOT NULL,
	"last_name" text NOT NULL,
	"email" text NOT NULL,
	"role" text NOT NULL,
	"division_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_login_at" timestamp with time zone,
	CONSTRAINT "staff_members_subject_unique" UNIQUE("subject")
);
--> statement-breakpoint
CREATE TABLE "service_revisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid NOT NULL,
	"action" text NOT NULL,
	"content" jsonb NOT NULL,
	"saved_by" uuid,
	"saved_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_search" (
	"service_id" uuid NOT NULL,
	"locale" text NOT NULL,
	"sort_key" text NOT NULL,
	"document" "tsvector" NOT NULL,
	"terms" text NOT NULL,
	"topics" text[] NOT NULL,
	"target_groups" text[] NOT NULL,
	"resident_groups" text[] NOT NULL,
	CONSTRAINT "service_search_service_id_locale_pk" PRIMARY KEY("service_id","locale")
);
--> statement-breakpoint
ALTER TABLE "services" ALTER COLUMN "name" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "services" ALTER COLUMN "summary" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "services" ADD COLUMN "status" text DEFAULT 'draft' NOT NULL;--> statement-breakpoint
ALTER TABLE "services" ADD COLUMN "published" jsonb;--> statement-breakpoint
ALTER TABLE "services" ADD COLUMN "published_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "services" ADD COLUMN "updated_by" uuid;--> statement-breakpoint
ALTER TABLE "services" ADD COLUMN "draft" jsonb;--> statement-breakpoint
-- Services listed before descriptions had more than a name and a summary stay listed, with the rest empty.
UPDATE "services" SET
	"draft" = jsonb_build_object(
		'name', "name", 'summary', "summary", 'synonyms', '{"fi":[],"sv":[],"en":[]}'::jsonb,
		'description', '{"fi":"","sv":"","en":""}'::jsonb, 'process', '{"fi":"","sv":"","en":""}'::jsonb, 'processingTime', '{"fi":"","sv":"","en":""}'::jsonb, 'validity', '{"fi":"","sv":"","en":""}'::jsonb,
		'costs', '{"fi":"","sv":"","en":""}'::jsonb, 'moreInformation', '{"fi":"","sv":"","en":""}'::jsonb, 'contact', '{"fi":"","sv":"","en":""}'::jsonb, 'prerequisites', '{"fi":"","sv":"","en":""}'::jsonb,
		'availableLanguages', '["fi","sv","en"]'::jsonb, 'topics', '["city-administration"]'::jsonb,
		'targetGroups', '["personal-customers"]'::jsonb, 'residentGroups', '[]'::jsonb,
		'division', coalesce((SELECT "slug" FROM "divisions" WHERE "divisions"."id" = "services"."division_id"), ''),
		'eService', jsonb_build_object('kind', 'external', 'url', jsonb_build_object('fi', 'https://www.hel.fi/', 'sv', 'https://www.hel.fi/sv', 'en', 'https://www.hel.fi/en')),
		'requiresStrongIdentification', true, 'savedToFolder', true, 'decidedElectronically', false,
		'alternatives', '{"printableForms":[],"telephone":null,"visitingAddress":null,"email":null}'::jsonb),
	"status" = 'published';--> statement-breakpoint
UPDATE "services" SET "published" = "draft", "published_at" = now();--> statement-breakpoint
ALTER TABLE "services" ALTER COLUMN "draft" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "staff_members" ADD CONSTRAINT "staff_members_division_id_divisions_id_fk" FOREIGN KEY ("division_id") REFERENCES "public"."divisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_revisions" ADD CONSTRAINT "service_revisions_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_revisions" ADD CONSTRAINT "service_revisions_saved_by_staff_members_id_fk" FOREIGN KEY ("saved_by") REFERENCES "public"."staff_members"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_search" ADD CONSTRAINT "service_search_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "service_revisions_service_idx" ON "service_revisions" USING btree ("service_id","saved_at");--> statement-breakpoint
CREATE INDEX "service_search_document_idx" ON "service_search" USING gin ("document");--> statement-breakpoint
CREATE INDEX "service_search_terms_idx" ON "service_search" USING gin ("terms" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "service_search_locale_name_idx" ON "service_search" USING btree ("locale","sort_key");--> statement-breakpoint
ALTER TABLE "services" ADD CONSTRAINT "services_updated_by_staff_members_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."staff_members"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "services_status_idx" ON "services" USING btree ("status");