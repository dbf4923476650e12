# Claimgraph server image, for production. Build: docker build -t claimgraph .
# Node 24 (LTS) satisfies every dependency's `engines` (package.json: ^22.15 || >=24).

# --- Build: every dependency (TypeScript, the Prisma CLI), compiled into dist/ ---------------
FROM node:24-bookworm-slim AS build
WORKDIR /app
ENV CHECKPOINT_DISABLE=1

# Dependencies first (cached); postinstall runs `prisma generate` offline, which needs the schema.
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma ./prisma
COPY scripts/prisma-generate.js ./scripts/prisma-generate.js
RUN npm ci --no-audit --no-fund

COPY . .
RUN npm run build

# --- Runtime: production dependencies only, the compiled code, a user without privileges -----
FROM node:24-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production CHECKPOINT_DISABLE=1 HOST=0.0.0.0 PORT=4000

# --ignore-scripts: the generated Prisma client is compiled into dist/src/generated already, so
# postinstall's `prisma generate` is not needed (and the schema engine check would fail).
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force

COPY --from=build /app/dist ./dist
# The annotation workbench, served at /app (the GraphQL IDE's bundle is in dist/ide; GRAPHQL_IDE=true serves it).
COPY --from=build /app/web/dist ./web/dist
# Read at run time: the migrations (and schema.prisma, which marks the project root), the first
# query printed at start, and the seeds (used only outside production).
COPY prisma ./prisma
COPY examples ./examples
COPY seeds ./seeds
# The only folder the server writes to (CLAIMGRAPH_DATA_DIR: the embedded database, when no
# DATABASE_URL is given); everything else stays read-only for the node user.
RUN mkdir -p /app/.data && chown node:node /app/.data

USER node
EXPOSE 4000
# Ready means the database answers and its migrations are current (GET /readyz). Slim images
# have no curl: Node's own fetch asks.
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/readyz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/src/main.js"]
