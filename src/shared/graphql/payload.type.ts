import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { ERROR_CATALOGUE, ErrorCode } from "../errors";
import { mapDatabaseError } from "../database/errors";
import { toGlobalId } from "./global-id";

registerEnumType(ErrorCode, {
  name: "ErrorCode",
  description: "Machine-readable error codes; the same strings appear in `extensions.code` of GraphQL errors.",
  valuesConfig: Object.fromEntries(
    Object.entries(ERROR_CATALOGUE).map(([code, description]) => [code, { description }]),
  ),
});

@ObjectType({ description: "An expected failure of a mutation: nothing was written." })
export class UserError {
  @Field(() => ErrorCode, { description: "What went wrong, for programs." })
  code!: ErrorCode;

  @Field(() => String, { description: "What went wrong, for people." })
  message!: string;

  @Field(() => [String], { nullable: true, description: 'Path of the input field at fault, e.g. ["input", "exact"].' })
  field?: string[] | null;

  @Field(() => Int, {
    nullable: true,
    description: "For CONFLICT: the version the object has now (for an article, its revision).",
  })
  currentVersion?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: "For RATE_LIMITED: seconds to wait before trying again (also the Retry-After header).",
  })
  retryAfterSeconds?: number | null;

  @Field(() => ID, {
    nullable: true,
    description:
      "For DUPLICATE_ARTICLE: the global id of the article that was imported before. For a write to an actor merged into another: the actor it was merged into.",
  })
  existingId?: string | null;
}

@ObjectType()
export abstract class MutationPayload {
  @Field(() => [UserError], { description: "Expected failures; empty when the mutation succeeded." })
  errors!: UserError[];
}

/**
 * Runs a service call for a mutation: a DomainError (or a database error with a domain
 * meaning, see mapDatabaseError) becomes a typed payload error (the
 * mutation changed nothing); anything else propagates and is masked by the server.
 */
export async function attempt<T>(work: () => Promise<T>): Promise<{ value: T | null; errors: UserError[] }> {
  try {
    return { value: await work(), errors: [] };
  } catch (error) {
    const known = mapDatabaseError(error);
    if (!known) throw error;
    return {
      value: null,
      errors: [
        {
          code: known.code,
          message: known.message,
          field: known.field ?? null,
          currentVersion: known.currentVersion ?? null,
          retryAfterSeconds: known.retryAfterSeconds ?? null,
          existingId: known.existing ? toGlobalId(known.existing.type, known.existing.id) : null,
        },
      ],
    };
  }
}
