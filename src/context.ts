import { randomUUID } from "node:crypto";
import { GraphQLError } from "graphql";
import type { EventHub, EventNotice } from "./modules/history/history.events";
import type { Scope } from "./scope";
import { createScope } from "./scope";
import type { Viewer } from "./shared/access/viewer";
import { READER } from "./shared/access/viewer";
import { ErrorCode } from "./shared/errors";
import { UserService } from "./modules/user/user.service";
import type { Config, Limits } from "./shared/config";
import { LIMIT_DEFAULTS, publicUrlOf } from "./shared/config";
import { LoginThrottle } from "./modules/user/login.throttle";
import type { PrismaClient } from "./shared/database/prisma";
import type { Logger } from "./shared/logger";
import { ActorService } from "./modules/actor/actor.service";
import { AnnotationService } from "./modules/annotation/annotation.service";
import { ArticleService } from "./modules/article/article.service";
import { TopicService } from "./modules/topic/topic.service";
import { WorkflowService } from "./modules/workflow/workflow.service";
import { HistoryService } from "./modules/history/history.service";
import { CommentService } from "./modules/comment/comment.service";
import { SearchService } from "./modules/search/search.service";
import { LedgerService } from "./modules/ledger/ledger.service";
import { ExportService } from "./modules/export/export.service";

/** Long-lived dependencies, created once per server. */
export interface App {
  config: Config;
  prisma: PrismaClient;
  logger: Logger;
  services: Services;
}

export function createServices(
  prisma: PrismaClient,
  session: { secret: Uint8Array; tokenTtlSeconds: number; now?: () => Date },
  limits: Pick<Limits, "loginFailuresPerAccount" | "loginFailuresPerAddress"> = LIMIT_DEFAULTS,
) {
  const throttle = new LoginThrottle(prisma, {
    failuresPerAccount: limits.loginFailuresPerAccount,
    failuresPerAddress: limits.loginFailuresPerAddress,
  });
  return {
    users: new UserService(prisma, session.secret, session.tokenTtlSeconds, throttle, session.now),
    articles: new ArticleService(prisma),
    actors: new ActorService(prisma),
    annotations: new AnnotationService(prisma),
    topics: new TopicService(prisma),
    workflow: new WorkflowService(prisma),
    history: new HistoryService(prisma),
    comments: new CommentService(prisma),
    search: new SearchService(prisma),
    ledger: new LedgerService(prisma),
    exports: new ExportService(prisma),
  };
}
export type Services = ReturnType<typeof createServices>;

/** Per-operation state. */
export interface Context {
  requestId: string;
  logger: Logger;
  services: Services;
  /** The caller's credentials: the Authorization header, or the WebSocket connection parameter. */
  authorization: string | null;
  /** The client's network address, for per-address rate limits. */
  clientAddress: string | null;
  /** The server's public base URL, which absolute URLs handed to clients start with (PUBLIC_URL). */
  publicUrl: string;
  /** Aborted when the operation runs out of time or its client goes away (see shared/graphql/limits.ts). */
  signal: AbortSignal;
  /**
   * What the operation reads through (scope.ts). Opened by the operation gate only after the
   * request has passed its limits, so a refused request costs no database round trip; for a
   * subscription it is replaced at every event.
   */
  scope: Scope;
  /**
   * What the operation asks of its HTTP response beyond the body, and how it was read: in one
   * planned statement (shared/read/plugin.ts, whose size is checked there) or by the resolvers.
   */
  response: { retryAfterSeconds?: number; read?: "planned" | "resolvers" };
  /** Subscriptions only (graphql-ws): the event hub, and how to reopen the scope for each event. */
  live?: LiveSource;
}

export interface LiveSource {
  hub: EventHub;
  /** The subscriber's scope as of this event; null when its session has ended (the socket is closed). */
  open(notice: EventNotice): Promise<Scope | null>;
}

/**
 * Builds an operation's context. It reads nothing: the viewer is established when the scope is
 * opened (openScope), after parsing, validation and the cost check.
 */
export function createContext(
  app: App,
  request: {
    authorization?: string | null;
    requestId?: string;
    signal?: AbortSignal;
    clientAddress?: string | null;
  } = {},
): Context {
  const requestId = request.requestId ?? randomUUID();
  return {
    requestId,
    logger: app.logger.child({ requestId }),
    services: app.services,
    authorization: request.authorization ?? null,
    clientAddress: request.clientAddress ?? null,
    publicUrl: publicUrlOf(app.config),
    signal: request.signal ?? new AbortController().signal,
    response: {},
    // Set by openScope before any resolver runs; see the operation gate.
    scope: null as unknown as Scope,
  };
}

/** Opens the scope of an operation: the viewer as of now, with the loaders that apply their policy. */
export async function openScope(app: App, authorization: string | null): Promise<Scope> {
  return createScope(app.prisma, await viewerFrom(app, authorization), app.config.limits.responseBytes);
}

/**
 * The viewer a request's credentials stand for; throws UNAUTHENTICATED (HTTP 401) for a token
 * that is not valid now (malformed, forged, expired, or of a disabled user) rather than
 * silently treating the caller as a reader.
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
