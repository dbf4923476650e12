-- Actor lookup by any part of a name or alias through a trigram index, not a scan, tolerating
-- possessives: "Haftar's", "Haftar’s" and "Haftar" find the same actors (README "Actors").
-- pg_trgm is a trusted extension: the schema owner may create it in its own database.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- A folded name or alias (src/shared/text.ts foldForLookup: lower case, no accents, ASCII quotes)
-- without possessive endings: "haftar's forces" -> "haftar forces", "the rebels' base" -> "the
-- rebels base". src/shared/text.ts lookupKey does the same to what is searched for.
CREATE FUNCTION claimgraph_lookup_key(folded text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT regexp_replace(folded, '''s\M|''(?=\s|$)', '', 'g')
$$;

ALTER TABLE "actors" ADD COLUMN "lookup_key" TEXT GENERATED ALWAYS AS (claimgraph_lookup_key("normalized_name")) STORED;
ALTER TABLE "actor_aliases" ADD COLUMN "lookup_key" TEXT GENERATED ALWAYS AS (claimgraph_lookup_key("normalized")) STORED;

-- Trigram GIN indexes answer LIKE '%…%' (Prisma's `contains`). The drift test leaves operator
-- classes Prisma's schema language does not carry here out of its comparison.
CREATE INDEX "actors_lookup_key_trgm_idx" ON "actors" USING GIN ("lookup_key" gin_trgm_ops);
CREATE INDEX "actor_aliases_lookup_key_trgm_idx" ON "actor_aliases" USING GIN ("lookup_key" gin_trgm_ops);
