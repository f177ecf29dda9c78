#!/bin/sh
# How the container (and the e2e tests) start the app: migrations for the
# database DATABASE_URL names, then the production server in this process.
set -eu
cd "$(dirname "$0")/.."
node scripts/prisma-for-database.mjs migrate deploy
exec node --max-old-space-size="${NODE_MAX_OLD_SPACE_MB:-768}" --import tsx server/index.ts
