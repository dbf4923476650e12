# Claimgraph server image. Build: docker build -t claimgraph .
FROM node:20-bookworm-slim
WORKDIR /app
ENV CHECKPOINT_DISABLE=1

# Dependencies first (cached); postinstall runs `prisma generate` offline, which needs the schema.
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma ./prisma
COPY scripts/prisma-generate.js ./scripts/prisma-generate.js
RUN npm ci --no-audit --no-fund

COPY . .
RUN npm run build

ENV HOST=0.0.0.0 PORT=4000
EXPOSE 4000
CMD ["node", "dist/src/main.js"]
