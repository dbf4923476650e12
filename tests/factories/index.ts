import { randomUUID } from "node:crypto";
import type { ActorKind, AnnotationStatus, Stance } from "../../src/generated/prisma/enums";
import { contentHash } from "../../src/modules/ingest/article.parser";
import type { PrismaClient } from "../../src/shared/database/prisma";
import { toGlobalId } from "../../src/shared/graphql/global-id";
import { foldForLookup } from "../../src/shared/text";

/** Small typed factories that write rows directly; each returns the row and its global id. */

export async function makeArticle(
  prisma: PrismaClient,
  fields: { title?: string; body?: string; publishedAt?: Date; source?: string } = {},
) {
  const body =
    fields.body ??
    `Body of a test article ${randomUUID()}. The minister said "we will act". The minister said it again.`;
  const row = await prisma.article.create({
    data: {
      title: fields.title ?? "Test article",
      body,
      source: fields.source ?? null,
      publishedAt: fields.publishedAt ?? new Date("2024-01-01T00:00:00Z"),
      contentHash: contentHash(body),
    },
  });
  return { ...row, gid: toGlobalId("Article", row.id) };
}

export async function makeActor(
  prisma: PrismaClient,
  fields: { name?: string; kind?: ActorKind; aliases?: string[] } = {},
) {
  const name = fields.name ?? `Actor ${randomUUID().slice(0, 8)}`;
  const row = await prisma.actor.create({
    data: {
      name,
      normalizedName: foldForLookup(name),
      kind: fields.kind ?? "PERSON",
      aliases: { create: (fields.aliases ?? []).map((alias) => ({ alias, normalized: foldForLookup(alias) })) },
    },
  });
  return { ...row, gid: toGlobalId("Actor", row.id) };
}

export async function makeTopic(prisma: PrismaClient, key = "FOREIGN_BACKING") {
  const row = await prisma.topic.upsert({ where: { key }, update: {}, create: { key, label: key.toLowerCase() } });
  return { ...row, gid: toGlobalId("Topic", row.id) };
}

/** A quote over body.slice(start, end) of the article, in the given state. */
export async function makeQuote(
  prisma: PrismaClient,
  article: { id: string; body: string },
  fields: { start?: number; end?: number; status?: AnnotationStatus; speakerId?: string | null } = {},
) {
  const start = fields.start ?? 0;
  const end = fields.end ?? Math.min(article.body.length, start + 10);
  const row = await prisma.annotation.create({
    data: {
      articleId: article.id,
      kind: "QUOTE",
      status: fields.status ?? "PUBLISHED",
      start,
      end,
      exact: article.body.slice(start, end),
      quote: { create: { speakerId: fields.speakerId ?? null } },
    },
  });
  return { ...row, gid: toGlobalId("Quote", row.id) };
}

export async function makeClaim(
  prisma: PrismaClient,
  article: { id: string; body: string },
  fields: {
    subjectId: string;
    topicId: string;
    start?: number;
    end?: number;
    status?: AnnotationStatus;
    stance?: Stance;
    claimantId?: string | null;
    counterpartIds?: string[];
    quoteId?: string | null;
  },
) {
  const start = fields.start ?? 0;
  const end = fields.end ?? Math.min(article.body.length, start + 10);
  const row = await prisma.annotation.create({
    data: {
      articleId: article.id,
      kind: "CLAIM",
      status: fields.status ?? "PUBLISHED",
      start,
      end,
      exact: article.body.slice(start, end),
      claim: {
        create: {
          topicId: fields.topicId,
          subjectId: fields.subjectId,
          stance: fields.stance ?? "ASSERTS",
          claimantId: fields.claimantId ?? null,
          attributionKind: "UNATTRIBUTED",
          quoteId: fields.quoteId ?? null,
          counterparts: { create: (fields.counterpartIds ?? []).map((actorId, position) => ({ actorId, position })) },
        },
      },
    },
  });
  return { ...row, gid: toGlobalId("Claim", row.id) };
}
