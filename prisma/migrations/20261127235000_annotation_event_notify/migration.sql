-- Live updates: every new history event is announced on a PostgreSQL channel. NOTIFY is
-- transactional, so listeners (every server instance, see src/modules/history/history.events.ts)
-- hear of an event only after the transaction that wrote it has committed.
CREATE FUNCTION "annotation_events_notify"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('claimgraph_annotation_events', json_build_object('id', NEW."id")::text);
  RETURN NULL;
END;
$$;

CREATE TRIGGER "annotation_events_announce"
  AFTER INSERT ON "annotation_events"
  FOR EACH ROW EXECUTE FUNCTION "annotation_events_notify"();
