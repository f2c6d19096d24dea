ALTER TABLE "persons" ADD COLUMN "street_address" text;--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "postal_code" text;--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "post_office" text;