-- Full-text search of quotes and claims (README "Searching"): each annotation's span text as a
-- tsvector in its article's language, with a GIN index. A generated column cannot read the
-- article's language, so a trigger keeps it: it runs when a span is written (insert, or an
-- update that sets `exact` or the article), not on edits of notes or workflow moves.
ALTER TABLE "annotations" ADD COLUMN "search_vector" tsvector;

CREATE FUNCTION claimgraph_annotation_search_vector() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_vector := to_tsvector(
    claimgraph_search_config((SELECT "language" FROM "articles" WHERE "id" = NEW."article_id")), NEW."exact");
  RETURN NEW;
END
$$;

CREATE TRIGGER "annotations_search_vector" BEFORE INSERT OR UPDATE OF "exact", "article_id" ON "annotations"
  FOR EACH ROW EXECUTE FUNCTION claimgraph_annotation_search_vector();

UPDATE "annotations" AS a
   SET "search_vector" = to_tsvector(claimgraph_search_config(ar."language"), a."exact")
  FROM "articles" AS ar
 WHERE ar."id" = a."article_id";

CREATE INDEX "annotations_search_vector_idx" ON "annotations" USING GIN ("search_vector");
