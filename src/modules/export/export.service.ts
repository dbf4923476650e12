import type { Actor } from "../../generated/prisma/client";
import { Prisma } from "../../generated/prisma/client";
import type { Scope } from "../../scope";
import type { Db } from "../../shared/database/prisma";
import { queryPrepared } from "../../shared/database/prisma";
import type { AnnotationRow } from "../annotation/annotation.service";
import { annotationRowSql } from "../annotation/annotation.version";

/** The article an export describes: its text and what a citation of it needs. */
export interface ExportArticle {
  id: string;
  title: string;
  body: string;
  source: string | null;
  url: string | null;
  publishedAt: Date | null;
  language: string;
}

/** A visible annotation with what its export names: the claim's topic and counterparts, in order. */
export interface ExportAnnotation extends AnnotationRow {
  counterpartIds: string[];
  topicKey: string | null;
  topicLabel: string | null;
}

/** Who wrote an annotation, as far as the viewer may know: never an e-mail address. */
export interface ExportAuthor {
  id: string;
  displayName: string;
  erased: boolean;
}

export interface ArticleExport {
  article: ExportArticle;
  /** The annotations the viewer sees, in text order. */
  annotations: ExportAnnotation[];
  /** Every actor the annotations name, by id. */
  actors: Map<string, Actor>;
  /** The annotations' authors the viewer may see (none for readers: accounts are for editors). */
  authors: Map<string, ExportAuthor>;
}

/**
 * Reads what an article's exports (export.w3c.ts, export.schema-org.ts) are made of, through the
 * viewer's scope: the same row rules as GraphQL (readers see published annotations only, and no
 * accounts). A constant number of statements whatever the article holds: the article and its
 * visible annotations (sent together), then the actors they name and their authors, each in one
 * batch through the scope's loaders.
 */
export class ExportService {
  constructor(private readonly db: Db) {}

  async article(scope: Pick<Scope, "policy" | "loaders">, articleId: string): Promise<ArticleExport | null> {
    // The two reads run side by side: should a correction commit between them, read both again.
    for (let attempt = 1; ; attempt++) {
      const read = await this.read(scope, articleId);
      if (!read) return null;
      const { article, annotations } = read;
      const onText = annotations.filter((row) => row.revision === article.revision);
      // Still moving after three reads: export what is on the text read, never offsets into another.
      if (onText.length === annotations.length || attempt === 3) return this.withPeople(scope, article, onText);
    }
  }

  /**
   * The article and the annotations on its current text: ORPHANED work, and rejected or retracted
   * work a correction left on an older revision, point into another text and are not exported.
   */
  private async read(scope: Pick<Scope, "policy" | "loaders">, articleId: string) {
    const [[article], annotations] = await Promise.all([
      queryPrepared<ExportArticle & { revision: number }>(
        this.db,
        Prisma.sql`SELECT id::text, title, body, source, url, published_at AS "publishedAt", language, revision
          FROM articles WHERE id = ${articleId}::uuid`,
      ),
      queryPrepared<ExportAnnotation>(
        this.db,
        Prisma.sql`SELECT ${annotationRowSql("t")},
            ARRAY(SELECT cc.actor_id::text FROM claim_counterparts cc WHERE cc.claim_id = t.id ORDER BY cc.position)
              AS "counterpartIds",
            tp.key AS "topicKey", tp.label AS "topicLabel"
          FROM annotations t
          LEFT JOIN quotes t_q ON t_q.annotation_id = t.id
          LEFT JOIN claims t_c ON t_c.annotation_id = t.id
          LEFT JOIN topics tp ON tp.id = t_c.topic_id
          JOIN articles ar ON ar.id = t.article_id AND ar.revision = t.revision
         WHERE t.article_id = ${articleId}::uuid AND ${scope.policy.annotationsSql(Prisma.raw("t"))}
         ORDER BY t.start, t."end", t.id`,
      ),
    ]);
    return article ? { article, annotations } : null;
  }

  private async withPeople(
    scope: Pick<Scope, "policy" | "loaders">,
    article: ExportArticle,
    annotations: ExportAnnotation[],
  ): Promise<ArticleExport> {
    const actorIds = new Set<string>();
    const authorIds = new Set<string>();
    for (const row of annotations) {
      if (row.authorId) authorIds.add(row.authorId);
      if (row.quote?.speakerId) actorIds.add(row.quote.speakerId);
      if (row.claim) {
        actorIds.add(row.claim.subjectId);
        if (row.claim.claimantId) actorIds.add(row.claim.claimantId);
      }
      for (const id of row.counterpartIds) actorIds.add(id);
    }
    const [actors, users] = await Promise.all([
      scope.loaders.actorById.loadMany([...actorIds]),
      // The users' row rule applies: for a reader the loader reads nothing and finds no one.
      scope.loaders.userById.loadMany([...authorIds]),
    ]);
    return {
      article,
      annotations,
      actors: new Map(present(actors).map((actor) => [actor.id, actor])),
      authors: new Map(
        present(users).map((user) => [
          user.id,
          { id: user.id, displayName: user.displayName, erased: user.erasedAt !== null },
        ]),
      ),
    };
  }
}

/** What loadMany found; a failed batch (a database error, the budget) fails the export rather than thinning it. */
function present<T>(values: (T | null | Error)[]): T[] {
  const failure = values.find((value) => value instanceof Error);
  if (failure) throw failure;
  return values.filter((value): value is T => value !== null);
}
