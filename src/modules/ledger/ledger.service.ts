import { Prisma } from "../../generated/prisma/client";
import type { ReadPolicy } from "../../policy";
import type { Db } from "../../shared/database/prisma";
import { queryPrepared } from "../../shared/database/prisma";
import { actorIdSql } from "../actor/actor.merge";
import type { AnnotationRow } from "../annotation/annotation.service";
import { annotationRowSql } from "../annotation/annotation.version";

/** A claim of the ledger: the annotation row, when it was said, and the counterparts it names, in order. */
export interface LedgerRow extends AnnotationRow {
  seenAt: Date;
  counterpartIds: string[];
}

/**
 * The claims the ledger is built from (ledger.build.ts): every claim about `subjectId` on the
 * topic `topicKey` that the viewer sees, in one statement whatever their number. The id of an
 * actor merged into another stands for the one it was merged into, as everywhere.
 */
export class LedgerService {
  constructor(private readonly db: Db) {}

  claims(policy: ReadPolicy, subjectId: string, topicKey: string): Promise<LedgerRow[]> {
    return queryPrepared<LedgerRow>(
      this.db,
      Prisma.sql`SELECT ${annotationRowSql("t")}, coalesce(ar.published_at, t.created_at) AS "seenAt",
          ARRAY(SELECT cc.actor_id::text FROM claim_counterparts cc WHERE cc.claim_id = t.id ORDER BY cc.position)
            AS "counterpartIds"
        FROM annotations t
        JOIN claims t_c ON t_c.annotation_id = t.id
        LEFT JOIN quotes t_q ON t_q.annotation_id = t.id
        JOIN topics tp ON tp.id = t_c.topic_id
        JOIN articles ar ON ar.id = t.article_id
       WHERE t_c.subject_id = ${actorIdSql(subjectId)} AND tp.key = ${topicKey} AND ${policy.annotationsSql(Prisma.raw("t"))}
       ORDER BY "seenAt", t.article_id, t.start, t.id`,
    );
  }
}
