import { ACTOR_BY_ID, ACTOR_LIST } from "./modules/actor/actor.read";
import { ANNOTATION, annotationList, CLAIM, QUOTE } from "./modules/annotation/annotation.read";
import { ARTICLE_BY_ID, ARTICLE_LIST } from "./modules/article/article.read";
import { TOPIC_LIST } from "./modules/topic/topic.read";
import type { ReadModels } from "./shared/read/model";

/**
 * The read model of the public knowledge, composed from the `*.read.ts` files: the root fields
 * the planner (shared/read/planner.ts) answers in one statement, and through them every type
 * and edge it reaches. Anything else is answered by the resolvers.
 */
export const READ_MODELS: ReadModels = {
  roots: {
    articles: ARTICLE_LIST,
    article: ARTICLE_BY_ID,
    actors: ACTOR_LIST,
    actor: ACTOR_BY_ID,
    quotes: annotationList(() => QUOTE, "QUOTE"),
    claims: annotationList(() => CLAIM, "CLAIM"),
    annotations: annotationList(() => ANNOTATION, null),
    topics: TOPIC_LIST,
  },
};
