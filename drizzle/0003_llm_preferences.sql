ALTER TABLE "preferences" ADD COLUMN "llm_enabled" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "preferences" ADD COLUMN "crisis_region" text;