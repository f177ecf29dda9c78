/**
 * The secret participant tokens are signed with: PARTICIPANT_SECRET if set,
 * else one made on first start and kept beside the database (readable by the
 * server's user only), so that phones stay the same phones across restarts.
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileBesideDatabase } from "../db/database-url";

export function participantSecret(env: { PARTICIPANT_SECRET?: string; DATABASE_URL: string }): Buffer {
  if (env.PARTICIPANT_SECRET) return Buffer.from(env.PARTICIPANT_SECRET, "utf8");
  const file = fileBesideDatabase(env.DATABASE_URL, ".participant-secret");
  if (fs.existsSync(file)) return Buffer.from(fs.readFileSync(file, "utf8").trim(), "base64url");
  const secret = randomBytes(32);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  try {
    fs.writeFileSync(file, `${secret.toString("base64url")}\n`, { mode: 0o600, flag: "wx" });
  } catch (error) {
    // Another process started at the same moment and wrote it first: use that one.
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    return Buffer.from(fs.readFileSync(file, "utf8").trim(), "base64url");
  }
  return secret;
}
