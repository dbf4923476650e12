-- Least privilege: the server connects as a role that is a member of claimgraph_app, which may
-- read and write the application's tables but not alter them, and may only read and append to
-- the history tables (no UPDATE, DELETE or TRUNCATE, and, not being their owner, no ALTER TABLE
-- to disable their append-only triggers). Migrations run as the owner of the schema.
--
-- Roles belong to the whole cluster: the role is created once, and only if the migrating role
-- may create roles; otherwise a database administrator creates it (see the README) and the
-- grants below wait for it.
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'claimgraph_app') THEN
    BEGIN
      CREATE ROLE claimgraph_app NOLOGIN;
    EXCEPTION
      -- Another database of the cluster created it at the same moment.
      WHEN duplicate_object OR unique_violation THEN NULL;
      WHEN insufficient_privilege THEN
        RAISE WARNING 'claimgraph_app does not exist and this role may not create it: ask an administrator to run CREATE ROLE claimgraph_app NOLOGIN, then npm run db:grant';
    END;
  END IF;
END
$$;

-- The grants, as a function so that they can be re-applied after the role has been created
-- (npm run db:grant) and after later migrations (which call it again).
CREATE FUNCTION "claimgraph_grant_serving_role"() RETURNS void
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
  REVOKE UPDATE, DELETE, TRUNCATE ON "annotation_events", "actor_events" FROM claimgraph_app;
  -- The server reads which migrations were applied; only the owner records them.
  REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON "_prisma_migrations" FROM claimgraph_app;
  REVOKE EXECUTE ON FUNCTION "claimgraph_grant_serving_role"() FROM claimgraph_app, PUBLIC;
END;
$$;

SELECT "claimgraph_grant_serving_role"();
