import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

/**
 * Prisma's own migration SQL, produced offline.
 *
 * Prisma 7's CLI needs its native schema engine for `migrate`, and that binary cannot be
 * downloaded here. Prisma 6.19's CLI (installed as the `prisma6` alias) can run its
 * WebAssembly schema engine through a driver adapter, and `migrate diff` between two
 * datamodels then works without any download. It connects once through the adapter, so
 * `databaseUrl` must name a reachable PostgreSQL (nothing is written to it).
 */
export async function diffSchemas(options: {
  /** schema.prisma text to diff from; null means an empty database. */
  from: string | null;
  to: string;
  databaseUrl: string;
}): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "claimgraph-prisma-diff-"));
  try {
    const toPath = path.join(dir, "to.prisma");
    await writeFile(toPath, forPrisma6(options.to));
    const args = ["migrate", "diff", "--script", "--config", path.join(dir, "prisma.config.js")];
    if (options.from === null) {
      args.push("--from-empty");
    } else {
      const fromPath = path.join(dir, "from.prisma");
      await writeFile(fromPath, forPrisma6(options.from));
      args.push("--from-schema-datamodel", fromPath);
    }
    args.push("--to-schema-datamodel", toPath);
    await writeFile(
      path.join(dir, "prisma.config.js"),
      [
        "const { PrismaPg } = require(" + JSON.stringify(require.resolve("prisma6-adapter-pg")) + ");",
        "module.exports = {",
        "  experimental: { adapter: true },",
        '  engine: "js",',
        "  schema: " + JSON.stringify(toPath) + ",",
        "  async adapter() { return new PrismaPg({ connectionString: process.env.DATABASE_URL }); },",
        "};",
        "",
      ].join("\n"),
    );
    // Any existing file satisfies the CLI's check for native engines it will not use.
    const placeholder = require.resolve("prisma6/package.json");
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [require.resolve("prisma6/build/index.js"), ...args],
      {
        cwd: dir,
        env: {
          ...process.env,
          DATABASE_URL: options.databaseUrl,
          CHECKPOINT_DISABLE: "1",
          PRISMA_HIDE_UPDATE_MESSAGE: "1",
          PRISMA_QUERY_ENGINE_LIBRARY: placeholder,
          PRISMA_SCHEMA_ENGINE_BINARY: placeholder,
        },
        maxBuffer: 16 * 1024 * 1024,
      },
    );
    return stdout;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Prisma 6 wants the url in the datasource block and has no `prisma-client` generator. */
function forPrisma6(schema: string): string {
  return schema
    .replace(/^generator\s+\w+\s*\{[^}]*\}/m, "")
    .replace(/^(datasource\s+\w+\s*\{)/m, '$1\n  url = env("DATABASE_URL")');
}
