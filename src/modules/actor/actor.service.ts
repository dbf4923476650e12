import type { Actor, Prisma } from "../../generated/prisma/client";
import type { ActorKind } from "../../generated/prisma/enums";
import type { Viewer } from "../../shared/access/viewer";
import { authorizeWrite } from "../../shared/access/access.policy";
import type { PrismaClient } from "../../shared/database/prisma";
import { DomainError, ErrorCode } from "../../shared/errors";
import type { PageArgs } from "../../shared/pagination";
import type { SortKey } from "../../shared/pagination";
import { paginate } from "../../shared/pagination";
import { escapeLike, foldForLookup } from "../../shared/text";

export interface ActorListFilter {
  alias?: string | null;
  search?: string | null;
  kinds?: ActorKind[] | null;
  countryCode?: string | null;
}

export interface ActorListOrder {
  field: "NAME" | "CREATED_AT";
  direction: "ASC" | "DESC";
}

export interface ActorFields {
  name: string;
  kind: ActorKind;
  aliases?: string[] | null;
  countryCode?: string | null;
  description?: string | null;
  externalId?: string | null;
}

export type ActorChanges = { id: string } & { [K in keyof ActorFields]?: ActorFields[K] | null };

export class ActorService {
  constructor(private readonly prisma: PrismaClient) {}

  async list(filter: ActorListFilter = {}, order: ActorListOrder | null | undefined, args: PageArgs) {
    const where = actorWhere(filter);
    const direction = order?.direction === "DESC" ? "desc" : "asc";
    const keys: SortKey<Actor>[] =
      order?.field === "CREATED_AT"
        ? [{ field: "createdAt", direction, type: "date", value: (row) => row.createdAt }]
        : [{ field: "normalizedName", direction, type: "text", value: (row) => row.normalizedName }];
    return paginate({
      args,
      keys,
      fetch: (page) =>
        this.prisma.actor.findMany({
          where: { AND: [where, page.where as Prisma.ActorWhereInput] },
          orderBy: page.orderBy as Prisma.ActorOrderByWithRelationInput[],
          take: page.take,
        }),
      count: () => this.prisma.actor.count({ where }),
    });
  }

  findById(id: string) {
    return this.prisma.actor.findUnique({ where: { id } });
  }

  async create(viewer: Viewer, input: ActorFields) {
    authorizeWrite(viewer, "actor:create");
    const name = input.name.trim();
    return this.prisma.actor.create({
      data: {
        name,
        normalizedName: foldForLookup(name),
        kind: input.kind,
        countryCode: input.countryCode ?? null,
        description: input.description ?? null,
        externalId: input.externalId ?? null,
        aliases: { create: aliasRows(name, input.aliases ?? []) },
      },
    });
  }

  async update(viewer: Viewer, input: ActorChanges) {
    authorizeWrite(viewer, "actor:update");
    return this.prisma.$transaction(async (tx) => {
      const current = await tx.actor.findUnique({ where: { id: input.id } });
      if (!current) throw new DomainError(ErrorCode.NOT_FOUND, "No such actor.", { field: ["input", "id"] });
      const name = input.name?.trim() || current.name;
      if (input.aliases != null || name !== current.name) {
        const aliases =
          input.aliases ?? (await tx.actorAlias.findMany({ where: { actorId: current.id } })).map((a) => a.alias);
        await tx.actorAlias.deleteMany({ where: { actorId: current.id } });
        await tx.actorAlias.createMany({
          data: aliasRows(name, aliases).map((row) => ({ ...row, actorId: current.id })),
        });
      }
      return tx.actor.update({
        where: { id: current.id },
        data: {
          name,
          normalizedName: foldForLookup(name),
          kind: input.kind ?? undefined,
          // undefined leaves a column alone; null (explicitly sent) clears it.
          countryCode: input.countryCode,
          description: input.description,
          externalId: input.externalId,
        },
      });
    });
  }
}

/** Aliases folded for lookup, without duplicates and without the canonical name itself. */
function aliasRows(name: string, aliases: string[]): { alias: string; normalized: string }[] {
  const seen = new Set([foldForLookup(name)]);
  const rows: { alias: string; normalized: string }[] = [];
  for (const raw of aliases) {
    const alias = raw.trim();
    const normalized = foldForLookup(alias);
    if (!normalized || seen.has(normalized)) continue;
    seen.add(normalized);
    rows.push({ alias, normalized });
  }
  return rows;
}

export function actorWhere(filter: ActorListFilter): Prisma.ActorWhereInput {
  const and: Prisma.ActorWhereInput[] = [];
  if (filter.alias) {
    const folded = foldForLookup(filter.alias);
    and.push({ OR: [{ normalizedName: folded }, { aliases: { some: { normalized: folded } } }] });
  }
  if (filter.search) {
    const folded = escapeLike(foldForLookup(filter.search));
    and.push({
      OR: [{ normalizedName: { contains: folded } }, { aliases: { some: { normalized: { contains: folded } } } }],
    });
  }
  if (filter.kinds?.length) and.push({ kind: { in: filter.kinds } });
  if (filter.countryCode) and.push({ countryCode: filter.countryCode });
  return and.length ? { AND: and } : {};
}
