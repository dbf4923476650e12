// Runs one embedded PostgreSQL (PGlite behind its wire-protocol socket) in a process of its
// own and prints its connection string. The test suite's fallback path uses it: PGlite loads
// its WebAssembly through dynamic import(), which jest's module sandbox does not allow, so it
// cannot run inside a test file. Uses the built code (npm test builds first).
const path = require("node:path");

let embedded;
try {
  ({ startEmbeddedPostgres: embedded } = require(path.join(__dirname, "../../dist/src/shared/database/embedded.js")));
} catch {
  process.stderr.write("dist/ is missing: run `npm run build` before jest (npm test does).\n");
  process.exit(1);
}

embedded()
  .then((db) => {
    process.stdout.write(`URL ${db.url}\n`);
    const stop = () => db.stop().finally(() => process.exit(0));
    process.on("SIGTERM", stop);
    process.on("SIGINT", stop);
    process.on("disconnect", stop);
  })
  .catch((error) => {
    process.stderr.write(`${error.stack ?? error}\n`);
    process.exit(1);
  });
