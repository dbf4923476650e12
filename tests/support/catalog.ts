import { Client } from "pg";

/**
 * A comparable description of the public schema of a database: one line per column, enum,
 * index and key/foreign-key constraint, sorted. CHECK constraints, triggers, and indexes with a
 * NULLS LAST descending column or a trigram operator class are left out: migrations add them by
 * hand (the list-order and actor-lookup tests check those indexes by their use).
 */
export async function describeSchema(url: string): Promise<string[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const lines: string[] = [];
    const columns = await client.query(
      `SELECT table_name, column_name, udt_name, is_nullable, column_default, character_maximum_length, datetime_precision
         FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
    );
    for (const c of columns.rows) {
      lines.push(
        `column ${c.table_name}.${c.column_name} ${c.udt_name}` +
          `${c.character_maximum_length ? `(${c.character_maximum_length})` : ""}` +
          `${c.udt_name === "timestamptz" ? `(${c.datetime_precision})` : ""}` +
          ` ${c.is_nullable === "YES" ? "null" : "not null"} default ${c.column_default ?? "-"}`,
      );
    }
    const enums = await client.query(
      `SELECT t.typname, string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) AS labels
         FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
         JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' GROUP BY t.typname`,
    );
    for (const e of enums.rows) lines.push(`enum ${e.typname} (${e.labels})`);
    const indexes = await client.query(
      `SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
    );
    for (const i of indexes.rows)
      if (!/DESC NULLS LAST|gin_trgm_ops/.test(i.indexdef)) lines.push(`index ${i.indexdef}`);
    const constraints = await client.query(
      `SELECT c.conrelid::regclass::text AS table_name, c.conname, pg_get_constraintdef(c.oid) AS def
         FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
        WHERE n.nspname = 'public' AND c.contype IN ('p', 'u', 'f') AND c.conrelid::regclass::text <> '"_prisma_migrations"'
          AND c.conrelid::regclass::text <> '_prisma_migrations'`,
    );
    for (const k of constraints.rows) lines.push(`constraint ${k.table_name}.${k.conname} ${k.def}`);
    return lines.sort();
  } finally {
    await client.end();
  }
}

/** Lines only in `a` (prefixed "-") or only in `b` ("+"). */
export function schemaDifference(a: string[], b: string[]): string[] {
  const inA = new Set(a);
  const inB = new Set(b);
  return [
    ...a.filter((line) => !inB.has(line)).map((l) => `- ${l}`),
    ...b.filter((line) => !inA.has(line)).map((l) => `+ ${l}`),
  ];
}
