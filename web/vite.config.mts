import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

/**
 * The annotation workbench. `npm run web` serves it at http://localhost:5173/app/ and proxies
 * /graphql (HTTP and graphql-ws) to the API (CLAIMGRAPH_API, default http://localhost:4000), so
 * the browser talks to one origin; `npm run web:build` writes web/dist, which the API serves at /app.
 */
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "/app/",
  build: { outDir: "dist", emptyOutDir: true, chunkSizeWarningLimit: 1024 },
  oxc: { jsx: { runtime: "automatic" } },
  server: {
    proxy: {
      "/graphql": { target: process.env.CLAIMGRAPH_API ?? "http://localhost:4000", ws: true, changeOrigin: true },
    },
  },
});
