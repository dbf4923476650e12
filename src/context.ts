import { randomUUID } from "node:crypto";
import { GraphQLError } from "graphql";
import type { Viewer } from "./shared/access";
import { READER } from "./shared/access";
import { ErrorCode } from "./shared/errors";
import { UserService } from "./modules/user/user.service";
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
import { WorkflowService } from "./modules/workflow/workflow.service";
import { HistoryService } from "./modules/history/history.service";
import { createHistoryLoaders } from "./modules/history/history.loaders";
import { CommentService } from "./modules/comment/comment.service";

/** Long-lived dependencies, created once per server. */
export interface App {
  config: Config;
  prisma: PrismaClient;
  logger: Logger;
  services: Services;
}

export function createServices(prisma: PrismaClient, session: { secret: Uint8Array; tokenTtlSeconds: number }) {
  return {
    users: new UserService(prisma, session.secret, session.tokenTtlSeconds),
    articles: new ArticleService(prisma),
    actors: new ActorService(prisma),
    annotations: new AnnotationService(prisma),
    topics: new TopicService(prisma),
    workflow: new WorkflowService(prisma),
    history: new HistoryService(prisma),
    comments: new CommentService(prisma),
  };
}
export type Services = ReturnType<typeof createServices>;

function createLoaders(prisma: PrismaClient, viewer: Viewer) {
  return {
    ...createArticleLoaders(prisma),
    ...createActorLoaders(prisma),
    ...createAnnotationLoaders(prisma, viewer),
    ...createTopicLoaders(prisma),
    ...createHistoryLoaders(prisma),
  };
}
export type Loaders = ReturnType<typeof createLoaders>;

/** Per-request state: who is asking, and loaders whose caches live exactly one request. */
export interface Context {
  requestId: string;
  viewer: Viewer;
  /**
   * The viewer as of now, re-read from the token and the database. Long-lived operations
   * (subscriptions) call it per event, so a disabled account, a new role or an expired token
   * takes effect on an open subscription too; an invalid token then counts as a reader.
   * Calls with the same `key` (an event) share one read.
   */
  currentViewer: (key?: object) => Promise<Viewer>;
  services: Services;
  loaders: Loaders;
  /** Nested edges composed from the loaders (annotation.edges.ts). */
  edges: AnnotationEdges;
  logger: Logger;
}

/**
 * Builds the per-request context. A request without a token is an anonymous reader; a token
 * that is malformed, forged, expired or names a disabled user is refused outright (401,
 * UNAUTHENTICATED) rather than silently downgraded to a reader.
 */
export async function createContext(
  app: App,
  request: { authorization?: string | null; requestId?: string } = {},
): Promise<Context> {
  const requestId = request.requestId ?? randomUUID();
  const viewer = await viewerFrom(app, request.authorization);
  const loaders = createLoaders(app.prisma, viewer);
  const freshViewers = new WeakMap<object, Promise<Viewer>>();
  return {
    requestId,
    viewer,
    currentViewer: (key) => {
      const cached = key && freshViewers.get(key);
      if (cached) return cached;
      const read = viewerFrom(app, request.authorization).catch(() => READER);
      if (key) freshViewers.set(key, read);
      return read;
    },
    services: app.services,
    loaders,
    edges: createAnnotationEdges(loaders),
    logger: app.logger.child({ requestId }),
  };
}

/**
 * The viewer a request's Authorization header stands for; throws UNAUTHENTICATED (HTTP 401)
 * for a token that is not valid now. Used per request and by the WebSocket handshake.
 */
export async function viewerFrom(app: App, authorization: string | null | undefined): Promise<Viewer> {
  if (!authorization) return READER;
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  const viewer = match ? await app.services.users.viewerFromToken(match[1]!) : null;
  if (!viewer) {
    throw new GraphQLError("The session token is invalid or expired, or the account is disabled. Sign in again.", {
      extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } },
    });
  }
  return viewer;
}
