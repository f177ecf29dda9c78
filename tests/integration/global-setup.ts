/**
 * Migrates one template database through the real Prisma CLI (and its
 * WebAssembly schema engine); each test gets a fresh copy of it. SQLite by
 * default; with TEST_DATABASE=postgres, a template database on this machine's
 * PostgreSQL (TEST_POSTGRES_URL, default postgresql://postgres@127.0.0.1:5432/test),
 * copied with CREATE DATABASE … TEMPLATE.
 */
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { dropDatabases, postgresUrlFor, runAdmin } from "../support/postgres";

export default async function setup(project: TestProject) {
  if (process.env.TEST_DATABASE === "postgres") {
    const prefix = `barometer_it_${randomBytes(4).toString("hex")}`;
    const template = `${prefix}_template`;
    await runAdmin(`CREATE DATABASE ${template}`);
    execFileSync("npx", ["prisma", "migrate", "deploy", "--config", "prisma.postgres.config.ts"], {
      env: { ...process.env, DATABASE_URL: postgresUrlFor(template) },
      stdio: "pipe",
    });
    project.provide("templateDatabase", template);
    project.provide("databaseKind", "postgres");
    return () => dropDatabases(prefix);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "barometer-it-"));
  const template = path.join(dir, "template.db");
  execFileSync("npx", ["prisma", "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: `file:${template}` },
    stdio: "pipe",
  });
  project.provide("templateDatabase", template);
  project.provide("databaseKind", "sqlite");
  return () => fs.rmSync(dir, { recursive: true, force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    templateDatabase: string;
    databaseKind: "sqlite" | "postgres";
  }
}
