import fs from "node:fs";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { SQLITE_BUSY_TIMEOUT_MS } from "./faults";
import { PrismaClient } from "./generated/client";
import { PrismaClient as PostgresClient } from "./generated-pg/client";

/** Both clients come from one schema (scripts/postgres-schema.mjs) and have the same API; code is written against one. */
export type Database = PrismaClient;
export type Dialect = "sqlite" | "postgres";

const dialects = new WeakMap<Database, Dialect>();

/** Which SQL a database speaks, for the few statements Prisma cannot write (a batched upsert). */
export function dialectOf(db: Database): Dialect {
  return dialects.get(db) ?? "sqlite";
}

export const isPostgresUrl = (url: string) => /^postgres(ql)?:\/\//.test(url);

/**
 * Opens the database behind `url`: a SQLite file (the embedded default) or
 * PostgreSQL (postgres://…), through Prisma's driver adapters.
 *
 * SQLite runs in WAL mode with full fsync, so a vote that was acknowledged
 * survives a crash of the process or the machine. A lock held by another
 * program is waited for only briefly (db/faults.ts).
 */
export async function openDatabase(url: string): Promise<Database> {
  if (isPostgresUrl(url)) {
    const db = new PostgresClient({ adapter: new PrismaPg({ connectionString: url }) }) as unknown as Database;
    await db.$queryRawUnsafe("SELECT 1");
    dialects.set(db, "postgres");
    return db;
  }
  if (!url.startsWith("file:")) {
    throw new Error(`DATABASE_URL must be a SQLite file: URL or a postgres:// URL (got "${url.split(":")[0]}:").`);
  }
  const file = url.slice("file:".length).split("?")[0] ?? "";
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const db = new PrismaClient({ adapter: new PrismaBetterSqlite3({ url }) });
  await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await db.$queryRawUnsafe("PRAGMA synchronous = FULL");
  await db.$queryRawUnsafe(`PRAGMA busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
  await db.$queryRawUnsafe("PRAGMA foreign_keys = ON");
  dialects.set(db, "sqlite");
  return db;
}
