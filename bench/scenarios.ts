/**
 * The questions the benchmark asks, each of every system that can answer it: the GraphQL
 * operation for Claimgraph and for PostGraphile, the one hand-written SQL statement of the
 * floor, and how each system's answer reads in one canonical shape, so that answers are
 * compared for equality before anything is timed.
 *
 * All reads are a reader's (no token): published annotations only, on every system.
 */

export type SystemName = "claimgraph" | "postgraphile" | "floor";

/** What a scenario needs from the corpus (see database.ts, benchFixtures). */
export interface Fixtures {
  articleIds: string[];
  actorIds: string[];
  /** DRAFT quotes of the bench editor: each is edited by one request at a time. */
  edits: EditPool;
  editorId: string;
  editorToken: string;
}

/**
 * Annotations to edit, with their current versions. A request takes one that no other request
 * is editing and gives it back with its new version, so concurrent edits never conflict.
 */
export class EditPool {
  private idle: { id: string; version: number }[];
  readonly ids: string[];
  constructor(annotations: { id: string; version: number }[]) {
    this.idle = [...annotations];
    this.ids = annotations.map((annotation) => annotation.id);
  }
  /** After a run (whose last requests' answers were not awaited): every annotation, as the database has it. */
  reset(annotations: { id: string; version: number }[]): void {
    this.idle = [...annotations];
  }
  take(): { id: string; version: number } {
    const next = this.idle.shift();
    if (!next) throw new Error("every editable annotation is being edited: give the pool more than the connections");
    return next;
  }
  release(id: string, version: number): void {
    this.idle.push({ id, version });
  }
  get size(): number {
    return this.idle.length;
  }
}

/** One request. */
export interface Ask {
  path?: string;
  body: unknown;
  headers?: Record<string, string>;
}

export interface Scenario {
  name: string;
  title: string;
  /** The request number `n` (0-based, across connections). */
  ask: Partial<Record<SystemName, (fixtures: Fixtures, n: number) => Ask>>;
  /** The answer in canonical form; throws when the response is an error. */
  read: Partial<Record<SystemName, (json: any) => unknown>>;
  /** The floor's statement and its parameters, taken from the request body. */
  floor: { sql: string; params: (body: any) => unknown[] };
  /** A write: its answers differ between systems (each edits its own version); success is checked. */
  writes?: boolean;
  /** For writes: what a response says about the state to keep (the edit's new version). */
  after?: (fixtures: Fixtures, answer: any) => void;
}

const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`, "utf8").toString("base64url");
const uuidOf = (globalId: string) => Buffer.from(globalId, "base64url").toString("utf8").split(":")[1]!;
const iso = (time: string | null) => (time === null ? null : new Date(time).toISOString());

function data(json: any): any {
  if (json?.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(json.errors).slice(0, 500)}`);
  return json.data;
}

// ---------------------------------------------------------------- articles with their annotations

const OUR_ARTICLE = `fragment ArticleWithAnnotations on Article {
  id title publishedAt
  quotes(first: 10) { edges { node { id exact speakerText speaker { name } } } }
  claims(first: 10) { edges { node { id exact stance claimant { name } subject { name } counterparts { name } } } }
}`;

const PGL_ARTICLE = `fragment ArticleWithAnnotations on Article {
  rowId title publishedAt
  quotes: annotationsByArticleId(first: 10, condition: { kind: QUOTE, status: PUBLISHED }, orderBy: [START_ASC, PRIMARY_KEY_ASC]) {
    nodes { rowId exact quoteByAnnotationId { speakerText actorBySpeakerId { name } } }
  }
  claims: annotationsByArticleId(first: 10, condition: { kind: CLAIM, status: PUBLISHED }, orderBy: [START_ASC, PRIMARY_KEY_ASC]) {
    nodes {
      rowId exact
      claimByAnnotationId {
        stance actorByClaimantId { name } actorBySubjectId { name }
        claimCounterpartsByClaimId(orderBy: POSITION_ASC) { nodes { actorByActorId { name } } }
      }
    }
  }
}`;

/** The floor: an article and its first ten published quotes and claims, as one JSON value. */
const FLOOR_ARTICLE = `json_build_object(
  'id', a.id, 'title', a.title, 'publishedAt', a.published_at,
  'quotes', (SELECT coalesce(json_agg(json_build_object('id', q.id, 'exact', q.exact, 'speakerText', q.speaker_text,
                                                         'speaker', q.speaker) ORDER BY q.start, q.id), '[]')
               FROM (SELECT an.id, an.start, an.exact, qu.speaker_text, sp.name AS speaker
                       FROM annotations an JOIN quotes qu ON qu.annotation_id = an.id
                       LEFT JOIN actors sp ON sp.id = qu.speaker_id
                      WHERE an.article_id = a.id AND an.kind = 'QUOTE' AND an.status = 'PUBLISHED'
                      ORDER BY an.start, an.id LIMIT 10) q),
  'claims', (SELECT coalesce(json_agg(json_build_object('id', c.id, 'exact', c.exact, 'stance', c.stance,
                                                         'claimant', c.claimant, 'subject', c.subject,
                                                         'counterparts', c.counterparts) ORDER BY c.start, c.id), '[]')
               FROM (SELECT an.id, an.start, an.exact, cl.stance, ca.name AS claimant, su.name AS subject,
                            (SELECT coalesce(json_agg(cp.name ORDER BY cc.position), '[]')
                               FROM claim_counterparts cc JOIN actors cp ON cp.id = cc.actor_id
                              WHERE cc.claim_id = an.id) AS counterparts
                       FROM annotations an JOIN claims cl ON cl.annotation_id = an.id
                       LEFT JOIN actors ca ON ca.id = cl.claimant_id
                       JOIN actors su ON su.id = cl.subject_id
                      WHERE an.article_id = a.id AND an.kind = 'CLAIM' AND an.status = 'PUBLISHED'
                      ORDER BY an.start, an.id LIMIT 10) c))`;

function ourArticle(node: any) {
  return {
    id: uuidOf(node.id),
    title: node.title,
    publishedAt: iso(node.publishedAt),
    quotes: node.quotes.edges.map(({ node: q }: any) => ({
      id: uuidOf(q.id),
      exact: q.exact,
      speakerText: q.speakerText,
      speaker: q.speaker?.name ?? null,
    })),
    claims: node.claims.edges.map(({ node: c }: any) => ({
      id: uuidOf(c.id),
      exact: c.exact,
      stance: c.stance,
      claimant: c.claimant?.name ?? null,
      subject: c.subject.name,
      counterparts: c.counterparts.map((actor: any) => actor.name),
    })),
  };
}

function pglArticle(node: any) {
  return {
    id: node.rowId,
    title: node.title,
    publishedAt: iso(node.publishedAt),
    quotes: node.quotes.nodes.map((q: any) => ({
      id: q.rowId,
      exact: q.exact,
      speakerText: q.quoteByAnnotationId.speakerText,
      speaker: q.quoteByAnnotationId.actorBySpeakerId?.name ?? null,
    })),
    claims: node.claims.nodes.map((c: any) => ({
      id: c.rowId,
      exact: c.exact,
      stance: c.claimByAnnotationId.stance,
      claimant: c.claimByAnnotationId.actorByClaimantId?.name ?? null,
      subject: c.claimByAnnotationId.actorBySubjectId.name,
      counterparts: c.claimByAnnotationId.claimCounterpartsByClaimId.nodes.map((cc: any) => cc.actorByActorId.name),
    })),
  };
}

const floorArticle = (article: any) => ({ ...article, publishedAt: iso(article.publishedAt) });

const graphql = (query: string, variables: Record<string, unknown> = {}, token?: string): Ask => ({
  body: { query, variables },
  headers: token ? { authorization: `Bearer ${token}` } : undefined,
});

/**
 * What the search scenario looks for, in turn: words of the corpus' claims of every frequency,
 * inflected forms, a phrase, an alternative and an exclusion (websearch syntax).
 */
const SEARCHES = [
  "mercenaries",
  "embargo",
  "drone",
  '"field hospital"',
  "terminals or refinery",
  "ceasefire -capital",
  "electoral officials",
  "shelling residential",
];

// ---------------------------------------------------------------- the scenarios

export const SCENARIOS: Scenario[] = [
  {
    name: "list",
    title: "50 newest articles, each ≤ 10 quotes (speaker) and ≤ 10 claims (claimant, subject, counterparts)",
    ask: {
      claimgraph: () =>
        graphql(`
          query List {
            articles(first: 50) {
              edges {
                node {
                  ...ArticleWithAnnotations
                }
              }
            }
          }
          ${OUR_ARTICLE}
        `),
      postgraphile: () =>
        graphql(`
          query List {
            allArticles(first: 50, orderBy: [PUBLISHED_AT_DESC, PRIMARY_KEY_DESC]) {
              nodes {
                ...ArticleWithAnnotations
              }
            }
          }
          ${PGL_ARTICLE}
        `),
      floor: () => ({ path: "/list", body: {} }),
    },
    read: {
      claimgraph: (json) => data(json).articles.edges.map((edge: any) => ourArticle(edge.node)),
      postgraphile: (json) => data(json).allArticles.nodes.map(pglArticle),
      floor: (json) => json.map(floorArticle),
    },
    floor: {
      sql: `SELECT coalesce(json_agg(${FLOOR_ARTICLE} ORDER BY a.published_at DESC NULLS LAST, a.id DESC), '[]')::text
              FROM (SELECT * FROM articles ORDER BY published_at DESC NULLS LAST, id DESC LIMIT 50) a`,
      params: () => [],
    },
  },
  {
    name: "article",
    title: "one article by id, same nesting",
    ask: {
      claimgraph: (f, n) =>
        graphql(
          `
            query One($id: ID!) {
              article(id: $id) {
                ...ArticleWithAnnotations
              }
            }
            ${OUR_ARTICLE}
          `,
          {
            id: gid("Article", f.articleIds[n % f.articleIds.length]!),
          },
        ),
      postgraphile: (f, n) =>
        graphql(
          `
            query One($id: UUID!) {
              articleByRowId(rowId: $id) {
                ...ArticleWithAnnotations
              }
            }
            ${PGL_ARTICLE}
          `,
          {
            id: f.articleIds[n % f.articleIds.length],
          },
        ),
      floor: (f, n) => ({ path: "/article", body: { id: f.articleIds[n % f.articleIds.length] } }),
    },
    read: {
      claimgraph: (json) => ourArticle(data(json).article),
      postgraphile: (json) => pglArticle(data(json).articleByRowId),
      floor: floorArticle,
    },
    floor: {
      sql: `SELECT ${FLOOR_ARTICLE}::text FROM articles a WHERE a.id = $1`,
      params: (body) => [body.id],
    },
  },
  {
    name: "actor",
    title: "actor page: `claimsAbout(first: 20)` with article titles",
    ask: {
      claimgraph: (f, n) =>
        graphql(
          `
            query Actor($id: ID!) {
              actor(id: $id) {
                name
                claimsAbout(first: 20) {
                  edges {
                    node {
                      id
                      exact
                      stance
                      article {
                        title
                      }
                    }
                  }
                }
              }
            }
          `,
          { id: gid("Actor", f.actorIds[n % f.actorIds.length]!) },
        ),
      postgraphile: (f, n) =>
        graphql(
          `
            query Actor($id: UUID!) {
              actorByRowId(rowId: $id) {
                name
                publishedClaimsAbout(first: 20) {
                  nodes {
                    annotationId
                    stance
                    annotationByAnnotationId {
                      exact
                      articleByArticleId {
                        title
                      }
                    }
                  }
                }
              }
            }
          `,
          { id: f.actorIds[n % f.actorIds.length] },
        ),
      floor: (f, n) => ({ path: "/actor", body: { id: f.actorIds[n % f.actorIds.length] } }),
    },
    read: {
      claimgraph: (json) => {
        const actor = data(json).actor;
        return {
          name: actor.name,
          claims: actor.claimsAbout.edges.map(({ node }: any) => ({
            id: uuidOf(node.id),
            exact: node.exact,
            stance: node.stance,
            article: node.article.title,
          })),
        };
      },
      postgraphile: (json) => {
        const actor = data(json).actorByRowId;
        return {
          name: actor.name,
          claims: actor.publishedClaimsAbout.nodes.map((claim: any) => ({
            id: claim.annotationId,
            exact: claim.annotationByAnnotationId.exact,
            stance: claim.stance,
            article: claim.annotationByAnnotationId.articleByArticleId.title,
          })),
        };
      },
      floor: (json) => json,
    },
    floor: {
      sql: `SELECT json_build_object('name', act.name, 'claims', (
               SELECT coalesce(json_agg(json_build_object('id', x.id, 'exact', x.exact, 'stance', x.stance, 'article', x.title)
                                        ORDER BY x.article_id, x.start, x.id), '[]')
                 FROM (SELECT an.id, an.exact, c.stance, ar.title, an.article_id, an.start
                         FROM claims c JOIN annotations an ON an.id = c.annotation_id
                         JOIN articles ar ON ar.id = an.article_id
                        WHERE c.subject_id = act.id AND an.status = 'PUBLISHED'
                        ORDER BY an.article_id, an.start, an.id LIMIT 20) x))::text
              FROM actors act WHERE act.id = $1`,
      params: (body) => [body.id],
    },
  },
  {
    name: "search",
    title: "`articles(filter: { search }, first: 20)`, by relevance",
    ask: {
      claimgraph: (_f, n) =>
        graphql(
          `
            query Search($search: String!) {
              articles(filter: { search: $search }, first: 20) {
                edges {
                  node {
                    id
                    title
                    publishedAt
                  }
                }
              }
            }
          `,
          { search: SEARCHES[n % SEARCHES.length] },
        ),
      floor: (_f, n) => ({ path: "/search", body: { search: SEARCHES[n % SEARCHES.length] } }),
    },
    read: {
      claimgraph: (json) =>
        data(json).articles.edges.map(({ node }: any) => ({
          id: uuidOf(node.id),
          title: node.title,
          publishedAt: iso(node.publishedAt),
        })),
      floor: (json) => json.map(floorArticle),
    },
    // What one would write by hand for this corpus (all of it English): the search parsed once
    // (OFFSET 0 keeps it a one-row subquery), the GIN index for the match, ts_rank_cd for the
    // order. Claimgraph parses it in every language it maps and matches each article in its own,
    // which on an English corpus gives the same answers.
    floor: {
      sql: `SELECT coalesce(json_agg(json_build_object('id', a.id, 'title', a.title, 'publishedAt', a.published_at)
                                     ORDER BY a.rank DESC, a.id DESC), '[]')::text
              FROM (SELECT ar.id, ar.title, ar.published_at, (ts_rank_cd(ar.search_vector, s.query, 32) * 1000000)::int AS rank
                      FROM articles ar CROSS JOIN (SELECT websearch_to_tsquery('english', $1) AS query OFFSET 0) s
                     WHERE ar.search_vector @@ s.query
                     ORDER BY rank DESC, ar.id DESC LIMIT 20) a`,
      params: (body) => [body.search],
    },
  },
  {
    name: "edit",
    writes: true,
    title: "`updateAnnotation` (version check + history event)",
    ask: {
      claimgraph: (f, n) => {
        const target = f.edits.take();
        return graphql(
          `
            mutation Edit($input: UpdateAnnotationInput!) {
              updateAnnotation(input: $input) {
                annotation {
                  id
                  version
                }
                errors {
                  code
                }
              }
            }
          `,
          { input: { id: gid("Quote", target.id), expectedVersion: target.version, note: `bench edit ${n}` } },
          f.editorToken,
        );
      },
      floor: (f, n) => {
        const target = f.edits.take();
        return {
          path: "/edit",
          body: { id: target.id, version: target.version, note: `bench edit ${n}`, userId: f.editorId },
        };
      },
    },
    read: {
      claimgraph: (json) => {
        const payload = data(json).updateAnnotation;
        if (payload.errors.length) throw new Error(`edit refused: ${JSON.stringify(payload.errors)}`);
        return { id: uuidOf(payload.annotation.id), version: payload.annotation.version };
      },
      floor: (json) => {
        if (json.conflict) throw new Error("edit refused: stale version");
        return { id: json.id, version: json.version };
      },
    },
    floor: {
      sql: `WITH u AS (
              UPDATE annotations SET note = $3, version = version + 1, last_editor_id = $4, updated_at = now()
               WHERE id = $1 AND version = $2 RETURNING id, version, status, note),
            e AS (
              INSERT INTO annotation_events (id, annotation_id, user_id, kind, from_status, to_status, version, changes)
              SELECT gen_random_uuid(), u.id, $4, 'UPDATED', u.status, u.status, u.version,
                     jsonb_build_object('note', jsonb_build_object('to', u.note)) FROM u)
            SELECT coalesce((SELECT json_build_object('id', id, 'version', version) FROM u), json_build_object('conflict', true))::text`,
      params: (body) => [body.id, body.version, body.note, body.userId],
    },
    after: (f, answer) => f.edits.release(answer.id, answer.version),
  },
];
