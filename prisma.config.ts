import { defineConfig } from "prisma/config";

// Prisma 7 reads the connection string from here, not from schema.prisma. Only the CLI
// uses it; the application builds its own adapter in src/shared/database.ts.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/claimgraph" },
});
