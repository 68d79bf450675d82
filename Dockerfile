# Production image: Next.js standalone output, built in stages.
FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
COPY scripts/prisma-generate.ts scripts/prisma-generate.ts
COPY prisma prisma
COPY prisma.config.ts tsconfig.json ./
RUN npm ci --no-audit --no-fund

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY . .
ENV NEXT_TELEMETRY_DISABLED=1 BUILD_STANDALONE=1
RUN npx tsx scripts/prisma-generate.ts && npx next build

FROM node:20-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0 CHROMIUM_PATH=/usr/bin/chromium
# Chromium prints PDF reports (playwright-core drives it); DejaVu, Noto CJK and Noto Color Emoji cover what articles quote.
RUN apt-get update \
 && apt-get install -y --no-install-recommends chromium fonts-dejavu-core fonts-noto-cjk fonts-noto-color-emoji \
 && rm -rf /var/lib/apt/lists/*
RUN useradd --system --uid 1001 crosscheck
COPY --from=build /app/.next/standalone ./
COPY --from=build /app/.next/static ./.next/static
# The migration runner and its dependencies (pg, tsx) for `docker compose up`.
COPY --from=build /app/prisma/migrations ./prisma/migrations
COPY --from=build /app/scripts/lib/run-migrations.ts /app/scripts/lib/bootstrap-admin.ts /app/scripts/lib/app-role.ts /app/scripts/lib/install-job-queue.ts ./scripts/lib/
COPY --from=build /app/lib/domain/exports/job-queues.ts ./lib/domain/exports/job-queues.ts
COPY --from=build /app/scripts/docker-entrypoint.ts ./scripts/docker-entrypoint.ts
COPY --from=build /app/lib/server/auth/password.ts ./lib/server/auth/password.ts
# Import work runs in worker threads (lib/server/core/import-pool.ts) that load this bundle; its npm
# packages (jsdom, mammoth, TipTap...) are not all traced into the standalone output, so all of node_modules comes along.
COPY --from=build /app/.import-worker ./.import-worker
COPY --from=deps /app/node_modules ./node_modules
COPY --from=deps /app/node_modules/server-only ./node_modules/server-only
COPY --from=deps /app/node_modules/tsx ./node_modules/tsx
COPY --from=deps /app/node_modules/esbuild ./node_modules/esbuild
COPY --from=deps /app/node_modules/@esbuild ./node_modules/@esbuild
COPY --from=deps /app/node_modules/get-tsconfig ./node_modules/get-tsconfig
COPY --from=deps /app/node_modules/resolve-pkg-maps ./node_modules/resolve-pkg-maps
USER crosscheck
EXPOSE 3000
CMD ["node", "--conditions=react-server", "--import", "tsx", "scripts/docker-entrypoint.ts"]
