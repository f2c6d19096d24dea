ALTER TABLE "sessions" DROP COLUMN "staff_role";--> statement-breakpoint
ALTER TABLE "sessions" DROP COLUMN "division_slug";