-- Feedback becomes a synced table (client ids, HLC, tombstones). No release wrote the old
-- server-only table (there was no route or sync for it), but a row that is there is kept when the
-- new schema can express it: it gets a clock value from its created_at (node "migrated", which any
-- later edit beats) and the server as its client. Its user_comment is dropped: it was plain text,
-- and SQL cannot encrypt it under the person's key.
DELETE FROM "feedback" WHERE "session_id" IS NULL
  OR "suggestion_type" IS NULL
  OR "suggestion_type" NOT IN ('box_breathing', 'grounding_54321', 'split_task', 'short_walk', 'reach_out')
  OR ("was_helpful" IS NULL AND "rating" IS NULL);--> statement-breakpoint
DROP INDEX "feedback_user_idx";--> statement-breakpoint
ALTER TABLE "feedback" ALTER COLUMN "id" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "feedback" ALTER COLUMN "created_at" SET DATA TYPE timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "feedback" ALTER COLUMN "created_at" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "feedback" ALTER COLUMN "created_at" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "emotion_logs" ADD COLUMN "face_arousal" double precision;--> statement-breakpoint
ALTER TABLE "emotion_logs" ADD COLUMN "face_valence" double precision;--> statement-breakpoint
ALTER TABLE "emotion_logs" ADD COLUMN "voice_stress" double precision;--> statement-breakpoint
ALTER TABLE "emotion_logs" ADD COLUMN "voice_tone" text;--> statement-breakpoint
ALTER TABLE "emotion_logs" ADD COLUMN "text_sentiment" double precision;--> statement-breakpoint
ALTER TABLE "emotion_logs" ADD COLUMN "text_risk_level" text;--> statement-breakpoint
ALTER TABLE "feedback" ADD COLUMN "hlc" text;--> statement-breakpoint
-- core/sync/hlc.ts: 11 base-36 digits of wall milliseconds, a 4-digit counter, the node.
UPDATE "feedback" SET "hlc" = (
  SELECT string_agg(substr('0123456789abcdefghijklmnopqrstuvwxyz',
      ((floor(extract(epoch from "created_at") * 1000)::bigint / power(36::numeric, k)::bigint) % 36)::int + 1, 1),
    '' ORDER BY k DESC)
  FROM generate_series(0, 10) AS k
) || '-0000-migrated';--> statement-breakpoint
ALTER TABLE "feedback" ALTER COLUMN "hlc" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "feedback" ADD COLUMN "client_id" text;--> statement-breakpoint
UPDATE "feedback" SET "client_id" = 'server';--> statement-breakpoint
ALTER TABLE "feedback" ALTER COLUMN "client_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "feedback" ADD COLUMN "deleted" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "feedback" ADD COLUMN "server_seq" bigint DEFAULT nextval('sync_seq') NOT NULL;--> statement-breakpoint
ALTER TABLE "feedback" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "feedback" ADD COLUMN "message_id" uuid;--> statement-breakpoint
ALTER TABLE "feedback" ADD COLUMN "comment" text;--> statement-breakpoint
ALTER TABLE "messages" ADD COLUMN "suggestion" text;--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "summary" text;--> statement-breakpoint
CREATE INDEX "feedback_user_seq_idx" ON "feedback" USING btree ("user_id","server_seq");--> statement-breakpoint
CREATE INDEX "feedback_user_time_idx" ON "feedback" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "feedback_session_idx" ON "feedback" USING btree ("session_id");--> statement-breakpoint
ALTER TABLE "feedback" DROP COLUMN "user_comment";
