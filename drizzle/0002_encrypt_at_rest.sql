ALTER TABLE "users" DROP CONSTRAINT "users_email_unique";--> statement-breakpoint
ALTER TABLE "emotion_logs" ALTER COLUMN "face_features" SET DATA TYPE text;--> statement-breakpoint
ALTER TABLE "emotion_logs" ALTER COLUMN "voice_features" SET DATA TYPE text;--> statement-breakpoint
ALTER TABLE "emotion_logs" ALTER COLUMN "text_keywords" SET DATA TYPE text;--> statement-breakpoint
ALTER TABLE "journal_entries" ALTER COLUMN "tags" SET DATA TYPE text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "data_key" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "email_index" text;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_email_index_unique" UNIQUE("email_index");