import type { ClassType } from "type-graphql";
import { ArgsType, Field, Int, ObjectType } from "type-graphql";
import { Max, Min } from "class-validator";
import type { Page } from "../pagination";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "../pagination";

/** Relay Cursor Connections: https://relay.dev/graphql/connections.htm */
@ObjectType({ description: "Where a page of a connection sits within the whole list." })
export class PageInfo {
  @Field(() => Boolean, { description: "More items follow the last edge." })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: "More items precede the first edge." })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: "Cursor of the first edge; null on an empty page." })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: "Cursor of the last edge; null on an empty page." })
  endCursor!: string | null;
}

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, {
    nullable: true,
    description: `Forward page size (default ${DEFAULT_PAGE_SIZE}, at most ${MAX_PAGE_SIZE}).`,
  })
  @Min(0)
  @Max(MAX_PAGE_SIZE)
  first?: number | null;

  @Field(() => String, { nullable: true, description: "Return items after this cursor." })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: `Backward page size (at most ${MAX_PAGE_SIZE}).` })
  @Min(0)
  @Max(MAX_PAGE_SIZE)
  last?: number | null;

  @Field(() => String, { nullable: true, description: "Return items before this cursor." })
  before?: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  readonly totalCount: Promise<number>;
}

/** Declares `<Name>Connection` and `<Name>Edge` for a node type. */
export function ConnectionType<T extends object>(nodeType: ClassType<T> | (abstract new () => T), name: string) {
  @ObjectType(`${name}Edge`, { description: `An edge in a ${name} connection.` })
  class EdgeType {
    @Field(() => String, { description: "Opaque cursor for paging from this edge." })
    cursor!: string;

    @Field(() => nodeType, { description: `The ${name} at this edge.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} items (Relay connection).` })
  class ConnectionClass implements Connection<T> {
    @Field(() => [EdgeType], { description: "The items of this page, in order." })
    edges!: Edge<T>[];

    @Field(() => PageInfo, { description: "Paging information." })
    pageInfo!: PageInfo;

    // Read through a getter (see toConnection), so the COUNT runs only when selected.
    @Field(() => Int, { description: "Number of items in the whole list (ignoring paging)." })
    totalCount!: Promise<number>;
  }
  return ConnectionClass;
}

/** Builds a connection from a service page, mapping each row to its GraphQL object. */
export function toConnection<R extends { id: string }, T>(page: Page<R>, map: (row: R) => T): Connection<T> {
  return connectionOf(
    page,
    page.nodes.map((row) => ({ cursor: page.cursorOf(row), node: map(row) })),
  );
}

/**
 * A connection of edges already built from a service page (edges that carry more than a cursor
 * and a node, say): pageInfo from the page and its edges, totalCount counted only when selected.
 */
export function connectionOf<E extends { cursor: string }>(
  page: Pick<Page<unknown>, "hasNextPage" | "hasPreviousPage" | "totalCount">,
  edges: E[],
): { edges: E[]; pageInfo: PageInfo; readonly totalCount: Promise<number> } {
  return {
    edges,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    get totalCount() {
      return page.totalCount();
    },
  };
}
