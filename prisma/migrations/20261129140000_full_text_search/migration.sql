-- Full-text search in PostgreSQL (README "Searching"): articles are indexed in their own
-- language, searched with websearch_to_tsquery through a GIN index, ranked and highlighted.

-- The text search configuration for a BCP 47 language tag: its stemmer where PostgreSQL ships
-- one, otherwise 'simple' (lower-cased words, no stemming, no stop words).
CREATE FUNCTION claimgraph_search_config(language text) RETURNS regconfig
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE split_part(lower(language), '-', 1)
    WHEN 'ar' THEN 'arabic'::regconfig
    WHEN 'da' THEN 'danish'::regconfig
    WHEN 'de' THEN 'german'::regconfig
    WHEN 'en' THEN 'english'::regconfig
    WHEN 'es' THEN 'spanish'::regconfig
    WHEN 'fi' THEN 'finnish'::regconfig
    WHEN 'fr' THEN 'french'::regconfig
    WHEN 'it' THEN 'italian'::regconfig
    WHEN 'nb' THEN 'norwegian'::regconfig
    WHEN 'nl' THEN 'dutch'::regconfig
    WHEN 'nn' THEN 'norwegian'::regconfig
    WHEN 'no' THEN 'norwegian'::regconfig
    WHEN 'pt' THEN 'portuguese'::regconfig
    WHEN 'ru' THEN 'russian'::regconfig
    WHEN 'sv' THEN 'swedish'::regconfig
    WHEN 'tr' THEN 'turkish'::regconfig
    ELSE 'simple'::regconfig
  END
$$;

-- What a search string asks for, in every configuration above: a document matches when the
-- query matches it as parsed for the document's language (an English article is found by
-- "mercenaries" through the stem 'mercenari', an article in an unmapped language by the word
-- itself). One tsquery, so a single GIN index answers it whatever the languages in the table.
-- Configurations that parse the query alike give one branch, not one each: the planner
-- estimates an OR of branches as the sum of their matches. A query of stop words or punctuation
-- only is the empty tsquery, which matches nothing; PostgreSQL's notices saying so are not sent
-- to the client (client_min_messages).
CREATE FUNCTION claimgraph_search_query(query text) RETURNS tsquery
LANGUAGE sql IMMUTABLE PARALLEL SAFE SET client_min_messages = warning AS $$
  SELECT coalesce(string_agg(DISTINCT '(' || parsed::text || ')', ' | ')::tsquery, ''::tsquery)
    FROM unnest(ARRAY['simple', 'arabic', 'danish', 'dutch', 'english', 'finnish', 'french', 'german', 'italian',
                      'norwegian', 'portuguese', 'russian', 'spanish', 'swedish', 'turkish']::regconfig[]) AS config,
         websearch_to_tsquery(config, query) AS parsed
   WHERE parsed::text <> ''
$$;

-- Title words weigh more than body words in the ranking (A over B).
ALTER TABLE "articles" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector(claimgraph_search_config("language"), "title"), 'A')
  || setweight(to_tsvector(claimgraph_search_config("language"), "body"), 'B')
) STORED;
CREATE INDEX "articles_search_vector_idx" ON "articles" USING GIN ("search_vector");
