ALTER TABLE "services" DROP COLUMN "name";--> statement-breakpoint
ALTER TABLE "services" DROP COLUMN "summary";