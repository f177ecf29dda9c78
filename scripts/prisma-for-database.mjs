#!/usr/bin/env node
// Runs the Prisma CLI for the database DATABASE_URL names: PostgreSQL
// (postgres://…) with prisma.postgres.config.ts, else SQLite with prisma.config.ts.
// `node scripts/prisma-for-database.mjs migrate deploy`
import { spawnSync } from "node:child_process";
import "dotenv/config";

const postgres = /^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? "");
const args = [...process.argv.slice(2), ...(postgres ? ["--config", "prisma.postgres.config.ts"] : [])];
const result = spawnSync("npx", ["prisma", ...args], { stdio: "inherit" });
process.exit(result.status ?? 1);
