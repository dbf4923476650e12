import type { PrismaClient } from "../../shared/database/prisma";
import type { CorpusArticle, CorpusCast, CorpusSize } from "./corpus.generator";
import { corpusArticle, corpusCast } from "./corpus.generator";

/** Articles written per transaction. */
const BATCH = 200;

export interface CorpusReport {
  articles: number;
  actors: number;
  annotations: number;
  events: number;
}

/**
 * Writes a generated corpus (corpus.generator.ts) into an empty database: the cast first, then
 * the articles in batches, each batch one transaction of multi-row INSERT … SELECT FROM
 * unnest(…) statements, one per table. `progress` is told after every batch.
 *
 * Within each batch's transaction the trigger that announces new history events is switched
 * off (ALTER TABLE … DISABLE TRIGGER is transactional: no other session ever sees it off), so
 * that loading years of history does not notify live subscribers of every old event. That
 * takes the owner of the tables: run it with the migration role.
 */
export async function writeCorpus(
  prisma: PrismaClient,
  size: CorpusSize,
  progress: (done: number, report: CorpusReport) => void = () => undefined,
): Promise<CorpusReport> {
  const existing = await prisma.article.count();
  if (existing > 0) {
    throw new Error(
      `The database already has ${existing} articles; seed:corpus fills an empty database. Use a new database.`,
    );
  }
  const cast = corpusCast(size);
  const report: CorpusReport = { articles: 0, actors: cast.actors.length, annotations: 0, events: 0 };
  await writeCast(prisma, cast);
  for (let first = 0; first < size.articles; first += BATCH) {
    const articles: CorpusArticle[] = [];
    for (let i = first; i < Math.min(first + BATCH, size.articles); i++) articles.push(corpusArticle(cast, size, i));
    await prisma.$transaction(
      async (tx) => {
        await tx.$executeRawUnsafe(`ALTER TABLE annotation_events DISABLE TRIGGER annotation_events_announce`);
        await writeArticles(tx as unknown as PrismaClient, articles);
        await tx.$executeRawUnsafe(`ALTER TABLE annotation_events ENABLE TRIGGER annotation_events_announce`);
      },
      { timeout: 300_000, maxWait: 60_000 },
    );
    report.articles += articles.length;
    for (const article of articles) {
      report.annotations += article.annotations.length;
      for (const annotation of article.annotations) report.events += annotation.events.length;
    }
    progress(report.articles, report);
  }
  return report;
}

/** Users, topics (kept when their key exists, as the dev seeds' FOREIGN_BACKING may), actors. */
async function writeCast(prisma: PrismaClient, cast: CorpusCast): Promise<void> {
  const { users, actors } = cast;
  await insert(prisma, "users", {
    id: ["uuid", users.map((user) => user.id)],
    email: ["text", users.map((user) => user.email)],
    display_name: ["text", users.map((user) => user.displayName)],
    role: ['"Role"', users.map((user) => user.role)],
    created_at: ["timestamptz", users.map((user) => user.createdAt)],
    updated_at: ["timestamptz", users.map((user) => user.createdAt)],
  });
  await insert(
    prisma,
    "topics",
    {
      id: ["uuid", cast.topics.map((topic) => topic.id)],
      key: ["text", cast.topics.map((topic) => topic.key)],
      label: ["text", cast.topics.map((topic) => topic.label)],
      updated_at: ["timestamptz", cast.topics.map((topic) => topic.createdAt)],
    },
    "ON CONFLICT (key) DO NOTHING",
  );
  // Topics that already existed keep their ids: point the cast at them.
  const stored = await prisma.topic.findMany({ where: { key: { in: cast.topics.map((topic) => topic.key) } } });
  for (const topic of cast.topics) topic.id = stored.find((row) => row.key === topic.key)!.id;

  await insert(prisma, "actors", {
    id: ["uuid", actors.map((actor) => actor.id)],
    name: ["text", actors.map((actor) => actor.name)],
    normalized_name: ["text", actors.map((actor) => actor.normalizedName)],
    kind: ['"ActorKind"', actors.map((actor) => actor.kind)],
    country_code: ["text", actors.map((actor) => actor.countryCode)],
    description: ["text", actors.map((actor) => actor.description)],
    created_at: ["timestamptz", actors.map((actor) => actor.createdAt)],
    updated_at: ["timestamptz", actors.map((actor) => actor.createdAt)],
  });
  const aliases = actors.flatMap((actor) => actor.aliases.map((alias) => ({ ...alias, actorId: actor.id })));
  await insert(prisma, "actor_aliases", {
    id: ["uuid", aliases.map((alias) => alias.id)],
    actor_id: ["uuid", aliases.map((alias) => alias.actorId)],
    alias: ["text", aliases.map((alias) => alias.alias)],
    normalized: ["text", aliases.map((alias) => alias.normalized)],
  });
  const admin = users.find((user) => user.role === "ADMIN")!;
  await insert(prisma, "actor_events", {
    id: ["uuid", actors.map((actor) => actor.eventId)],
    actor_id: ["uuid", actors.map((actor) => actor.id)],
    user_id: ["uuid", actors.map(() => admin.id)],
    kind: ['"ActorEventKind"', actors.map(() => "CREATED")],
    version: ["int", actors.map(() => 1)],
    changes: [
      "jsonb",
      actors.map((actor) =>
        JSON.stringify({
          name: { from: null, to: actor.name },
          kind: { from: null, to: actor.kind },
          ...(actor.aliases.length ? { aliases: { from: null, to: actor.aliases.map((alias) => alias.alias) } } : {}),
        }),
      ),
    ],
    created_at: ["timestamptz", actors.map((actor) => actor.createdAt)],
  });
}

async function writeArticles(db: PrismaClient, articles: CorpusArticle[]): Promise<void> {
  await insert(db, "articles", {
    id: ["uuid", articles.map((article) => article.id)],
    title: ["text", articles.map((article) => article.title)],
    body: ["text", articles.map((article) => article.body)],
    source: ["text", articles.map((article) => article.source)],
    url: ["text", articles.map((article) => article.url)],
    published_at: ["timestamptz", articles.map((article) => article.publishedAt)],
    language: ["text", articles.map((article) => article.language)],
    content_hash: ["text", articles.map((article) => article.contentHash)],
    imported_by_id: ["uuid", articles.map((article) => article.importedById)],
    created_at: ["timestamptz", articles.map((article) => article.createdAt)],
    updated_at: ["timestamptz", articles.map((article) => article.createdAt)],
  });
  const annotations = articles.flatMap((article) =>
    article.annotations.map((annotation) => ({ ...annotation, articleId: article.id })),
  );
  await insert(db, "annotations", {
    id: ["uuid", annotations.map((a) => a.id)],
    article_id: ["uuid", annotations.map((a) => a.articleId)],
    kind: ['"AnnotationKind"', annotations.map((a) => a.kind)],
    status: ['"AnnotationStatus"', annotations.map((a) => a.status)],
    version: ["int", annotations.map((a) => a.version)],
    start: ["int", annotations.map((a) => a.start)],
    end: ["int", annotations.map((a) => a.end)],
    exact: ["text", annotations.map((a) => a.exact)],
    prefix: ["text", annotations.map((a) => a.prefix)],
    suffix: ["text", annotations.map((a) => a.suffix)],
    note: ["text", annotations.map((a) => a.note)],
    retraction_reason: ["text", annotations.map((a) => a.retractionReason)],
    author_id: ["uuid", annotations.map((a) => a.authorId)],
    last_editor_id: ["uuid", annotations.map((a) => a.lastEditorId)],
    created_at: ["timestamptz", annotations.map((a) => a.createdAt)],
    updated_at: ["timestamptz", annotations.map((a) => a.updatedAt)],
  });
  const quotes = annotations.filter((a) => a.quote);
  await insert(db, "quotes", {
    annotation_id: ["uuid", quotes.map((a) => a.id)],
    speaker_id: ["uuid", quotes.map((a) => a.quote!.speakerId)],
    speaker_text: ["text", quotes.map((a) => a.quote!.speakerText)],
    quote_kind: ['"QuoteKind"', quotes.map((a) => a.quote!.quoteKind)],
  });
  const claims = annotations.filter((a) => a.claim);
  await insert(db, "claims", {
    annotation_id: ["uuid", claims.map((a) => a.id)],
    topic_id: ["uuid", claims.map((a) => a.claim!.topicId)],
    stance: ['"Stance"', claims.map((a) => a.claim!.stance)],
    subject_id: ["uuid", claims.map((a) => a.claim!.subjectId)],
    claimant_id: ["uuid", claims.map((a) => a.claim!.claimantId)],
    attribution_text: ["text", claims.map((a) => a.claim!.attributionText)],
    attribution_kind: ['"AttributionKind"', claims.map((a) => a.claim!.attributionKind)],
    quote_id: ["uuid", claims.map((a) => a.claim!.quoteId)],
  });
  const counterparts = claims.flatMap((a) =>
    a.claim!.counterpartIds.map((actorId, position) => ({ claimId: a.id, actorId, position })),
  );
  await insert(db, "claim_counterparts", {
    claim_id: ["uuid", counterparts.map((c) => c.claimId)],
    actor_id: ["uuid", counterparts.map((c) => c.actorId)],
    position: ["int", counterparts.map((c) => c.position)],
  });
  const comments = annotations.flatMap((a) => a.comments.map((comment) => ({ ...comment, annotationId: a.id })));
  await insert(db, "comments", {
    id: ["uuid", comments.map((c) => c.id)],
    annotation_id: ["uuid", comments.map((c) => c.annotationId)],
    author_id: ["uuid", comments.map((c) => c.authorId)],
    body: ["text", comments.map((c) => c.body)],
    created_at: ["timestamptz", comments.map((c) => c.createdAt)],
  });
  const events = annotations.flatMap((a) => a.events.map((event) => ({ ...event, annotationId: a.id })));
  await insert(db, "annotation_events", {
    id: ["uuid", events.map((e) => e.id)],
    annotation_id: ["uuid", events.map((e) => e.annotationId)],
    user_id: ["uuid", events.map((e) => e.userId)],
    kind: ['"AnnotationEventKind"', events.map((e) => e.kind)],
    from_status: ['"AnnotationStatus"', events.map((e) => e.fromStatus)],
    to_status: ['"AnnotationStatus"', events.map((e) => e.toStatus)],
    version: ["int", events.map((e) => e.version)],
    changes: ["jsonb", events.map((e) => (e.changes ? JSON.stringify(e.changes) : null))],
    comment: ["text", events.map((e) => e.comment)],
    created_at: ["timestamptz", events.map((e) => e.createdAt)],
  });
}

type Column = [type: string, values: unknown[]];

/**
 * One multi-row INSERT: every column is sent as one array parameter and unnested in SQL, so a
 * batch of thousands of rows is one statement with one parameter per column.
 */
async function insert(db: PrismaClient, table: string, columns: Record<string, Column>, suffix = ""): Promise<void> {
  const names = Object.keys(columns);
  if (Object.values(columns)[0]![1].length === 0) return;
  // Enums and jsonb travel as text arrays and are cast per element.
  const arrays = names.map((name, i) => {
    const [type] = columns[name]!;
    const base = type === "jsonb" || type.startsWith('"') ? "text" : type;
    return `$${i + 1}::${base}[]`;
  });
  const selects = names.map((name, i) => {
    const [type] = columns[name]!;
    return type === "jsonb" || type.startsWith('"') ? `c${i}::${type}` : `c${i}`;
  });
  const sql =
    `INSERT INTO ${table} (${names.map((name) => `"${name}"`).join(", ")}) ` +
    `SELECT ${selects.join(", ")} FROM unnest(${arrays.join(", ")}) AS t(${names.map((_, i) => `c${i}`).join(", ")}) ${suffix}`;
  await db.$executeRawUnsafe(sql, ...names.map((name) => columns[name]![1]));
}
