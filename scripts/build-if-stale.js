// npm start's first step: compiles (npm run build) only when dist/ is older than what it is built
// from, and says so before the 20–60 s that takes; otherwise starts at once. Plain JavaScript,
// so that it runs before anything is compiled.
const { spawnSync } = require("node:child_process");
const { existsSync, readdirSync, statSync, utimesSync } = require("node:fs");
const path = require("node:path");

const root = path.resolve(__dirname, "..");
const output = path.join(root, "dist", "src", "main.js");
/** What dist/ (and web/dist) is built from: the code, the Prisma schema (the generated client), the IDE, the workbench, the compiler's settings, the dependencies. */
const INPUTS = [
  "src",
  "scripts",
  "prisma",
  "examples",
  "ide",
  "web",
  "tsconfig.json",
  "tsconfig.build.json",
  "package.json",
  "package-lock.json",
];
/** Produced by the build itself (prisma generate writes src/generated, the workbench web/dist). */
const SKIPPED = new Set([path.join(root, "src", "generated"), path.join(root, "web", "dist")]);

/** The newest modification time under `file` (a file or a folder), in ms. */
function newest(file) {
  if (SKIPPED.has(file) || !existsSync(file)) return 0;
  const stat = statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  // Files only: a folder's own time also changes when the build writes into it (src/generated).
  let latest = 0;
  for (const entry of readdirSync(file)) latest = Math.max(latest, newest(path.join(file, entry)));
  return latest;
}

const sources = Math.max(...INPUTS.map((input) => newest(path.join(root, input))));
const built = existsSync(output) && existsSync(path.join(root, "src", "generated")) ? statSync(output).mtimeMs : 0;
if (built >= sources) process.exit(0);

console.log(
  built
    ? "Sources changed since the last build: compiling into dist/ (npm run build, 20–60 s)…"
    : "Compiling Claimgraph into dist/ for the first time (npm run build, 20–60 s)…",
);
const started = new Date();
const result = spawnSync(process.platform === "win32" ? "npm.cmd" : "npm", ["run", "--silent", "build"], {
  cwd: root,
  stdio: "inherit",
});
if (result.status !== 0) process.exit(result.status ?? 1);
// dist/ is as new as the sources were when compiling began: a file saved during the build is
// newer, and the next npm start compiles again.
utimesSync(output, started, started);
console.log(`Compiled in ${((Date.now() - started.getTime()) / 1000).toFixed(0)} s.`);
