import path from "node:path";

/** SQLite under ./data/ unless DATABASE_URL says otherwise; the folder is created on start. */
export const DEFAULT_DATABASE_URL = "file:./data/barometer.db";

/** A file kept beside a SQLite database (data/barometer.db → data/barometer<suffix>), else in ./data/. */
export function fileBesideDatabase(databaseUrl: string, suffix: string): string {
  if (!databaseUrl.startsWith("file:")) return path.resolve(`data/barometer${suffix}`);
  const file = path.resolve(databaseUrl.slice("file:".length).split("?")[0] ?? "");
  return `${file.replace(/\.db$/, "")}${suffix}`;
}
