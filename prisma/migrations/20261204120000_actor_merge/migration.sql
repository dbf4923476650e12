-- Actor merge (mergeActors): a duplicate actor is merged into a survivor. Its references and
-- aliases move to the survivor; its row stays, because its history (actor_events, FK Restrict)
-- stays, and because its global id must keep resolving: merged_into_id names the survivor.
-- Merges re-point earlier merges, so merged_into_id always names an actor that is not merged.

-- AlterEnum (PostgreSQL 12+ may add a value inside a transaction; nothing below uses it)
ALTER TYPE "ActorEventKind" ADD VALUE 'MERGED';

-- AlterTable
ALTER TABLE "actors" ADD COLUMN     "merged_into_id" UUID;

-- CreateIndex
CREATE INDEX "actors_merged_into_id_idx" ON "actors"("merged_into_id");

-- AddForeignKey
ALTER TABLE "actors" ADD CONSTRAINT "actors_merged_into_id_fkey" FOREIGN KEY ("merged_into_id") REFERENCES "actors"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- An actor is never merged into itself.
ALTER TABLE "actors" ADD CONSTRAINT "actors_not_merged_into_itself" CHECK ("merged_into_id" <> "id");

-- No quote, claim or counterpart may name a merged actor. The service refuses such input with
-- UNKNOWN_ACTOR; this trigger closes the race with a merge running at the same moment. It takes
-- the lock a foreign-key check takes (FOR KEY SHARE), which waits for a merge holding the actor
-- FOR UPDATE and then reads the row as that merge committed it; an edit of the actor (FOR NO KEY
-- UPDATE) does not wait for it.
CREATE FUNCTION "claimgraph_refuse_merged_actor"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  column_name text;
  actor uuid;
  survivor uuid;
BEGIN
  FOREACH column_name IN ARRAY TG_ARGV LOOP
    actor := (to_jsonb(NEW) ->> column_name)::uuid;
    CONTINUE WHEN actor IS NULL;
    SELECT "merged_into_id" INTO survivor FROM "actors" WHERE "id" = actor FOR KEY SHARE;
    IF survivor IS NOT NULL THEN
      RAISE EXCEPTION 'actor % was merged into actor %', actor, survivor
        USING ERRCODE = 'foreign_key_violation', COLUMN = column_name, TABLE = TG_TABLE_NAME;
    END IF;
  END LOOP;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "quotes_no_merged_actor"
  BEFORE INSERT OR UPDATE OF "speaker_id" ON "quotes"
  FOR EACH ROW EXECUTE FUNCTION "claimgraph_refuse_merged_actor"('speaker_id');

CREATE TRIGGER "claims_no_merged_actor"
  BEFORE INSERT OR UPDATE OF "subject_id", "claimant_id" ON "claims"
  FOR EACH ROW EXECUTE FUNCTION "claimgraph_refuse_merged_actor"('subject_id', 'claimant_id');

CREATE TRIGGER "claim_counterparts_no_merged_actor"
  BEFORE INSERT OR UPDATE OF "actor_id" ON "claim_counterparts"
  FOR EACH ROW EXECUTE FUNCTION "claimgraph_refuse_merged_actor"('actor_id');
