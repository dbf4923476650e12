-- A search matches a row only as parsed in the row's own language. claimgraph_search_query (the
-- OR of the search parsed in every configuration) stays what the GIN indexes are read with, but
-- it is only a pre-filter: a word that is a stop word in one language ("war" in German) drops out
-- of that language's branch, and an exclusion ("-capital") can slip through a branch that stems
-- differently, so on its own it matched rows that lack a searched word or contain an excluded
-- one. Each row is now also checked, and ranked, against the search parsed in its language.

-- The configurations searches are parsed in, in a fixed order (claimgraph_search_config maps
-- languages onto them).
CREATE FUNCTION claimgraph_search_configs() RETURNS regconfig[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT ARRAY['simple', 'arabic', 'danish', 'dutch', 'english', 'finnish', 'french', 'german', 'italian',
               'norwegian', 'portuguese', 'russian', 'spanish', 'swedish', 'turkish']::regconfig[]
$$;

CREATE OR REPLACE FUNCTION claimgraph_search_query(query text) RETURNS tsquery
LANGUAGE sql IMMUTABLE PARALLEL SAFE SET client_min_messages = warning AS $$
  SELECT coalesce(string_agg(DISTINCT '(' || parsed::text || ')', ' | ')::tsquery, ''::tsquery)
    FROM unnest(claimgraph_search_configs()) AS config, websearch_to_tsquery(config, query) AS parsed
   WHERE parsed::text <> ''
$$;

-- The search parsed in each configuration, in claimgraph_search_configs() order.
CREATE FUNCTION claimgraph_search_queries(query text) RETURNS tsquery[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE SET client_min_messages = warning AS $$
  SELECT array_agg(websearch_to_tsquery(config, query) ORDER BY n)
    FROM unnest(claimgraph_search_configs()) WITH ORDINALITY AS c(config, n)
$$;

-- Where a language's configuration sits in claimgraph_search_configs().
CREATE FUNCTION claimgraph_search_slot(language text) RETURNS integer
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT array_position(claimgraph_search_configs(), claimgraph_search_config(language))
$$;

-- Quotes and claims weigh as article bodies do (B): unweighted, their matches ranked at a
-- quarter of a body's, and `search` put every article mentioning a word above every quote or
-- claim saying it.
CREATE OR REPLACE FUNCTION claimgraph_annotation_search_vector() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_vector := setweight(to_tsvector(
    claimgraph_search_config((SELECT "language" FROM "articles" WHERE "id" = NEW."article_id")), NEW."exact"), 'B');
  RETURN NEW;
END
$$;

UPDATE "annotations" AS a
   SET "search_vector" = setweight(to_tsvector(claimgraph_search_config(ar."language"), a."exact"), 'B')
  FROM "articles" AS ar
 WHERE ar."id" = a."article_id";
