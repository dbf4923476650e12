import type { ValidationError, ValidatorOptions } from "class-validator";
import { validate } from "class-validator";
import type { GraphQLResolveInfo } from "graphql";
import { getNamedType, GraphQLError } from "graphql";
import { ErrorCode } from "../errors";

const OPTIONS: ValidatorOptions = { skipMissingProperties: true, forbidUnknownValues: false };

export interface FieldProblem {
  field: string[];
  message: string;
}

/**
 * Validation at the edge, for every argument object (type-graphql's validateFn): the
 * class-validator rules on input classes, plus one rule for all strings — no NUL characters,
 * which PostgreSQL cannot store. Failures become one BAD_USER_INPUT error whose `fields`
 * name each offending field by its path from the argument, e.g. ["input", "countryCode"] or
 * ["first"] for a top-level argument.
 */
export async function validateArgument(
  value: unknown,
  type: unknown,
  { info }: { info: GraphQLResolveInfo },
): Promise<void> {
  if (value === null || typeof value !== "object") return;
  const prefix = argumentPath(type, info);
  const items = Array.isArray(value) ? value : [value];
  const problems: FieldProblem[] = [];
  for (const item of items) {
    if (item === null || typeof item !== "object") continue;
    flatten(await validate(item, OPTIONS), prefix, problems);
    findNul(item, prefix, problems);
  }
  if (problems.length === 0) return;
  throw new GraphQLError(`Invalid input: ${problems.map((p) => `${p.field.join(".")}: ${p.message}`).join("; ")}`, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, field: problems[0]!.field, fields: problems },
  });
}

/** The argument an input object came from: ["input"], ["filter"]…; [] for @Args classes. */
function argumentPath(type: unknown, info: GraphQLResolveInfo): string[] {
  const name = typeof type === "function" ? type.name : undefined;
  const field = info.parentType.getFields()[info.fieldName];
  const argument = field?.args.find((arg) => getNamedType(arg.type).name === name);
  return argument ? [argument.name] : [];
}

function flatten(errors: ValidationError[], path: string[], out: FieldProblem[]): void {
  for (const error of errors) {
    const field = [...path, error.property];
    for (const message of Object.values(error.constraints ?? {})) out.push({ field, message });
    if (error.children?.length) flatten(error.children, field, out);
  }
}

function findNul(value: unknown, path: string[], out: FieldProblem[]): void {
  if (typeof value === "string") {
    if (value.includes("\u0000")) out.push({ field: path, message: "must not contain NUL (U+0000) characters" });
    return;
  }
  if (value === null || typeof value !== "object" || value instanceof Date) return;
  for (const [key, child] of Object.entries(value)) findNul(child, Array.isArray(value) ? path : [...path, key], out);
}
