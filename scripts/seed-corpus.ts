import { parseArgs } from "node:util";
import { SingleBar } from "cli-progress";
import { DEFAULT_CORPUS_SEED } from "../src/modules/ingest/corpus.generator";
import { writeCorpus } from "../src/modules/ingest/corpus.service";
import { loadConfig } from "../src/shared/config";
import { openDatabase } from "../src/shared/database/database";

const USAGE = `usage: npm run seed:corpus -- --articles <N> [--actors <N>] [--seed <N>]
Fills an empty database (DATABASE_URL, as the owner at MIGRATION_DATABASE_URL when set, or the embedded
one) with a generated newsroom: N articles of 3–5k characters, their quotes, claims and history.`;

function count(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number.\n${USAGE}`);
  return n;
}

/**
 * npm run seed:corpus — a deterministic synthetic corpus for benchmarks and demos (see
 * src/modules/ingest/corpus.generator.ts). The same --articles and --seed give the same rows.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { articles: { type: "string" }, actors: { type: "string" }, seed: { type: "string" } },
  });
  const articles = count(values.articles, "articles");
  if (articles === undefined) throw new Error(USAGE);
  const size = {
    articles,
    actors: count(values.actors, "actors"),
    seed: count(values.seed, "seed") ?? DEFAULT_CORPUS_SEED,
  };
  const config = loadConfig();
  if (config.production) throw new Error("npm run seed:corpus is refused with NODE_ENV=production.");
  // Bulk loading switches a trigger off inside its transactions, which takes the tables' owner.
  const database = await openDatabase({
    databaseUrl: config.migrationUrl ?? config.databaseUrl,
    dataDir: config.dataDir,
  });
  const bar = new SingleBar({
    format:
      "articles {bar} {value}/{total} | {annotations} annotations, {events} events | {duration_formatted} | eta {eta_formatted}",
    noTTYOutput: true,
    notTTYSchedule: 5000,
  });
  const started = Date.now();
  try {
    bar.start(articles, 0, { annotations: 0, events: 0 });
    const report = await writeCorpus(database.prisma, size, (done, progress) =>
      bar.update(done, { annotations: progress.annotations, events: progress.events }),
    );
    bar.stop();
    console.log(
      `seeded ${report.articles} articles, ${report.actors} actors, ${report.annotations} annotations and ` +
        `${report.events} history events in ${((Date.now() - started) / 1000).toFixed(1)} s (seed ${size.seed})`,
    );
  } finally {
    bar.stop();
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
