ALTER TABLE "form_drafts" DROP CONSTRAINT "form_drafts_owner_person_id_persons_id_fk";
--> statement-breakpoint
ALTER TABLE "form_submissions" DROP CONSTRAINT "form_submissions_owner_person_id_persons_id_fk";
--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "profile_deleted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "form_drafts" ADD CONSTRAINT "form_drafts_owner_person_id_persons_id_fk" FOREIGN KEY ("owner_person_id") REFERENCES "public"."persons"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "form_submissions" ADD CONSTRAINT "form_submissions_owner_person_id_persons_id_fk" FOREIGN KEY ("owner_person_id") REFERENCES "public"."persons"("id") ON DELETE restrict ON UPDATE no action;