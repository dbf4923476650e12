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

  constructor(
    private readonly databaseUrl: string,
    private readonly prisma: PrismaClient,
    private readonly hub: EventHub,
    private readonly logger: Logger,
  ) {}

  async start(): Promise<void> {
    const client = new Client({ connectionString: this.databaseUrl });
    await client.connect();
    client.on("notification", (message) => {
      if (message.channel !== CHANNEL || !message.payload) return;
      void this.deliver(JSON.parse(message.payload) as { id: string });
    });
    client.on("error", (error) => this.logger.error({ err: error }, "event bus connection failed"));
    await client.query(`LISTEN ${CHANNEL}`);
    this.client = client;
  }

  async stop(): Promise<void> {
    await this.client?.end();
    this.client = null;
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
