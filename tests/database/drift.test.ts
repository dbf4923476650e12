import { readFile } from "node:fs/promises";
import path from "node:path";
import { Client } from "pg";
import { diffSchemas } from "../../scripts/prisma-diff";
import { applyMigrations } from "../../src/shared/database/migrations";
import { PROJECT_ROOT } from "../../src/shared/paths";
import { describeSchema, schemaDifference } from "../support/catalog";
import { createEmptyDatabase } from "../support/database";

/**
 * Drift: the database the committed migrations build must be the database Prisma would build
 * from prisma/schema.prisma. Prisma's own SQL for the schema (generated offline by Prisma
 * 6.19's WebAssembly engine, see scripts/prisma-diff.ts) is applied to one empty database,
 * the migrations to another, and their catalogs are compared.
 */
async function buildFromSchema(schemaText: string): Promise<string[]> {
  const db = await createEmptyDatabase();
  try {
    const sql = await diffSchemas({ from: null, to: schemaText, databaseUrl: db.url });
    const client = new Client({ connectionString: db.url });
    await client.connect();
    await client.query(sql);
    await client.end();
    return await describeSchema(db.url);
  } finally {
    await db.drop();
  }
}

describe("database schema", () => {
  let fromMigrations: string[];
  let schemaText: string;

  beforeAll(async () => {
    schemaText = await readFile(path.join(PROJECT_ROOT, "prisma", "schema.prisma"), "utf8");
    const db = await createEmptyDatabase();
    try {
      await applyMigrations(db.url);
      fromMigrations = await describeSchema(db.url);
    } finally {
      await db.drop();
    }
  });

  describe("drift between schema.prisma and the migrations", () => {
    it("finds none: the migrations build exactly what schema.prisma describes", async () => {
      const fromSchema = await buildFromSchema(schemaText);
      expect(fromMigrations.length).toBeGreaterThan(50);
      expect(schemaDifference(fromMigrations, fromSchema)).toEqual([]);
    });

    it("is detected when schema.prisma changes without a migration", async () => {
      const edited = schemaText.replace(/(model Topic \{\n)/, '$1  color String? @map("color")\n');
      expect(edited).not.toBe(schemaText);
      const difference = schemaDifference(fromMigrations, await buildFromSchema(edited));
      expect(difference).toEqual(["+ column topics.color text null default -"]);
    });
  });
});
