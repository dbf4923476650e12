-- History is append-only: the database itself refuses to change or remove an event, whoever
-- connects (a trigger, not only the application, so that no code path can bypass it).
CREATE FUNCTION "annotation_events_append_only"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'annotation_events is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "annotation_events_no_update_or_delete"
  BEFORE UPDATE OR DELETE ON "annotation_events"
  FOR EACH ROW EXECUTE FUNCTION "annotation_events_append_only"();

CREATE TRIGGER "annotation_events_no_truncate"
  BEFORE TRUNCATE ON "annotation_events"
  FOR EACH STATEMENT EXECUTE FUNCTION "annotation_events_append_only"();
