import { setMaxListeners } from "node:events";
import type { PubSub } from "@graphql-yoga/subscription";
import { createPubSub } from "@graphql-yoga/subscription";
import { Client } from "pg";
import type { AnnotationEvent } from "../../generated/prisma/client";
import type { Scope } from "../../scope";
import type { PrismaClient } from "../../shared/database/prisma";
import type { Logger } from "../../shared/logger";

/** The PostgreSQL channel a trigger on annotation_events NOTIFYs (migration live_event_notice). */
export const CHANNEL = "claimgraph_annotation_events";
export const ANNOTATION_EVENTS = "ANNOTATION_EVENTS";

/** A committed history event, announced: what subscribers route on, before anything is read. */
export interface EventNotice {
  eventId: string;
  annotationId: string;
  articleId: string;
  createdAt: Date;
}

/** The in-process fan-out that live subscriptions read from. */
export type EventHub = PubSub<{ [ANNOTATION_EVENTS]: [EventNotice] }>;

export function createEventHub(): EventHub {
  // One listener per live subscription: thousands are expected, not a leak.
  const eventTarget = new EventTarget();
  setMaxListeners(0, eventTarget);
  return createPubSub<{ [ANNOTATION_EVENTS]: [EventNotice] }>({ eventTarget });
}

/**
 * How long an event may take from its insert (created_at, the database clock) to its commit and
 * still be replayed after a lost connection. Interactive transactions time out long before.
 */
export const REPLAY_WINDOW_MS = 60_000;

/**
 * Feeds committed history events into this instance's hub, each exactly once and in the order
 * PostgreSQL delivered them (commit order).
 *
 * On a PostgreSQL server a trigger NOTIFYs every inserted event; NOTIFY is delivered only after
 * the writing transaction commits, to every instance LISTENing on the database, so a change made
 * through any instance reaches subscribers on all of them with no broker besides PostgreSQL. If
 * the LISTEN connection drops, the bus reconnects with capped backoff and replays, from
 * annotation_events, the events created since shortly before the last one it delivered
 * (REPLAY_WINDOW_MS, for transactions that committed out of insert order), skipping those it
 * has already delivered.
 *
 * On the embedded database the same NOTIFYs are tapped in-process (shared/database/embedded.ts).
 */
export class EventBus {
  private client: Client | null = null;
  private queue: Promise<void> = Promise.resolve();
  private stopped = true;
  private attempts = 0;
  private retry: NodeJS.Timeout | null = null;
  private unsubscribeEmbedded: (() => void) | null = null;
  /** Delivered event ids and their times, kept for REPLAY_WINDOW_MS past the newest. */
  private readonly delivered = new Map<string, number>();
  private newest: Date | null = null;
  /** The database time at which the current LISTEN began; replays after a drop start before it. */
  private listeningSince: Date | null = null;
  private pid: number | null = null;

  constructor(
    private readonly source:
      | { kind: "server"; url: string }
      | { kind: "embedded"; onNotification: (channel: string, handler: (payload: string) => void) => () => void },
    private readonly prisma: PrismaClient,
    private readonly hub: EventHub,
    private readonly logger: Logger,
  ) {}

  async start(): Promise<void> {
    this.stopped = false;
    if (this.source.kind === "embedded") {
      this.unsubscribeEmbedded = this.source.onNotification(CHANNEL, (payload) => this.enqueue(payload));
      return;
    }
    await this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    this.unsubscribeEmbedded?.();
    await this.client?.end().catch(() => undefined);
    this.client = null;
    await this.queue;
  }

  /** The backend process id of the LISTEN connection while it is up (tests terminate it). */
  async listenerPid(): Promise<number | null> {
    return this.client ? this.pid : null;
  }

  private enqueue(payload: string): void {
    const notice = parseNotice(payload);
    if (!notice) {
      this.logger.error({ payload }, "ignored a malformed event notification");
      return;
    }
    // One chain: subscribers get events in the order PostgreSQL delivered them.
    this.queue = this.queue.then(() => this.deliver(notice));
  }

  private deliver(notice: EventNotice): void {
    if (this.delivered.has(notice.eventId)) return;
    this.delivered.set(notice.eventId, notice.createdAt.getTime());
    if (!this.newest || notice.createdAt > this.newest) this.newest = notice.createdAt;
    this.forgetOldDeliveries();
    this.hub.publish(ANNOTATION_EVENTS, notice);
  }

  private forgetOldDeliveries(): void {
    if (!this.newest || this.delivered.size < 1024) return;
    const horizon = this.newest.getTime() - 2 * REPLAY_WINDOW_MS;
    // The map is in delivery order, which is (nearly) time order: stop at the first recent one,
    // so each delivery costs what it forgets, not the whole window. An older event delivered
    // late stays until the ones before it have gone.
    for (const [id, time] of this.delivered) {
      if (time >= horizon) break;
      this.delivered.delete(id);
    }
  }

  private async connect(): Promise<void> {
    if (this.source.kind !== "server") return;
    const client = new Client({ connectionString: this.source.url });
    client.on("notification", (message) => {
      if (message.channel === CHANNEL && message.payload) this.enqueue(message.payload);
    });
    client.on("error", (error) => {
      this.logger.warn({ err: error }, "event bus connection lost; reconnecting");
      this.reconnect(client);
    });
    client.on("end", () => this.reconnect(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
      const { rows } = await client.query<{ now: Date; pid: number }>(
        "SELECT clock_timestamp() AS now, pg_backend_pid() AS pid",
      );
      // After a drop: what committed while nobody listened, from the last event delivered (or,
      // if none was, from when the last good connection began). LISTEN came first, so nothing
      // falls between the replay and the live notifications; duplicates are skipped by id.
      // The starting point moves on only once the replay has succeeded.
      const since = this.listeningSince ? (this.newest ?? this.listeningSince) : null;
      if (since) await this.replay(since);
      this.listeningSince = rows[0]!.now;
      this.pid = rows[0]!.pid;
      this.client = client;
      this.attempts = 0;
    } catch (error) {
      client.removeAllListeners("end");
      await client.end().catch(() => undefined);
      throw error;
    }
  }

  private async replay(since: Date): Promise<void> {
    const from = new Date(since.getTime() - REPLAY_WINDOW_MS);
    const events = await this.prisma.annotationEvent.findMany({
      where: { createdAt: { gte: from } },
      select: { id: true, annotationId: true, createdAt: true, annotation: { select: { articleId: true } } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    });
    let replayed = 0;
    for (const event of events) {
      if (this.delivered.has(event.id)) continue;
      const notice = {
        eventId: event.id,
        annotationId: event.annotationId,
        articleId: event.annotation.articleId,
        createdAt: event.createdAt,
      };
      this.queue = this.queue.then(() => this.deliver(notice));
      replayed++;
    }
    if (replayed) this.logger.info({ replayed }, "event bus replayed events missed while disconnected");
  }

  /** Reconnects with capped exponential backoff. */
  private reconnect(lost: Client): void {
    if (this.stopped || this.client !== lost) return;
    this.client = null;
    const delay = Math.min(30_000, 250 * 2 ** this.attempts++);
    this.retry = setTimeout(() => {
      this.connect().catch((error: unknown) => {
        this.logger.error({ err: error }, "event bus reconnect failed");
        this.client = lost;
        this.reconnect(lost);
      });
    }, delay);
    this.retry.unref();
  }
}

function parseNotice(payload: string): EventNotice | null {
  try {
    const { id, annotationId, articleId, createdAt } = JSON.parse(payload) as Record<string, unknown>;
    if (typeof id !== "string" || typeof annotationId !== "string" || typeof articleId !== "string") return null;
    const time = new Date(String(createdAt));
    return Number.isNaN(time.getTime()) ? null : { eventId: id, annotationId, articleId, createdAt: time };
  } catch {
    return null;
  }
}

/**
 * The events one subscription receives: those of `articleId` (when given) that the subscriber
 * may see as of each event. For each event, `open` rebuilds the subscriber's scope (viewer,
 * policy and fresh loaders, so the annotation it names is read as it is now) and `install`
 * hands it to the operation before the event's selection is executed; a null scope means the
 * subscriber's session has ended, which ends the stream.
 *
 * A hand-written iterator rather than an async generator: a generator waiting for the next
 * event cannot be returned until that event comes, so a subscription the client has left would
 * hold its slot and listener until some event reached it. Here return() ends it at once.
 */
export function liveEvents(
  hub: EventHub,
  options: {
    articleId: string | null;
    open: (notice: EventNotice) => Promise<Scope | null>;
    install: (scope: Scope) => void;
  },
): AsyncIterableIterator<AnnotationEvent> {
  const source = hub.subscribe(ANNOTATION_EVENTS)[Symbol.asyncIterator]();
  let ended = false;
  const finish = async (): Promise<IteratorResult<AnnotationEvent>> => {
    ended = true;
    await source.return?.();
    return { value: undefined, done: true };
  };
  return {
    async next() {
      while (!ended) {
        const { value: notice, done } = await source.next();
        if (done || ended) return finish();
        if (options.articleId && notice.articleId !== options.articleId) continue;
        const scope = await options.open(notice);
        if (!scope) return finish();
        // Through the scope's loader, so the viewer's row rule decides (readers: publications only).
        const event = await scope.loaders.eventById.load(notice.eventId);
        if (!event || ended) continue;
        options.install(scope);
        return { value: event, done: false };
      }
      return { value: undefined, done: true };
    },
    return: finish,
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
