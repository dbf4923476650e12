import { randomUUID } from "node:crypto";
import type { Viewer } from "./shared/access";
import type { Config } from "./shared/config";
import type { PrismaClient } from "./shared/database/prisma";
import type { Logger } from "./shared/logger";
import { createActorLoaders } from "./modules/actor/actor.loaders";
import { ActorService } from "./modules/actor/actor.service";
import type { AnnotationEdges } from "./modules/annotation/annotation.edges";
import { createAnnotationEdges } from "./modules/annotation/annotation.edges";
import { createAnnotationLoaders } from "./modules/annotation/annotation.loaders";
import { AnnotationService } from "./modules/annotation/annotation.service";
import { createArticleLoaders } from "./modules/article/article.loaders";
import { ArticleService } from "./modules/article/article.service";
import { createTopicLoaders } from "./modules/topic/topic.loaders";
import { TopicService } from "./modules/topic/topic.service";

/** Long-lived dependencies, created once per server. */
export interface App {
  config: Config;
  prisma: PrismaClient;
  logger: Logger;
  services: Services;
}

export function createServices(prisma: PrismaClient) {
  return {
    articles: new ArticleService(prisma),
    actors: new ActorService(prisma),
    annotations: new AnnotationService(prisma),
    topics: new TopicService(prisma),
  };
}
export type Services = ReturnType<typeof createServices>;

function createLoaders(prisma: PrismaClient, viewer: Viewer) {
  return {
    ...createArticleLoaders(prisma),
    ...createActorLoaders(prisma),
    ...createAnnotationLoaders(prisma, viewer),
    ...createTopicLoaders(prisma),
  };
}
export type Loaders = ReturnType<typeof createLoaders>;

/** Per-request state: who is asking, and loaders whose caches live exactly one request. */
export interface Context {
  requestId: string;
  viewer: Viewer;
  services: Services;
  loaders: Loaders;
  /** Nested edges composed from the loaders (annotation.edges.ts). */
  edges: AnnotationEdges;
  logger: Logger;
}

export function createContext(app: App, requestId: string = randomUUID()): Context {
  const viewer: Viewer = { kind: "anonymous", mayWrite: app.config.allowAnonymousWrites };
  const loaders = createLoaders(app.prisma, viewer);
  return {
    requestId,
    viewer,
    services: app.services,
    loaders,
    edges: createAnnotationEdges(loaders),
    logger: app.logger.child({ requestId }),
  };
}
