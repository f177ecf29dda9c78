#!/usr/bin/env node
// One source of truth for the models: prisma/schema.prisma (SQLite). The
// PostgreSQL schema is derived from it: only the provider and the client's
// output folder differ. `--check` fails when the committed copy has drifted.
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const source = fs.readFileSync(path.join(root, "prisma/schema.prisma"), "utf8");
const target = path.join(root, "prisma/postgres/schema.prisma");

export function postgresSchema(sqlite) {
  const derived = sqlite
    .replace('provider = "sqlite"', 'provider = "postgresql"')
    .replace('output       = "../server/db/generated"', 'output       = "../../server/db/generated-pg"');
  if (derived === sqlite || !derived.includes("generated-pg")) throw new Error("prisma/schema.prisma changed shape: update scripts/postgres-schema.mjs");
  return `// Derived from prisma/schema.prisma by scripts/postgres-schema.mjs: edit that file, then run this script.\n${derived}`;
}

const wanted = postgresSchema(source);
if (process.argv.includes("--check")) {
  const committed = fs.existsSync(target) ? fs.readFileSync(target, "utf8") : "";
  if (committed !== wanted) {
    console.error("prisma/postgres/schema.prisma has drifted from prisma/schema.prisma: run node scripts/postgres-schema.mjs");
    process.exit(1);
  }
  console.log("PostgreSQL schema is in step.");
} else {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, wanted);
  console.log(`wrote ${path.relative(root, target)}`);
}
