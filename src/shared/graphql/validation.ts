import type { ValidationError, ValidatorOptions } from "class-validator";
import { validateSync, ValidateBy } from "class-validator";
import type { GraphQLField, GraphQLInputObjectType, GraphQLResolveInfo } from "graphql";
import { getNamedType, GraphQLError, isInputObjectType, isListType, isNonNullType } from "graphql";
import { getMetadataStorage } from "type-graphql";
import { ErrorCode } from "../errors";

const OPTIONS: ValidatorOptions = { skipMissingProperties: true, forbidUnknownValues: false };

export interface FieldProblem {
  field: string[];
  message: string;
}

/**
 * Validation at the edge, for every argument object (type-graphql's validateFn): the
 * class-validator rules on input classes (nested inputs too), plus one rule for all strings:
 * well-formed text without NUL characters, which PostgreSQL cannot store (a lone UTF-16
 * surrogate cannot be encoded as UTF-8 at all). Failures become one BAD_USER_INPUT error whose `fields`
 * name each offending field by its path from the argument, e.g. ["input", "countryCode"] or
 * ["first"] for a top-level argument.
 */
export async function validateArgument(
  value: unknown,
  type: unknown,
  { info }: { info: GraphQLResolveInfo },
): Promise<void> {
  const problems = argumentProblems(value, argumentPath(type, info));
  if (problems.length) throw invalidInput(problems);
}

/**
 * The same validation for arguments as GraphQL coerced them (plain objects), for a reader that
 * does not go through the resolvers (the planned read path): null when every input-object
 * argument of `field` passes, else the error the resolvers would give.
 */
export function refusedArguments(
  field: GraphQLField<unknown, unknown>,
  args: Record<string, unknown>,
): GraphQLError | null {
  const problems = field.args.flatMap((arg) => {
    const type = getNamedType(arg.type);
    const value = args[arg.name];
    return isInputObjectType(type) && value != null ? argumentProblems(asInput(type, value), [arg.name]) : [];
  });
  return problems.length ? invalidInput(problems) : null;
}

function argumentProblems(value: unknown, prefix: string[]): FieldProblem[] {
  if (value === null || typeof value !== "object") return [];
  const problems: FieldProblem[] = [];
  for (const item of Array.isArray(value) ? value : [value]) {
    if (item === null || typeof item !== "object") continue;
    flatten(validateSync(item, OPTIONS), prefix, problems);
    findUnstorableText(item, prefix, problems);
  }
  return problems;
}

function invalidInput(problems: FieldProblem[]): GraphQLError {
  return new GraphQLError(`Invalid input: ${problems.map((p) => `${p.field.join(".")}: ${p.message}`).join("; ")}`, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, field: problems[0]!.field, fields: problems },
  });
}

/** A coerced input value as an instance of its type-graphql input class (nested inputs too), as the resolvers get it. */
function asInput(type: GraphQLInputObjectType, value: unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => asInput(type, item));
  if (value === null || typeof value !== "object") return value;
  const target = getMetadataStorage().inputTypes.find((input) => input.name === type.name)?.target;
  const instance: Record<string, unknown> = target ? Object.create(target.prototype) : {};
  for (const [key, child] of Object.entries(value)) {
    let fieldType = type.getFields()[key]?.type;
    while (fieldType && (isNonNullType(fieldType) || isListType(fieldType))) fieldType = fieldType.ofType;
    instance[key] = fieldType && isInputObjectType(fieldType) ? asInput(fieldType, child) : child;
  }
  return instance;
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

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function findUnstorableText(value: unknown, path: string[], out: FieldProblem[]): void {
  if (typeof value === "string") {
    if (value.includes("\u0000")) out.push({ field: path, message: "must not contain NUL (U+0000) characters" });
    else if (LONE_SURROGATE.test(value))
      out.push({ field: path, message: "must be well-formed Unicode (no lone surrogates)" });
    return;
  }
  if (value === null || typeof value !== "object" || value instanceof Date) return;
  for (const [key, child] of Object.entries(value)) {
    findUnstorableText(child, Array.isArray(value) ? path : [...path, key], out);
  }
}

/** At most `max` bytes as UTF-8: what an indexed column can hold (a B-tree entry is ~2.7 kB). */
export function MaxUtf8Bytes(max: number) {
  return ValidateBy({
    name: "maxUtf8Bytes",
    constraints: [max],
    validator: {
      validate: (value) => typeof value !== "string" || Buffer.byteLength(value, "utf8") <= max,
      defaultMessage: (args) => `${args?.property} must be at most ${max} bytes as UTF-8`,
    },
  });
}

/** Not empty once trimmed (names are stored trimmed). */
export function NotBlank() {
  return ValidateBy({
    name: "notBlank",
    validator: {
      validate: (value) => typeof value !== "string" || value.trim().length > 0,
      defaultMessage: (args) => `${args?.property} must not be blank`,
    },
  });
}
