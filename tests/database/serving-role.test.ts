import { randomBytes } from "node:crypto";
import { Client } from "pg";
import { makeArticle, makeQuote } from "../factories";
import type { TestDatabase } from "../support/database";
import { createTestDatabase } from "../support/database";
import { adminQuery, readTarget } from "../support/server-target";

const embedded = readTarget().mode === "embedded";
if (embedded) console.log("[claimgraph tests] skipping the serving-role test: PGlite has a single user.");

/**
 * The server's database role (a member of claimgraph_app, which the migrations set up) reads
 * and writes the application's tables, but can only read and append to history: it can neither
 * change nor remove events, nor switch off the trigger that keeps them append-only.
 */
(embedded ? describe.skip : describe)("serving role", () => {
  let db: TestDatabase;
  let serving: Client;
  let role: string;
  let annotationId: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    const { adminUrl } = readTarget();
    role = `claimgraph_test_server_${randomBytes(4).toString("hex")}`;
    await adminQuery(adminUrl!, `CREATE ROLE ${role} LOGIN IN ROLE claimgraph_app`);
    const url = new URL(db.url);
    url.username = role;
    serving = new Client({ connectionString: url.toString() });
    await serving.connect();
    const article = await makeArticle(db.prisma);
    annotationId = (await makeQuote(db.prisma, article)).id;
    await db.prisma.annotationEvent.create({ data: { annotationId, kind: "CREATED", version: 1 } });
  });
  afterAll(async () => {
    await serving?.end();
    await db.drop();
    await adminQuery(readTarget().adminUrl!, `DROP ROLE IF EXISTS ${role}`);
  });

  /** The SQLSTATE a statement fails with as the serving role. */
  async function refusal(sql: string): Promise<string | undefined> {
    try {
      await serving.query(sql);
      return undefined;
    } catch (error) {
      return (error as { code?: string }).code;
    }
  }

  describe("on annotation_events and actor_events", () => {
    it.each(["annotation_events", "actor_events"])("may read and append to %s", async (table) => {
      await expect(serving.query(`SELECT count(*) FROM ${table}`)).resolves.toBeDefined();
      if (table === "annotation_events") {
        await serving.query(
          `INSERT INTO annotation_events (id, annotation_id, kind, version) VALUES (gen_random_uuid(), $1, 'COMMENTED', 1)`,
          [annotationId],
        );
      }
    });

    it.each([
      ["UPDATE", "UPDATE annotation_events SET comment = 'rewritten'"],
      ["DELETE", "DELETE FROM annotation_events"],
      ["TRUNCATE", "TRUNCATE annotation_events"],
      ["disable the trigger", 'ALTER TABLE annotation_events DISABLE TRIGGER "annotation_events_no_update_or_delete"'],
      ["disable all triggers", "ALTER TABLE annotation_events DISABLE TRIGGER ALL"],
      ["drop the trigger", 'DROP TRIGGER "annotation_events_no_update_or_delete" ON annotation_events'],
      ["skip triggers by replication role", "SET session_replication_role = replica"],
      ["UPDATE actor history", "UPDATE actor_events SET changes = NULL"],
      ["DELETE actor history", "DELETE FROM actor_events"],
      ["disable actor history's trigger", "ALTER TABLE actor_events DISABLE TRIGGER ALL"],
    ])("may not %s", async (_name, sql) => {
      expect(await refusal(sql)).toBe("42501");
    });
  });

  describe("elsewhere", () => {
    it("may read and write the application's tables, but not change the schema or the migration record", async () => {
      await expect(serving.query("SELECT count(*) FROM annotations")).resolves.toBeDefined();
      await expect(
        serving.query("UPDATE annotations SET note = 'ok' WHERE id = $1", [annotationId]),
      ).resolves.toBeDefined();
      expect(await refusal("CREATE TABLE intruder (id int)")).toBe("42501");
      expect(await refusal("ALTER TABLE annotations ADD COLUMN intruder int")).toBe("42501");
      expect(await refusal(`DELETE FROM "_prisma_migrations"`)).toBe("42501");
      await expect(serving.query(`SELECT count(*) FROM "_prisma_migrations"`)).resolves.toBeDefined();
    });

    it("has been granted every table the migrations created (a new table without grants fails here)", async () => {
      const { rows } = await serving.query<{ relname: string }>(
        `SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE n.nspname = 'public' AND c.relkind = 'r' AND NOT has_table_privilege(current_user, c.oid, 'SELECT')`,
      );
      expect(rows).toEqual([]);
    });

    it("is not a superuser and owns nothing", async () => {
      const { rows } = await serving.query(
        `SELECT rolsuper, (SELECT count(*)::int FROM pg_class WHERE relowner = r.oid) AS owned FROM pg_roles r WHERE rolname = current_user`,
      );
      expect(rows).toEqual([{ rolsuper: false, owned: 0 }]);
    });
  });
});
