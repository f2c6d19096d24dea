ALTER TABLE "notices" ADD COLUMN "link_url" jsonb;--> statement-breakpoint
ALTER TABLE "notices" ADD COLUMN "link_text" jsonb;--> statement-breakpoint
ALTER TABLE "notices" ADD COLUMN "updated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "notices" ADD COLUMN "updated_by" uuid;--> statement-breakpoint
ALTER TABLE "notices" ADD CONSTRAINT "notices_updated_by_staff_members_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."staff_members"("id") ON DELETE set null ON UPDATE no action;