# Barometer in a container: build with everything, run with what the server needs,
# as the unprivileged "node" user. Migrations are applied at start.
# syntax=docker/dockerfile:1

FROM node:20.20-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 compiles its native module where no prebuilt binary can be fetched.
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3=3.11.* make=4.3-* g++=4:12.2.* \
  && rm -rf /var/lib/apt/lists/*
COPY . .
ENV NEXT_TELEMETRY_DISABLED=1
RUN npm ci --no-audit --no-fund \
  && npm run build \
  && npm prune --omit=dev --no-audit --no-fund \
  && rm -rf .next/cache tests e2e bench docs

FROM node:20.20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production \
  NEXT_TELEMETRY_DISABLED=1 \
  PORT=3000 \
  HOST=0.0.0.0 \
  DATABASE_URL=file:/data/barometer.db
RUN mkdir -p /data && chown node:node /data
COPY --from=build --chown=node:node /app /app
USER node
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["sh", "scripts/container-start.sh"]
