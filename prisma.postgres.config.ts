import "dotenv/config";
import path from "node:path";
import { defineConfig } from "prisma/config";

// PostgreSQL: the schema derived from prisma/schema.prisma (scripts/postgres-schema.mjs) and its own migrations.
// The same WebAssembly schema engine as for SQLite (prisma.config.ts): nothing is downloaded.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve(import.meta.dirname, "scripts/prisma-schema-engine-wasm.cjs");

export default defineConfig({
  schema: "prisma/postgres/schema.prisma",
  migrations: { path: "prisma/postgres/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/barometer" },
});
