#!/bin/sh
# Runs once, when the PostgreSQL container initialises an empty data folder (as the image's
# superuser, POSTGRES_USER, which owns the database and runs the migrations). Creates the
# least-privilege roles the server connects as: claimgraph_app holds the privileges (granted by
# the migrations), claimgraph_server logs in as a member of it.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  --set server_password="$CLAIMGRAPH_SERVER_PASSWORD" <<'SQL'
CREATE ROLE claimgraph_app NOLOGIN;
CREATE ROLE claimgraph_server LOGIN PASSWORD :'server_password' IN ROLE claimgraph_app;
SQL
