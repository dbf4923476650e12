import type { ReadPolicy } from "./policy";
import { readPolicy } from "./policy";
import type { Viewer } from "./shared/access/viewer";
import type { Db } from "./shared/database/prisma";
import type { ResponseBudget } from "./shared/graphql/limits";
import { responseBudget } from "./shared/graphql/limits";
import { createActorLoaders } from "./modules/actor/actor.loaders";
import { createAnnotationLoaders } from "./modules/annotation/annotation.loaders";
import { createArticleLoaders } from "./modules/article/article.loaders";
import { createHistoryLoaders } from "./modules/history/history.loaders";
import { createTopicLoaders } from "./modules/topic/topic.loaders";

function createLoaders(db: Db, policy: ReadPolicy, budget: ResponseBudget) {
  return {
    ...createArticleLoaders(db, budget),
    ...createActorLoaders(db, policy.annotationsSql, policy.actorEvents),
    ...createAnnotationLoaders(db, policy.annotationsSql),
    ...createTopicLoaders(db),
    ...createHistoryLoaders(db, policy),
  };
}
export type Loaders = ReturnType<typeof createLoaders>;

/**
 * Everything one operation reads through: who is asking, the read policy of every type for
 * them, and DataLoaders that apply it (their caches live exactly as long as the scope). HTTP
 * operations get one scope; a subscription gets a fresh one for every event, so a disabled
 * account, a new role or an edited annotation shows at the next event.
 */
export interface Scope {
  viewer: Viewer;
  policy: ReadPolicy;
  loaders: Loaders;
}

/** `responseBytes`: what the operation may read into its response (shared/graphql/limits.ts). */
export function createScope(db: Db, viewer: Viewer, responseBytes: number): Scope {
  const policy = readPolicy(viewer);
  // Built on first use: an operation answered by one planned statement never touches them.
  let loaders: Loaders | undefined;
  return {
    viewer,
    policy,
    get loaders() {
      return (loaders ??= createLoaders(db, policy, responseBudget(responseBytes)));
    },
  };
}
