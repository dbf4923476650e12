import { Client } from "pg";
import { Prisma } from "../../src/generated/prisma/client";
import { seedDatabase } from "../../src/modules/ingest/seed.service";
import type { TestDatabase } from "../support/database";
import { createTestDatabase } from "../support/database";
import type { TestApi } from "../support/graphql";
import { createTestApi } from "../support/graphql";
import { explain } from "../support/plan";

/**
 * Actor lookup (`actors(filter: { search })`) tolerates case, accents, quote style and
 * possessives, and is answered from trigram indexes on the lookup keys of names and aliases:
 * over 20,000 actors with statistics, PostgreSQL reads the index for a substring search, left
 * free to choose.
 */
describe("actor lookup", () => {
  let db: TestDatabase;
  let api: TestApi;
  let client: Client;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await createTestApi(db);
    await seedDatabase(db.prisma);
    client = new Client({ connectionString: db.url });
    await client.connect();
    await client.query(`
      INSERT INTO actors (id, name, normalized_name, kind, updated_at)
      SELECT gen_random_uuid(), 'Actor ' || i, 'actor ' || md5(i::text), 'PERSON', now() FROM generate_series(1, 20000) AS i`);
    await client.query(`
      INSERT INTO actor_aliases (id, actor_id, alias, normalized)
      SELECT gen_random_uuid(), id, name || '''s men', lower(name) || '''s men' FROM actors WHERE name LIKE 'Actor %'`);
    await client.query("VACUUM ANALYZE actors");
    await client.query("VACUUM ANALYZE actor_aliases");
  });
  afterAll(async () => {
    await client.end();
    await db.drop();
  });

  const names = async (search: string) => {
    const { actors } = await api.ok(
      `query ($s: String) { actors(filter: { search: $s }, first: 50) { edges { node { name } } } }`,
      {
        s: search,
      },
    );
    return actors.edges.map((edge: any) => edge.node.name);
  };

  it.each(["haftar's", "Haftar’s", "HAFTAR", "haftar", "Khalifa Haftar's", "hifter", "aftar"])(
    "finds Khalifa Haftar by %p",
    async (search) => {
      expect(await names(search)).toContain("Khalifa Haftar");
    },
  );

  it("matches possessives in aliases either way", async () => {
    // The Libyan National Army's aliases include "Haftar's forces".
    expect(await names("haftar forces")).toEqual(["Libyan National Army"]);
    expect(await names("Haftar’s forces")).toEqual(["Libyan National Army"]);
    expect(await names("haftars forces")).toEqual([]);
  });

  it.each([
    ["actors", "actors_lookup_key_trgm_idx"],
    ["actor_aliases", "actor_aliases_lookup_key_trgm_idx"],
  ])("reads %s through its trigram index for a substring search", async (table, index) => {
    const plan = await explain(
      client,
      Prisma.sql`SELECT id FROM ${Prisma.raw(table)} WHERE lookup_key LIKE ${"%haftar%"}`,
    );
    expect(plan).toMatch(new RegExp(`Bitmap Index Scan on ${index}`));
    expect(plan).not.toMatch(/Seq Scan/);
  });
});
