/** The schema of the benchmark's own database objects (kept apart from the application's). */
export const BENCH_SCHEMA = "claimgraph_bench";

/**
 * Objects the benchmark adds to its database for the other systems. PostGraphile answers the
 * actor page through a computed column (a function taking an actor), the idiomatic way to give
 * it a relation it cannot infer: an actor's published claims in text order.
 */
export const BENCH_OBJECTS = `
  CREATE SCHEMA IF NOT EXISTS ${BENCH_SCHEMA};
  CREATE OR REPLACE FUNCTION ${BENCH_SCHEMA}.actors_published_claims_about(a public.actors)
    RETURNS SETOF public.claims LANGUAGE sql STABLE AS $$
      SELECT c.* FROM public.claims c JOIN public.annotations an ON an.id = c.annotation_id
       WHERE c.subject_id = a.id AND an.status = 'PUBLISHED'
       ORDER BY an.article_id, an.start, an.id $$;`;
