import fc from "fast-check";
import type { GraphQLArgument, GraphQLInputType, GraphQLNamedType, GraphQLSchema } from "graphql";
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
} from "graphql";
import { seedDatabase } from "../../src/modules/ingest/seed.service";
import { createEventHub } from "../../src/modules/history/history.events";
import { createSchema } from "../../src/schema";
import type { RunningServer } from "../../src/server";
import { startHttpServer } from "../../src/server";
import { toGlobalId } from "../../src/shared/graphql/global-id";
import type { TestDatabase } from "../support/database";
import { createTestDatabase } from "../support/database";
import type { TestApi } from "../support/graphql";
import { createTestApi } from "../support/graphql";

/** Requests per batch (sent concurrently) and batches per property: 2,400 requests in all. */
const BATCH = 16;
const RUNS = { reader: 60, annotator: 60, http: 30 };

/** What a response must never show: an internal failure, or internals of the server. */
const LEAK = /INTERNAL_SERVER_ERROR|\bat \/|node_modules|prisma|PrismaClient|\bSELECT\b|stack|\.ts:\d+/i;

/**
 * Property tests at the edge: thousands of generated operations (valid, half-valid and garbage
 * arguments on every query and mutation, random selections, variables or literals) and
 * malformed HTTP requests, sent to a running server as a reader and as an annotator. Whatever
 * comes in, no response is a 5xx, none carries INTERNAL_SERVER_ERROR, and none shows internals.
 */
describe("fuzzing the edge", () => {
  let db: TestDatabase;
  let api: TestApi;
  let server: RunningServer;
  let schema: GraphQLSchema;
  let annotatorToken: string;
  const ids: string[] = [];
  let sent = 0;

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDatabase(db.prisma);
    api = await createTestApi(db, { port: 0, host: "127.0.0.1" });
    schema = await createSchema();
    server = await startHttpServer(api.app, schema, createEventHub());
    annotatorToken = (await api.user("ANNOTATOR")).token;
    const [articles, actors, annotations, users] = await Promise.all([
      db.prisma.article.findMany({ select: { id: true } }),
      db.prisma.actor.findMany({ select: { id: true }, take: 5 }),
      db.prisma.annotation.findMany({ select: { id: true, kind: true }, take: 6 }),
      db.prisma.user.findMany({ select: { id: true } }),
    ]);
    ids.push(
      ...articles.map((row) => toGlobalId("Article", row.id)),
      ...actors.map((row) => toGlobalId("Actor", row.id)),
      ...annotations.map((row) => toGlobalId(row.kind === "QUOTE" ? "Quote" : "Claim", row.id)),
      ...users.map((row) => toGlobalId("User", row.id)),
      toGlobalId("Article", "00000000-0000-7000-8000-000000000000"),
    );
  });
  afterAll(async () => {
    console.log(`[claimgraph tests] fuzzing sent ${sent} requests`);
    await server?.stop();
    await db.drop();
  });

  // ---- argument values, by GraphQL input type ----------------------------------------------

  const text = fc.oneof(
    { weight: 4, arbitrary: fc.string({ maxLength: 30 }) },
    { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 20 }) },
    { weight: 1, arbitrary: fc.constantFrom("", " ", "\u0000", "\ud800", "a".repeat(3000), "Haftar’s", "🇱🇾") },
    { weight: 1, arbitrary: fc.constantFrom("FOREIGN_BACKING", "LNA", "lna", "https://example.org/a") },
  );
  const scalars: Record<string, () => fc.Arbitrary<unknown>> = {
    String: () => text,
    ID: () => fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...ids) }, { weight: 1, arbitrary: text }),
    Int: () =>
      fc.oneof(
        fc.integer({ min: -5, max: 120 }),
        fc.constantFrom(2 ** 31 - 1, -(2 ** 31), 0),
        fc.double({ noNaN: true }),
        fc.constant(2 ** 40),
      ),
    Float: () => fc.double(),
    Boolean: () => fc.boolean(),
    DateTimeISO: () =>
      fc.oneof(
        fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
        fc.constantFrom("0000-01-01T00:00:00Z", "not a date", "275760-09-13T00:00:00Z", "2019-11-26"),
      ),
    JSONObject: () => fc.jsonValue(),
  };

  /** A value for an input type: usually of the right shape, sometimes of any shape. */
  function valueOf(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
    const wrong = fc.oneof(fc.constant(null), fc.integer(), text, fc.constant({}), fc.constant([]));
    const right = (): fc.Arbitrary<unknown> => {
      const inner = getNullableType(type);
      if (isListType(inner)) {
        return fc.oneof(
          { weight: 5, arbitrary: fc.array(valueOf(inner.ofType, depth + 1), { maxLength: 4 }) },
          { weight: 1, arbitrary: fc.array(valueOf(inner.ofType, depth + 1), { minLength: 21, maxLength: 40 }) },
        );
      }
      if (isEnumType(inner)) return fc.constantFrom(...inner.getValues().map((value) => value.name));
      if (isInputObjectType(inner)) {
        if (depth > 3) return fc.constant({});
        const fields = Object.values(inner.getFields());
        return fc.record(Object.fromEntries(fields.map((field) => [field.name, valueOf(field.type, depth + 1)])), {
          requiredKeys: fields.filter((field) => isNonNullType(field.type)).map((field) => field.name),
        });
      }
      if (isScalarType(inner)) return (scalars[inner.name] ?? (() => text))();
      return wrong;
    };
    return fc.oneof({ weight: 8, arbitrary: right() }, { weight: 1, arbitrary: wrong });
  }

  // ---- selections, walked from the schema -------------------------------------------------

  /** A selection set for `type`, as deep as `depth`, chosen by `pick` (fast-check's random source). */
  function selection(type: GraphQLNamedType, depth: number, pick: (n: number) => number): string {
    if (isUnionType(type) || isInterfaceType(type)) {
      const possible = schema.getPossibleTypes(type);
      const concrete = possible[pick(possible.length)]!;
      return `{ __typename ... on ${concrete.name} ${selection(concrete, depth, pick)} }`;
    }
    if (!isObjectType(type)) return "";
    const fields = Object.values(type.getFields());
    const chosen = Array.from({ length: 1 + pick(4) }, () => fields[pick(fields.length)]!);
    const parts = [...new Set(chosen)].map((field) => {
      const named = getNamedType(field.type);
      const args = field.args.some((arg) => arg.name === "first") && pick(2) ? `(first: ${pick(6)})` : "";
      if (isScalarType(named) || isEnumType(named)) return `${pick(5) === 0 ? `x${pick(3)}: ` : ""}${field.name}`;
      if (depth <= 0 || field.args.some((arg) => isNonNullType(arg.type))) return "__typename";
      return `${field.name}${args} ${selection(named, depth - 1, pick)}`;
    });
    return `{ ${parts.join(" ")} }`;
  }

  /** An operation on one root field, with its arguments as variables or as literals. */
  const operation = fc
    .record({
      kind: fc.constantFrom("query", "query", "mutation"),
      field: fc.nat(),
      seed: fc.infiniteStream(fc.nat()),
      inline: fc.boolean(),
    })
    .chain(({ kind, field, seed, inline }) => {
      const root = kind === "query" ? schema.getQueryType()! : schema.getMutationType()!;
      const fields = Object.values(root.getFields());
      const target = fields[field % fields.length]!;
      const randomness = seed[Symbol.iterator]();
      const pick = (n: number) => (randomness.next().value as number) % n;
      const args: GraphQLArgument[] = target.args.filter((arg) => isNonNullType(arg.type) || pick(2) === 0);
      return fc.tuple(...args.map((arg) => valueOf(arg.type))).map((values) => {
        const named = getNamedType(target.type);
        const selected = isScalarType(named) || isEnumType(named) ? "" : selection(named, 3, pick);
        if (inline) {
          const literal = (value: unknown): string =>
            Array.isArray(value)
              ? `[${value.map(literal).join(", ")}]`
              : value && typeof value === "object"
                ? `{ ${Object.entries(value)
                    .map(([key, item]) => `${key}: ${literal(item)}`)
                    .join(", ")} }`
                : typeof value === "string" && /^[A-Z_]+$/.test(value)
                  ? value
                  : JSON.stringify(value ?? null);
          const list = args.map((arg, i) => `${arg.name}: ${literal(values[i])}`).join(", ");
          return { query: `${kind} { ${target.name}${list ? `(${list})` : ""} ${selected} }` };
        }
        const definitions = args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(", ");
        const uses = args.map((arg) => `${arg.name}: $${arg.name}`).join(", ");
        return {
          query: `${kind}${definitions ? `(${definitions})` : ""} { ${target.name}${uses ? `(${uses})` : ""} ${selected} }`,
          variables: Object.fromEntries(args.map((arg, i) => [arg.name, values[i]])),
        };
      });
    });

  // ---- sending --------------------------------------------------------------------------

  interface Sent {
    method: string;
    headers: Record<string, string>;
    body?: string;
    query?: string;
  }

  async function check(request: Sent): Promise<void> {
    sent++;
    const response = await fetch(`${server.url}${request.query ?? ""}`, {
      method: request.method,
      headers: request.headers,
      body: request.body,
    });
    const text = await response.text();
    const failure = response.status >= 500 || LEAK.test(text);
    if (failure)
      throw new Error(`${response.status} ${text.slice(0, 500)}\nfor ${JSON.stringify(request).slice(0, 1500)}`);
  }

  const asPost =
    (token: string | null) =>
    (body: object): Sent => ({
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });

  it(`answers ${RUNS.reader * BATCH} generated operations from a reader without a 5xx or an internal error`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: BATCH, maxLength: BATCH }), async (batch) => {
        await Promise.all(batch.map((body) => check(asPost(null)(body))));
      }),
      { numRuns: RUNS.reader },
    );
  });

  it(`answers ${RUNS.annotator * BATCH} generated operations from an annotator without a 5xx or an internal error`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: BATCH, maxLength: BATCH }), async (batch) => {
        await Promise.all(batch.map((body) => check(asPost(annotatorToken)(body))));
      }),
      { numRuns: RUNS.annotator },
    );
  });

  it(`answers ${RUNS.http * BATCH} malformed HTTP requests without a 5xx or an internal error`, async () => {
    const malformed: fc.Arbitrary<Sent> = fc.oneof(
      // Bodies that are not GraphQL requests.
      fc
        .record({
          body: fc.oneof(
            fc.string(),
            fc.json(),
            fc.constantFrom("{", "[]", "null", '{"query": 5}', '{"query": ["x"]}'),
          ),
          type: fc.constantFrom("application/json", "text/plain", "application/graphql", "multipart/form-data", ""),
        })
        .map(({ body, type }): Sent => ({ method: "POST", headers: type ? { "content-type": type } : {}, body })),
      // Requests with odd parts: variables, operation names, extensions, tokens, methods.
      fc
        .record({
          query: fc.oneof(fc.constant("{ topics { totalCount } }"), fc.string()),
          variables: fc.oneof(fc.jsonValue(), fc.constant(undefined)),
          operationName: fc.oneof(fc.string(), fc.constant(undefined)),
          extensions: fc.oneof(
            fc.constant(undefined),
            fc.jsonValue(),
            fc.record({ persistedQuery: fc.record({ version: fc.jsonValue(), sha256Hash: fc.jsonValue() }) }),
          ),
          authorization: fc.oneof(fc.constant(undefined), fc.string(), fc.constant("Bearer x.y.z")),
        })
        .map(({ authorization, ...body }) => ({
          method: "POST",
          headers: { "content-type": "application/json", ...(authorization ? { authorization } : {}) },
          body: JSON.stringify(body),
        })),
      // GET with arbitrary query parameters.
      fc.record({ query: fc.string(), variables: fc.string(), extensions: fc.string() }).map((params) => ({
        method: "GET",
        headers: { "apollo-require-preflight": "true" },
        query: `?${new URLSearchParams(params).toString()}`,
      })),
      fc.constantFrom<Sent>(
        { method: "PUT", headers: { "content-type": "application/json" }, body: "{}" },
        { method: "DELETE", headers: {} },
        { method: "PATCH", headers: { "content-type": "application/json" }, body: '{"query":"{ me { email } }"}' },
      ),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(malformed, { minLength: BATCH, maxLength: BATCH }), async (batch) => {
        await Promise.all(batch.map(check));
      }),
      { numRuns: RUNS.http },
    );
  });
});
