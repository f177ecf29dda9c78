/** The server's configuration, read once at start; a bad value stops the start with a clear message. */
import { z } from "zod";
import { DEFAULT_DATABASE_URL } from "./db/database-url";

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default("0.0.0.0"),
  DATABASE_URL: z.string().min(1).default(DEFAULT_DATABASE_URL),
  /** The address people reach the server by, e.g. https://umfrage.example.de; shown in printed links. */
  PUBLIC_URL: z.url().optional(),
  /** "true" behind a reverse proxy that sets X-Forwarded-Host and X-Forwarded-Proto; otherwise those headers are ignored. */
  TRUST_PROXY: z
    .enum(["true", "false"])
    .default("false")
    .transform((v) => v === "true"),
  /** Further origins (comma-separated URLs) whose pages may open a socket, beside the app's own. */
  ALLOWED_ORIGINS: z
    .string()
    .default("")
    .transform((list) => list.split(",").map((entry) => entry.trim()).filter(Boolean))
    .pipe(z.array(z.url())),
  /** What participant tokens are signed with (at least 32 characters); by default a secret made on first start, kept beside the database. */
  PARTICIPANT_SECRET: z.string().min(32).optional(),
  /** Create the demo event on first start (default on; "false" turns it off). */
  SEED_DEMO: z
    .enum(["true", "false"])
    .default("true")
    .transform((v) => v === "true"),
});

export type Env = z.infer<typeof envSchema>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid environment:\n${problems}`);
  }
  return parsed.data;
}
