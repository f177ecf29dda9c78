/**
 * The migration path through the real Prisma CLI, which runs the WebAssembly
 * schema engine (scripts/prisma-schema-engine-wasm.cjs): no native engine download.
 */
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { dropDatabases, postgresUrlFor, runAdmin } from "../support/postgres";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../..");
const prismaBin = path.join(root, "node_modules/.bin/prisma");

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "barometer-migrate-"));
}

function prisma(args: string[], options: { cwd?: string; databaseUrl: string }) {
  return run(prismaBin, args, {
    cwd: options.cwd ?? root,
    env: { ...process.env, DATABASE_URL: options.databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
  });
}

function tablesOf(file: string): string[] {
  const db = new Database(file, { readonly: true });
  const names = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all()
    .map((row) => (row as { name: string }).name);
  db.close();
  return names;
}

/** A throw-away project with a copy of our schema and migrations, for commands that write migrations. */
function scratchProject(): string {
  const dir = tempDir();
  fs.cpSync(path.join(root, "prisma"), path.join(dir, "prisma"), { recursive: true });
  fs.writeFileSync(
    path.join(dir, "prisma.config.ts"),
    `process.env.PRISMA_SCHEMA_ENGINE_BINARY = ${JSON.stringify(path.join(root, "scripts/prisma-schema-engine-wasm.cjs"))};
export default { schema: "prisma/schema.prisma", migrations: { path: "prisma/migrations" }, datasource: { url: process.env.DATABASE_URL } };
`,
  );
  return dir;
}

describe("migrations", () => {
  it("deploys every migration to an empty database, in a folder that does not exist yet", async () => {
    const file = path.join(tempDir(), "nested", "fresh.db");
    await prisma(["migrate", "deploy"], { databaseUrl: `file:${file}` });
    expect(tablesOf(file)).toEqual([
      "_prisma_migrations",
      "accounts",
      "audit_entries",
      "ballots",
      "entries",
      "entry_upvotes",
      "event_invites",
      "event_roles",
      "events",
      "health_probes",
      "poll_items",
      "polls",
      "quiz_players",
      "votes",
    ]);

    const status = await prisma(["migrate", "status"], { databaseUrl: `file:${file}` });
    expect(status.stdout).toContain("Database schema is up to date");
  });

  it("keeps the committed migrations in step with the schema", async () => {
    const dir = tempDir();
    const inStep = await prisma(
      ["migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema", "prisma/schema.prisma", "--exit-code"],
      { databaseUrl: `file:${path.join(dir, "diff.db")}` },
    );
    expect(inStep.stdout).toContain("No difference detected");

    // The same check notices a schema change that has no migration.
    const project = scratchProject();
    const schemaFile = path.join(project, "prisma/schema.prisma");
    fs.appendFileSync(schemaFile, "\nmodel Extra {\n  id String @id\n}\n");
    await expect(
      prisma(["migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema", "prisma/schema.prisma", "--exit-code"], {
        cwd: project,
        databaseUrl: `file:${path.join(dir, "diff2.db")}`,
      }),
    ).rejects.toMatchObject({ code: 2 });
  });

  it("runs migrate dev: applies migrations to a new database and writes a migration for a schema change", async () => {
    const project = scratchProject();
    const databaseUrl = `file:${path.join(project, "dev.db")}`;
    const first = await prisma(["migrate", "dev", "--name", "noop"], { cwd: project, databaseUrl });
    expect(first.stdout).toMatch(/in sync/i);
    expect(fs.readdirSync(path.join(project, "prisma/migrations")).filter((n) => n.endsWith("_noop"))).toEqual([]);

    fs.appendFileSync(path.join(project, "prisma/schema.prisma"), "\nmodel Extra {\n  id String @id\n}\n");
    await prisma(["migrate", "dev", "--name", "add_extra"], { cwd: project, databaseUrl });
    const added = fs.readdirSync(path.join(project, "prisma/migrations")).find((n) => n.endsWith("_add_extra"));
    expect(added).toBeDefined();
    expect(fs.readFileSync(path.join(project, "prisma/migrations", added ?? "", "migration.sql"), "utf8")).toContain(
      'CREATE TABLE "Extra"',
    );
    expect(tablesOf(path.join(project, "dev.db"))).toContain("Extra");
  });

  it("keeps PostgreSQL's schema derived from SQLite's, its migrations in step, and deploys them from npm alone", async () => {
    // One source of truth: the PostgreSQL schema is prisma/schema.prisma with another provider.
    await run(process.execPath, [path.join(root, "scripts/postgres-schema.mjs"), "--check"], { cwd: root });
    const prefix = `barometer_migrate_${Date.now()}`;
    try {
      await runAdmin(`CREATE DATABASE ${prefix}`);
      const databaseUrl = postgresUrlFor(prefix);
      const inStep = await prisma(
        ["migrate", "diff", "--config", "prisma.postgres.config.ts", "--from-migrations", "prisma/postgres/migrations", "--to-schema", "prisma/postgres/schema.prisma", "--exit-code"],
        { databaseUrl },
      );
      expect(inStep.stdout).toContain("No difference detected");
      await prisma(["migrate", "deploy", "--config", "prisma.postgres.config.ts"], { databaseUrl });
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      const { rows } = await client.query<{ tablename: string }>("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename");
      await client.end();
      const dir = tempDir();
      await prisma(["migrate", "deploy"], { databaseUrl: `file:${path.join(dir, "same.db")}` });
      expect(rows.map((row) => row.tablename)).toEqual(tablesOf(path.join(dir, "same.db")));
    } finally {
      await dropDatabases(prefix);
    }
  });
});
