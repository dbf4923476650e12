// Runs `prisma generate` offline. The CLI insists that its native schema engine exists
// before generating, although generate never uses it, and would download it from a host
// that is unreachable here; any existing file satisfies the check (see README, "Prisma offline").
const { spawnSync } = require("node:child_process");

const result = spawnSync(process.execPath, [require.resolve("prisma/build/index.js"), "generate"], {
  stdio: "inherit",
  env: {
    PRISMA_SCHEMA_ENGINE_BINARY: __filename,
    CHECKPOINT_DISABLE: "1",
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    ...process.env,
  },
});
process.exit(result.status ?? 1);
