-- Live updates carry what listeners route on, so that an instance need not read the event back
-- before it knows whether anyone is subscribed: the event id, its annotation and article, and
-- its time (listeners replay from annotation_events by time after a lost connection).
CREATE OR REPLACE FUNCTION "annotation_events_notify"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('claimgraph_annotation_events', json_build_object(
    'id', NEW."id",
    'annotationId', NEW."annotation_id",
    'articleId', (SELECT "article_id" FROM "annotations" WHERE "id" = NEW."annotation_id"),
    'createdAt', NEW."created_at"
  )::text);
  RETURN NULL;
END;
$$;
