-- Corrections: an article's body may be replaced (correctArticle), keeping the text it had as a
-- revision; every annotation records the revision its span points into, and one that cannot be
-- re-anchored on the corrected text becomes ORPHANED. Re-anchoring is a history event.
-- (New enum values are appended, and not used in this transaction, as PostgreSQL requires.)
ALTER TYPE "AnnotationStatus" ADD VALUE 'ORPHANED';
ALTER TYPE "AnnotationEventKind" ADD VALUE 'REANCHORED';

ALTER TABLE "articles" ADD COLUMN "revision" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "annotations" ADD COLUMN "revision" INTEGER NOT NULL DEFAULT 1;

CREATE TABLE "article_revisions" (
    "id" UUID NOT NULL,
    "article_id" UUID NOT NULL,
    "revision" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "corrected_by_id" UUID,
    "note" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL,
    "superseded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "article_revisions_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "article_revisions_article_id_revision_key" ON "article_revisions"("article_id", "revision");

ALTER TABLE "article_revisions" ADD CONSTRAINT "article_revisions_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "article_revisions" ADD CONSTRAINT "article_revisions_corrected_by_id_fkey" FOREIGN KEY ("corrected_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- The serving role may read and append revisions, like the other history, but never change them.
CREATE OR REPLACE FUNCTION "claimgraph_grant_serving_role"() RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'claimgraph_app') THEN
    RAISE WARNING 'role claimgraph_app does not exist: nothing granted';
    RETURN;
  END IF;
  GRANT USAGE ON SCHEMA public TO claimgraph_app;
  GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO claimgraph_app;
  GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO claimgraph_app;
  -- History is append-only: read and insert, nothing else.
  REVOKE UPDATE, DELETE, TRUNCATE ON "annotation_events", "actor_events", "article_revisions" FROM claimgraph_app;
  -- The server reads which migrations were applied; only the owner records them.
  REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON "_prisma_migrations" FROM claimgraph_app;
  REVOKE EXECUTE ON FUNCTION "claimgraph_grant_serving_role"() FROM claimgraph_app, PUBLIC;
END;
$$;

SELECT "claimgraph_grant_serving_role"();
