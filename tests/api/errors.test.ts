import type { TestDatabase } from "../support/database";
import { createTestDatabase } from "../support/database";
import type { TestApi } from "../support/graphql";
import { createTestApi } from "../support/graphql";
import { captureLogs } from "../support/logs";

describe("errors", () => {
  let db: TestDatabase;
  let api: TestApi;
  const logs = captureLogs("error");
  const logLines = logs.lines;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await createTestApi(db, {}, logs.logger);
  });
  afterAll(() => db.drop());

  describe("unexpected failures", () => {
    it("are masked as INTERNAL_SERVER_ERROR without message details, and logged with the request id", async () => {
      // A real database failure with no domain meaning: the table behind `topics` is gone.
      await db.prisma.$executeRawUnsafe('ALTER TABLE "topics" RENAME TO "topics_moved"');
      try {
        const result = await api.run("{ topics { totalCount } }");
        expect(result.errors).toHaveLength(1);
        const [error] = result.errors!;
        expect(error).toEqual({
          message: "Internal server error",
          path: ["topics"],
          extensions: { code: "INTERNAL_SERVER_ERROR" },
        });
        expect(JSON.stringify(result)).not.toMatch(/topics_moved|relation|prisma|stack|at /i);
        const logged = logLines.find((line) => line.msg === "unexpected error");
        expect(logged).toBeDefined();
        expect(logged!.requestId).toMatch(/^[0-9a-f-]{36}$/);
        expect(JSON.stringify(logged!.err)).toMatch(/topics/);
      } finally {
        await db.prisma.$executeRawUnsafe('ALTER TABLE "topics_moved" RENAME TO "topics"');
      }
    });
  });

  describe("expected failures", () => {
    it("keep their code and are not logged as unexpected", async () => {
      logLines.length = 0;
      const result = await api.run('{ article(id: "bm90LWFuLWlk") { title } }');
      expect(result.errors?.[0]?.extensions?.code).toBe("INVALID_ID");
      expect(logLines).toEqual([]);
    });

    it("name the argument a top-level field belongs to", async () => {
      const result = await api.run('{ articles(first: 500, filter: { search: "x" }) { totalCount } }');
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: ["first"] });
      const long = await api.run("query ($s: String) { articles(filter: { search: $s }) { totalCount } }", {
        s: "x".repeat(501),
      });
      expect(long.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: ["filter", "search"] });
    });

    it("refuse NUL characters in any text input at the edge, naming the field", async () => {
      const editor = await api.user("ANNOTATOR");
      const mutation = await editor.api.run(
        'mutation { importArticle(input: { text: "a\\u0000b" }) { article { id } errors { code } } }',
      );
      expect(mutation.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: ["input", "text"] });
      const query = await api.run("query ($s: String) { actors(filter: { search: $s }) { totalCount } }", {
        s: "nul\u0000",
      });
      expect(query.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: ["filter", "search"] });
    });

    it("name every invalid input field", async () => {
      const editor = await api.user("ANNOTATOR");
      const result = await editor.api.run(
        `mutation { createActor(input: { name: "", kind: STATE, countryCode: "usa" }) { actor { id } errors { code } } }`,
      );
      expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      const fields = result.errors![0]!.extensions!.fields.map((f: { field: string[] }) => f.field.join("."));
      expect([...new Set(fields)].sort()).toEqual(["input.countryCode", "input.name"]);
    });
  });
});
