import "dotenv/config";
import fs from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";
import { DEFAULT_DATABASE_URL } from "./server/db/database-url";

// Prisma 7's CLI downloads a native schema engine from its own host, which air-gapped
// networks cannot reach. Our stand-in runs the official WebAssembly engine from npm instead.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve(
  import.meta.dirname,
  "scripts/prisma-schema-engine-wasm.cjs",
);

const databaseUrl = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
// SQLite creates the file but not its folder.
if (databaseUrl.startsWith("file:")) {
  fs.mkdirSync(path.dirname(databaseUrl.slice("file:".length).split("?")[0] ?? ""), { recursive: true });
}

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
  datasource: { url: databaseUrl },
});
