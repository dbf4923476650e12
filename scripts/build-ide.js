// Builds the browser GraphQL IDE (GraphiQL, from this project's own dependencies) into dist/ide/,
// so that the server serves it with no CDN and no network at run time. Part of `npm run build`.
// The output is cached: when the IDE's sources, the examples, this script and the lockfile are
// unchanged since the last build, nothing is rebuilt (`--force` rebuilds anyway).
const { createHash } = require("node:crypto");
const { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } = require("node:fs");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..");
const SOURCE = path.join(ROOT, "ide");
const EXAMPLES = path.join(ROOT, "examples");
const OUT = path.join(ROOT, "dist", "ide");
const STAMP = path.join(OUT, "build-stamp.txt");

/** Every file under `dir`, recursively, sorted (so the build's inputs hash the same on every machine). */
function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const file = path.join(dir, entry.name);
      return entry.isDirectory() ? filesUnder(file) : [file];
    })
    .sort();
}

function inputsHash() {
  const hash = createHash("sha256");
  const inputs = [__filename, path.join(ROOT, "package-lock.json"), ...filesUnder(SOURCE), ...filesUnder(EXAMPLES)];
  for (const file of inputs) hash.update(path.relative(ROOT, file)).update("\0").update(readFileSync(file));
  return hash.digest("hex");
}

/** The typed client example's own documents (examples/client): code for codegen, not IDE tabs. */
const CLIENT_EXAMPLE = path.join(EXAMPLES, "client");

/**
 * The operations of examples/ as IDE tabs: the README's first query first, then the others in
 * path order. A `# Variables: {…}` comment (as the workflow steps carry) fills the variables pane.
 */
function readExamples() {
  const files = filesUnder(EXAMPLES).filter(
    (file) => file.endsWith(".graphql") && !file.startsWith(CLIENT_EXAMPLE + path.sep),
  );
  const first = path.join(EXAMPLES, "first-query.graphql");
  files.sort((a, b) => Number(b === first) - Number(a === first));
  return files.map((file) => {
    const query = readFileSync(file, "utf8");
    const comment = /^#\s*Variables:\s*(\{.*\})\s*$/m.exec(query);
    let variables;
    if (comment) {
      try {
        variables = JSON.stringify(JSON.parse(comment[1]), null, 2);
      } catch {
        variables = undefined;
      }
    }
    return { name: path.relative(EXAMPLES, file), query, variables };
  });
}

/** `import examples from "claimgraph:examples"` in the IDE's code: the examples, read now. */
const examplesModule = {
  name: "claimgraph-examples",
  setup(build) {
    build.onResolve({ filter: /^claimgraph:examples$/ }, () => ({ path: "examples", namespace: "claimgraph" }));
    build.onLoad({ filter: /.*/, namespace: "claimgraph" }, () => ({
      contents: JSON.stringify(readExamples()),
      loader: "json",
      watchFiles: filesUnder(EXAMPLES),
    }));
  },
};

async function main() {
  const force = process.argv.includes("--force");
  const hash = inputsHash();
  if (!force && existsSync(STAMP) && readFileSync(STAMP, "utf8") === hash) {
    console.log("IDE bundle is up to date (dist/ide)");
    return;
  }
  const esbuild = require("esbuild");
  const started = Date.now();
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const common = {
    bundle: true,
    minify: true,
    legalComments: "linked",
    target: ["es2022"],
    logLevel: "warning",
    define: { "process.env.NODE_ENV": '"production"' },
  };
  // Monaco (GraphiQL's editor) runs its language services in web workers: one bundle each,
  // loaded from this same origin (ide/monaco-environment.ts).
  // Both come with GraphiQL (through @graphiql/react), so they are resolved from there.
  const from = { paths: [path.dirname(require.resolve("@graphiql/react/package.json"))] };
  const monaco = path.dirname(require.resolve("monaco-editor/package.json", from));
  const monacoGraphql = path.dirname(require.resolve("monaco-graphql/package.json", from));
  await esbuild.build({
    ...common,
    entryPoints: {
      "editor.worker": path.join(monaco, "esm/vs/editor/editor.worker.js"),
      "json.worker": path.join(monaco, "esm/vs/language/json/json.worker.js"),
      "graphql.worker": path.join(monacoGraphql, "esm/graphql.worker.js"),
    },
    format: "iife",
    outdir: path.join(OUT, "assets"),
  });
  await esbuild.build({
    ...common,
    entryPoints: { app: path.join(SOURCE, "main.tsx") },
    format: "iife",
    jsx: "automatic",
    outdir: path.join(OUT, "assets"),
    loader: { ".ttf": "file", ".woff": "file", ".woff2": "file", ".svg": "file" },
    assetNames: "[name]-[hash]",
    plugins: [examplesModule],
  });
  writeFileSync(path.join(OUT, "index.html"), readFileSync(path.join(SOURCE, "index.html")));
  writeFileSync(STAMP, hash);
  console.log(`built the IDE bundle into dist/ide in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
