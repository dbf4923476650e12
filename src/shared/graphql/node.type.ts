import { Field, ID, InterfaceType } from "type-graphql";
import { toGlobalId } from "./global-id";

/**
 * GraphQL Global Object Identification: every object a client can refetch implements Node.
 * Instances carry their database id in `dbId`; `id` is derived from it and the type name.
 */
@InterfaceType({ description: "An object with a globally unique, opaque id that `node(id:)` refetches." })
export abstract class Node {
  dbId!: string;

  protected abstract readonly typeName: string;

  @Field(() => ID, { description: "Globally unique opaque id." })
  get id(): string {
    return toGlobalId(this.typeName, this.dbId);
  }
}

/** Builds a GraphQL object from a database row, moving the row's `id` into `dbId`. */
export function fromRow<T extends Node, R extends { id: string }>(type: new () => T, row: R): T & Omit<R, "id"> {
  const { id, ...rest } = row;
  return Object.assign(new type(), rest, { dbId: id }) as T & Omit<R, "id">;
}
