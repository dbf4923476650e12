-- Indexes that read every list ordering in order, the id tie-breaker included, so that a page
-- of a list is an index range scan rather than a sort of the whole table
-- (tests/database/list-order.test.ts checks each ordering with EXPLAIN).

-- Articles, newest first with undated articles last: published_at DESC NULLS LAST, id DESC.
-- Scanned backward it also serves paging backward through that order. Prisma's schema language
-- cannot express NULLS LAST, so this index lives here only (the drift test leaves it out).
CREATE INDEX "articles_published_at_desc_nulls_last_id_idx" ON "articles"("published_at" DESC NULLS LAST, "id" DESC);

-- Oldest first (ASC NULLS LAST, the default), by title, by import time.
DROP INDEX "articles_published_at_idx";
CREATE INDEX "articles_published_at_id_idx" ON "articles"("published_at", "id");
CREATE INDEX "articles_title_id_idx" ON "articles"("title", "id");
CREATE INDEX "articles_created_at_id_idx" ON "articles"("created_at", "id");

-- Actors by normalised name (also the lookup by name) and by creation.
DROP INDEX "actors_normalized_name_idx";
CREATE INDEX "actors_normalized_name_id_idx" ON "actors"("normalized_name", "id");
CREATE INDEX "actors_created_at_id_idx" ON "actors"("created_at", "id");

-- Annotations in text order (article, start) and by creation.
DROP INDEX "annotations_article_id_start_idx";
CREATE INDEX "annotations_article_id_start_id_idx" ON "annotations"("article_id", "start", "id");
CREATE INDEX "annotations_created_at_id_idx" ON "annotations"("created_at", "id");

-- The event feed, topics by key, users by e-mail.
CREATE INDEX "annotation_events_created_at_id_idx" ON "annotation_events"("created_at", "id");
CREATE INDEX "topics_key_id_idx" ON "topics"("key", "id");
CREATE INDEX "users_email_id_idx" ON "users"("email", "id");
