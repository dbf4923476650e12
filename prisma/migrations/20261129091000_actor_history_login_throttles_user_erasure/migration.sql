-- CreateEnum
CREATE TYPE "ActorEventKind" AS ENUM ('CREATED', 'UPDATED');

-- AlterTable
ALTER TABLE "users" ADD COLUMN     "erased_at" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "actors" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "actor_events" (
    "id" UUID NOT NULL,
    "actor_id" UUID NOT NULL,
    "user_id" UUID,
    "kind" "ActorEventKind" NOT NULL,
    "version" INTEGER NOT NULL,
    "changes" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT clock_timestamp(),

    CONSTRAINT "actor_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "login_throttles" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL,
    "first_failure_at" TIMESTAMPTZ(3) NOT NULL,
    "blocked_until" TIMESTAMPTZ(3),

    CONSTRAINT "login_throttles_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "actor_events_actor_id_created_at_idx" ON "actor_events"("actor_id", "created_at");

-- AddForeignKey
ALTER TABLE "actor_events" ADD CONSTRAINT "actor_events_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "actors"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "actor_events" ADD CONSTRAINT "actor_events_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Actor history is append-only, as annotation history is: the database refuses to change or
-- remove an event, whoever connects.
CREATE FUNCTION "history_append_only"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "actor_events_no_update_or_delete"
  BEFORE UPDATE OR DELETE ON "actor_events"
  FOR EACH ROW EXECUTE FUNCTION "history_append_only"();

CREATE TRIGGER "actor_events_no_truncate"
  BEFORE TRUNCATE ON "actor_events"
  FOR EACH STATEMENT EXECUTE FUNCTION "history_append_only"();
