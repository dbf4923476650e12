import type { PubSub } from "@graphql-yoga/subscription";
import { createPubSub } from "@graphql-yoga/subscription";
import { Client } from "pg";
import type { AnnotationEvent } from "../../generated/prisma/client";
import type { AnnotationStatus } from "../../generated/prisma/enums";
import type { PrismaClient } from "../../shared/database/prisma";
import type { Logger } from "../../shared/logger";

export const CHANNEL = "claimgraph_annotation_events";

/** A committed event with what subscribers filter on. */
export interface PublishedEvent {
  event: AnnotationEvent;
  articleId: string;
  status: AnnotationStatus;
}

export const ANNOTATION_EVENTS = "ANNOTATION_EVENTS";

/** The in-process fan-out that GraphQL subscriptions read from (type-graphql's pubSub). */
export type EventHub = PubSub<{ [ANNOTATION_EVENTS]: [PublishedEvent] }>;

export function createEventHub(): EventHub {
  return createPubSub<{ [ANNOTATION_EVENTS]: [PublishedEvent] }>();
}

/**
 * Feeds committed annotation events into this instance's hub. A trigger NOTIFYs every
 * inserted history event on a PostgreSQL channel; NOTIFY is delivered only after the writing
 * transaction commits, and to every instance LISTENing on the same database, so a change made
 * through any instance reaches subscribers on all of them with no broker besides PostgreSQL.
 */
export class EventBus {
  private client: Client | null = null;
  private queue: Promise<void> = Promise.resolve();
  private stopped = true;
  private attempts = 0;
  private retry: NodeJS.Timeout | null = null;

  constructor(
    private readonly databaseUrl: string,
    private readonly prisma: PrismaClient,
    private readonly hub: EventHub,
    private readonly logger: Logger,
  ) {}

  async start(): Promise<void> {
    this.stopped = false;
    await this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    await this.client?.end().catch(() => undefined);
    this.client = null;
  }

  private async connect(): Promise<void> {
    const client = new Client({ connectionString: this.databaseUrl });
    client.on("notification", (message) => {
      if (message.channel !== CHANNEL || !message.payload) return;
      const { id } = JSON.parse(message.payload) as { id: string };
      // One chain: subscribers get events in the order PostgreSQL delivered them (commit order).
      this.queue = this.queue.then(() => this.deliver({ id }));
    });
    client.on("error", (error) => {
      this.logger.error({ err: error }, "event bus connection lost; reconnecting");
      this.reconnect(client);
    });
    client.on("end", () => this.reconnect(client));
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    this.client = client;
    this.attempts = 0;
  }

  /** Reconnects with capped exponential backoff; events committed meanwhile are not replayed. */
  private reconnect(lost: Client): void {
    if (this.stopped || this.client !== lost) return;
    this.client = null;
    const delay = Math.min(30_000, 500 * 2 ** this.attempts++);
    this.retry = setTimeout(() => {
      this.connect().catch((error: unknown) => {
        this.logger.error({ err: error }, "event bus reconnect failed");
        this.client = lost;
        this.reconnect(lost);
      });
    }, delay);
    this.retry.unref();
  }

  private async deliver({ id }: { id: string }): Promise<void> {
    try {
      const event = await this.prisma.annotationEvent.findUnique({
        where: { id },
        include: { annotation: { select: { articleId: true, status: true } } },
      });
      if (!event) return;
      const { annotation, ...row } = event;
      this.hub.publish(ANNOTATION_EVENTS, { event: row, articleId: annotation.articleId, status: annotation.status });
    } catch (error) {
      this.logger.error({ err: error, eventId: id }, "could not deliver an annotation event");
    }
  }
}
