import fs from "node:fs";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { SQLITE_BUSY_TIMEOUT_MS } from "./faults";
import { PrismaClient } from "./generated/client";

export type Database = PrismaClient;

/**
 * Opens the database behind `url`. SQLite runs in WAL mode with full fsync,
 * so a vote that was acknowledged survives a crash of the process or the machine.
 * A lock held by another program is waited for only briefly (db/faults.ts).
 */
export async function openDatabase(url: string): Promise<Database> {
  if (!url.startsWith("file:")) {
    throw new Error(`DATABASE_URL must be a SQLite file: URL in this version (got "${url.split(":")[0]}:").`);
  }
  const file = url.slice("file:".length).split("?")[0] ?? "";
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const db = new PrismaClient({ adapter: new PrismaBetterSqlite3({ url }) });
  await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await db.$queryRawUnsafe("PRAGMA synchronous = FULL");
  await db.$queryRawUnsafe(`PRAGMA busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
  await db.$queryRawUnsafe("PRAGMA foreign_keys = ON");
  return db;
}
