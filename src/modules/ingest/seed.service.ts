import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { ActorKind, AttributionKind, QuoteKind, Role, Stance } from "../../generated/prisma/enums";
import type { PrismaClient } from "../../shared/database/prisma";
import { PROJECT_ROOT } from "../../shared/paths";
import { foldForLookup } from "../../shared/text";
import { anchorSpan } from "../annotation/span.anchor";
import { hashPassword } from "../user/password";
import { contentHash, parseArticleText } from "./article.parser";

export const SEEDS_DIR = path.join(PROJECT_ROOT, "seeds");

/**
 * Development users, one per role. Their passwords are in the README; they exist so that a
 * new user can try every workflow step. Never load them into a production database.
 */
export const SEED_USERS: { email: string; displayName: string; role: Role; password: string }[] = [
  {
    email: "annotator@claimgraph.local",
    displayName: "Ada Annotator",
    role: "ANNOTATOR",
    password: "annotator-dev-password",
  },
  {
    email: "reviewer@claimgraph.local",
    displayName: "Rene Reviewer",
    role: "REVIEWER",
    password: "reviewer-dev-password",
  },
  { email: "admin@claimgraph.local", displayName: "Ali Admin", role: "ADMIN", password: "admin-dev-password" },
];

interface SeedFile {
  article: { file: string; title?: string | null; source?: string | null; url?: string | null; language?: string };
  topics: { key: string; label: string; description?: string | null }[];
  actors: {
    name: string;
    kind: ActorKind;
    aliases?: string[];
    countryCode?: string;
    description?: string;
    externalId?: string;
  }[];
  quotes: {
    ref?: string;
    exact: string;
    prefix?: string;
    suffix?: string;
    speaker?: string | null;
    speakerText?: string | null;
    quoteKind?: QuoteKind;
  }[];
  claims: {
    exact: string;
    prefix?: string;
    suffix?: string;
    topic: string;
    stance: Stance;
    subject: string;
    counterparts?: string[];
    claimant?: string | null;
    attributionText?: string | null;
    attributionKind: AttributionKind;
    quote?: string;
  }[];
}

export interface SeedReport {
  articles: number;
  actors: number;
  topics: number;
  users: number;
  annotations: number;
}

/** Whether the database has never been seeded (no users and no articles). */
export async function isEmpty(prisma: PrismaClient): Promise<boolean> {
  const [users, articles] = await Promise.all([prisma.user.count(), prisma.article.count()]);
  return users === 0 && articles === 0;
}

/**
 * Loads every seeds/*.annotations.json with its article: users, topics, actors, the article
 * and its annotations, all PUBLISHED through the full workflow (written by the annotator,
 * approved and published by the reviewer) so that readers see them. Idempotent: everything
 * is matched by a natural key (e-mail, topic key, folded actor name, content hash, span) and
 * only what is missing is created. Counts in the report are of rows created.
 */
export async function seedDatabase(prisma: PrismaClient, dir: string = SEEDS_DIR): Promise<SeedReport> {
  const report: SeedReport = { articles: 0, actors: 0, topics: 0, users: 0, annotations: 0 };
  const users = new Map<Role, string>();
  for (const user of SEED_USERS) {
    const existing = await prisma.user.findUnique({ where: { email: user.email } });
    if (existing) {
      users.set(user.role, existing.id);
      continue;
    }
    const created = await prisma.user.create({
      data: {
        email: user.email,
        displayName: user.displayName,
        role: user.role,
        passwordHash: await hashPassword(user.password),
      },
    });
    users.set(user.role, created.id);
    report.users++;
  }

  const files = (await readdir(dir)).filter((name) => name.endsWith(".annotations.json")).sort();
  for (const file of files) {
    const seed = JSON.parse(await readFile(path.join(dir, file), "utf8")) as SeedFile;
    await seedFile(prisma, dir, seed, users, report);
  }
  return report;
}

async function seedFile(
  prisma: PrismaClient,
  dir: string,
  seed: SeedFile,
  users: Map<Role, string>,
  report: SeedReport,
) {
  const topicIds = new Map<string, string>();
  for (const topic of seed.topics) {
    const existing = await prisma.topic.findUnique({ where: { key: topic.key } });
    const row =
      existing ??
      (await prisma.topic.create({
        data: { key: topic.key, label: topic.label, description: topic.description ?? null },
      }));
    if (!existing) report.topics++;
    topicIds.set(topic.key, row.id);
  }

  const actorIds = new Map<string, string>();
  for (const actor of seed.actors) {
    const normalizedName = foldForLookup(actor.name);
    let row = await prisma.actor.findFirst({ where: { normalizedName, kind: actor.kind } });
    // Merged since an earlier seeding: its references and aliases are the survivor's now.
    if (row?.mergedIntoId) row = await prisma.actor.findUniqueOrThrow({ where: { id: row.mergedIntoId } });
    if (!row) {
      row = await prisma.actor.create({
        data: {
          name: actor.name,
          normalizedName,
          kind: actor.kind,
          countryCode: actor.countryCode ?? null,
          description: actor.description ?? null,
          externalId: actor.externalId ?? null,
        },
      });
      report.actors++;
    }
    const known = new Set((await prisma.actorAlias.findMany({ where: { actorId: row.id } })).map((a) => a.normalized));
    known.add(normalizedName).add(row.normalizedName);
    const missing = (actor.aliases ?? [])
      .map((alias) => ({ alias, normalized: foldForLookup(alias) }))
      .filter((alias) => !known.has(alias.normalized) && known.add(alias.normalized));
    if (missing.length)
      await prisma.actorAlias.createMany({ data: missing.map((alias) => ({ ...alias, actorId: row.id })) });
    actorIds.set(actor.name, row.id);
  }
  const actor = (name: string) => {
    const id = actorIds.get(name);
    if (!id) throw new Error(`seed names unknown actor "${name}"`);
    return id;
  };

  const text = await readFile(path.join(dir, seed.article.file), "utf8");
  const parsed = parseArticleText(text, { title: seed.article.title });
  const hash = contentHash(parsed.body);
  let article = await prisma.article.findUnique({ where: { contentHash: hash } });
  if (!article) {
    article = await prisma.article.create({
      data: {
        title: parsed.title,
        body: parsed.body,
        source: seed.article.source ?? null,
        url: seed.article.url ?? null,
        publishedAt: parsed.publishedAt,
        language: seed.article.language ?? "en",
        contentHash: hash,
        importedById: users.get("ADMIN") ?? null,
      },
    });
    report.articles++;
  }
  const body = article.body;
  const articleId = article.id;
  const author = users.get("ANNOTATOR") ?? null;
  const reviewer = users.get("REVIEWER") ?? null;

  /** Creates the annotation unless one of the same kind already covers the same span. */
  const ensure = async (
    kind: "QUOTE" | "CLAIM",
    selector: { exact: string; prefix?: string; suffix?: string },
    create: object,
  ) => {
    const span = anchorSpan(body, selector);
    const existing = await prisma.annotation.findFirst({
      where: { articleId, kind, start: span.start, end: span.end },
    });
    if (existing) return existing.id;
    return prisma.$transaction(async (tx) => {
      const created = await tx.annotation.create({
        data: {
          articleId,
          kind,
          ...span,
          status: "PUBLISHED",
          version: 4,
          authorId: author,
          lastEditorId: author,
          ...create,
        },
      });
      const steps = [
        { kind: "CREATED" as const, fromStatus: null, toStatus: "DRAFT" as const, userId: author, version: 1 },
        {
          kind: "TRANSITIONED" as const,
          fromStatus: "DRAFT" as const,
          toStatus: "IN_REVIEW" as const,
          userId: author,
          version: 2,
        },
        {
          kind: "TRANSITIONED" as const,
          fromStatus: "IN_REVIEW" as const,
          toStatus: "APPROVED" as const,
          userId: reviewer,
          version: 3,
        },
        {
          kind: "TRANSITIONED" as const,
          fromStatus: "APPROVED" as const,
          toStatus: "PUBLISHED" as const,
          userId: reviewer,
          version: 4,
        },
      ];
      await tx.annotationEvent.createMany({
        data: steps.map((step) => ({
          ...step,
          annotationId: created.id,
          comment: step.version === 1 ? "Loaded from seeds/" : null,
        })),
      });
      report.annotations++;
      return created.id;
    });
  };

  const quoteIds = new Map<string, string>();
  for (const quote of seed.quotes) {
    const id = await ensure("QUOTE", quote, {
      quote: {
        create: {
          speakerId: quote.speaker ? actor(quote.speaker) : null,
          speakerText: quote.speakerText ?? null,
          quoteKind: quote.quoteKind ?? "DIRECT",
        },
      },
    });
    if (quote.ref) quoteIds.set(quote.ref, id);
  }
  for (const claim of seed.claims) {
    const topicId = topicIds.get(claim.topic);
    if (!topicId) throw new Error(`seed claim names unknown topic "${claim.topic}"`);
    await ensure("CLAIM", claim, {
      claim: {
        create: {
          topicId,
          stance: claim.stance,
          subjectId: actor(claim.subject),
          claimantId: claim.claimant ? actor(claim.claimant) : null,
          attributionText: claim.attributionText ?? null,
          attributionKind: claim.attributionKind,
          quoteId: claim.quote ? (quoteIds.get(claim.quote) ?? null) : null,
          counterparts: {
            create: (claim.counterparts ?? []).map((name, position) => ({ actorId: actor(name), position })),
          },
        },
      },
    });
  }
}
