import { SingleBar } from "cli-progress";
import pg from "pg";
import { writeCorpus } from "../src/modules/ingest/corpus.service";
import { hashPassword } from "../src/modules/user/password";
import { applyMigrations } from "../src/shared/database/migrations";
import { createPrismaClient } from "../src/shared/database/prisma";
import type { Fixtures } from "./scenarios";
import { EditPool } from "./scenarios";
import { BENCH_OBJECTS } from "./support/bench-objects";

/** The corpus editor whose drafts the edit scenario changes; the benchmark gives it a password. */
export const BENCH_EDITOR = { email: "corpus-annotator-1@corpus.invalid", password: "bench-editor-password" };

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function adminQuery(url: string, sql: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * The benchmark's database for a corpus of `articles` articles, on the server at `serverUrl`:
 * reused when it already holds that corpus, otherwise created, migrated and filled with
 * seed:corpus's generator. Returns its URL.
 */
export async function benchDatabase(serverUrl: string, articles: number, log: (line: string) => void): Promise<string> {
  const name = `claimgraph_bench_${articles}`;
  const url = withDatabase(serverUrl, name);
  const exists = (await adminQuery(serverUrl, `SELECT 1 FROM pg_database WHERE datname = '${name}'`)).rowCount === 1;
  let ready = false;
  if (exists) {
    const found = await adminQuery(url, `SELECT count(*)::int AS n FROM articles`).catch(() => null);
    ready = found?.rows[0]?.n === articles;
  }
  if (!ready) {
    log(`creating ${name} with a corpus of ${articles} articles`);
    await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
    await applyMigrations(url);
    const prisma = createPrismaClient(url, { poolSize: 2 });
    const bar = new SingleBar({
      format: "corpus {bar} {value}/{total} articles | eta {eta_formatted}",
      noTTYOutput: true,
    });
    try {
      bar.start(articles, 0);
      await writeCorpus(prisma, { articles }, (done) => bar.update(done));
    } finally {
      bar.stop();
      await prisma.$disconnect();
    }
    await adminQuery(url, "VACUUM ANALYZE");
  }
  await adminQuery(url, BENCH_OBJECTS);
  const hash = await hashPassword(BENCH_EDITOR.password);
  await adminQuery(url, `UPDATE users SET password_hash = '${hash}' WHERE email = '${BENCH_EDITOR.email}'`);
  return url;
}

/** What the scenarios ask about: the same ids for every system. */
export async function benchFixtures(url: string): Promise<Omit<Fixtures, "editorToken">> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // A fixed, scattered sample of articles; the actors with the most published claims about them.
    const articles = await client.query<{ id: string }>(`SELECT id FROM articles ORDER BY md5(id::text) LIMIT 100`);
    const actors = await client.query<{ id: string }>(
      `SELECT c.subject_id AS id FROM claims c JOIN annotations an ON an.id = c.annotation_id
        WHERE an.status = 'PUBLISHED' GROUP BY c.subject_id ORDER BY count(*) DESC, c.subject_id LIMIT 10`,
    );
    const editor = await client.query<{ id: string }>(`SELECT id FROM users WHERE email = $1`, [BENCH_EDITOR.email]);
    const editable = await client.query<{ id: string; version: number }>(
      `SELECT id, version FROM annotations WHERE author_id = $1 AND status = 'DRAFT' AND kind = 'QUOTE'
        ORDER BY id LIMIT 64`,
      [editor.rows[0]!.id],
    );
    return {
      articleIds: articles.rows.map((row) => row.id),
      actorIds: actors.rows.map((row) => row.id),
      edits: new EditPool(editable.rows),
      editorId: editor.rows[0]!.id,
    };
  } finally {
    await client.end();
  }
}
