/** The server's configuration, read once at start; a bad value stops the start with a clear message. */
import { z } from "zod";
import { EVENT_CREATION_MODES } from "@/lib/domain/access/policy";
import { createSoloCluster } from "./cluster/cluster";
import { createRedisCluster } from "./cluster/redis-cluster";
import { DEFAULT_DATABASE_URL } from "./db/database-url";
import { connectRedis } from "./redis/connect";
import { DEFAULT_CONNECTIONS_PER_IP, LIMIT_NAMES, limitEnvName, parseRate, type Rates } from "./security/limits";

/** "points/seconds" (e.g. "30/60") or "off". */
const rateSchema = z.string().transform((text, context) => {
  const rate = parseRate(text);
  if (rate !== undefined) return rate;
  context.addIssue({ code: "custom", message: 'expected "points/seconds", e.g. "30/60", or "off"' });
  return z.NEVER;
});

const limitSettings: Record<string, z.ZodOptional<typeof rateSchema>> = Object.fromEntries(
  LIMIT_NAMES.map((name) => [limitEnvName(name), rateSchema.optional()]),
);

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
  /** Redis (redis://…): rate limits are then counted across all processes. */
  REDIS_URL: z.url().optional(),
  /** When set, /metrics requires `Authorization: Bearer` with it; unset, /metrics is open (it holds nothing personal). */
  METRICS_TOKEN: z.string().min(16).optional(),
  /** Prefix of every Redis key and channel, so that several instances can share one Redis. */
  REDIS_PREFIX: z.string().regex(/^[\w-]{1,40}$/).default("barometer"),
  /** Open sockets one address may hold at once, per process. */
  LIMIT_CONNECTIONS_PER_IP: z.coerce.number().int().min(1).default(DEFAULT_CONNECTIONS_PER_IP),
  /** OpenID Connect sign-in for moderators: the issuer's URL (its /.well-known/openid-configuration is read on first sign-in). */
  OIDC_ISSUER: z.url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  /** For a confidential client; without it the client is public and relies on PKCE. */
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_SCOPES: z.string().default("openid profile"),
  /** Who may create events: anyone (rate-limited), signed-in moderators only, or holders of EVENT_CREATION_KEY (and signed-in moderators). */
  EVENT_CREATION: z.enum(EVENT_CREATION_MODES).default("anyone"),
  EVENT_CREATION_KEY: z.string().min(16).optional(),
  /** Days an event is kept after it was created; then it is deleted with all its data. */
  RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(180),
  /** Who runs this server, for the privacy and accessibility statements (/privacy, /accessibility). */
  OPERATOR_NAME: z.string().min(1).max(200).optional(),
  /** Postal address; "\n" or "|" separate its lines. */
  OPERATOR_ADDRESS: z.string().min(1).max(500).optional(),
  OPERATOR_EMAIL: z.email().optional(),
  OPERATOR_PHONE: z.string().min(1).max(60).optional(),
  /** The data protection officer's contact (name, e-mail or address). */
  DATA_PROTECTION_OFFICER: z.string().min(1).max(300).optional(),
  /** Where feedback on accessibility goes; the operator's e-mail if not set. */
  ACCESSIBILITY_CONTACT: z.string().min(1).max(300).optional(),
  /** The enforcement body of the accessibility statement; by default the federal one (Schlichtungsstelle nach § 16 BGG). */
  ENFORCEMENT_BODY_NAME: z.string().min(1).max(300).optional(),
  ENFORCEMENT_BODY_URL: z.url().optional(),
  /** Create the demo event on first start (default on; "false" turns it off). */
  SEED_DEMO: z
    .enum(["true", "false"])
    .default("true")
    .transform((v) => v === "true"),
});
const limitsSchema = z.object(limitSettings);

const checkedEnvSchema = envSchema
  .refine((env) => !env.OIDC_ISSUER || env.OIDC_CLIENT_ID, { path: ["OIDC_CLIENT_ID"], message: "required with OIDC_ISSUER" })
  .refine((env) => env.EVENT_CREATION !== "key" || env.EVENT_CREATION_KEY, { path: ["EVENT_CREATION_KEY"], message: 'required with EVENT_CREATION="key"' })
  .refine((env) => env.EVENT_CREATION !== "signed-in" || env.OIDC_ISSUER, { path: ["EVENT_CREATION"], message: '"signed-in" needs OIDC_ISSUER' });

export type Env = z.infer<typeof envSchema> & {
  /** The rates set by LIMIT_* variables (security/limits.ts has the names and defaults). */
  rates: Partial<Rates>;
};

export function readEnv(given: NodeJS.ProcessEnv = process.env): Env {
  // An empty setting is no setting: compose files and .env templates write VAR= for "not set".
  const source = Object.fromEntries(Object.entries(given).filter(([, value]) => value !== ""));
  const parsed = checkedEnvSchema.safeParse(source);
  const limits = limitsSchema.safeParse(source);
  const issues = [...(parsed.error?.issues ?? []), ...(limits.error?.issues ?? [])];
  if (!parsed.success || !limits.success) {
    const problems = issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid environment:\n${problems}`);
  }
  const rates: Partial<Rates> = {};
  for (const name of LIMIT_NAMES) {
    const rate = limits.data[limitEnvName(name)];
    if (rate !== undefined) rates[name] = rate;
  }
  return { ...parsed.data, rates };
}

/**
 * What createServices and createApplication need from the environment, beside
 * the database. With REDIS_URL it connects to Redis: the processes then share
 * rate limits, Socket.IO rooms and change notices (cluster/cluster.ts).
 */
export async function applicationSettings(env: Env) {
  const redis = env.REDIS_URL ? await connectRedis(env.REDIS_URL) : undefined;
  const cluster = redis ? await createRedisCluster(redis, { namespace: env.REDIS_PREFIX }) : createSoloCluster();
  return {
    redis,
    cluster,
    metricsToken: env.METRICS_TOKEN,
    origins: { publicUrl: env.PUBLIC_URL, trustProxy: env.TRUST_PROXY, allowedOrigins: env.ALLOWED_ORIGINS },
    auth: {
      oidc:
        env.OIDC_ISSUER && env.OIDC_CLIENT_ID
          ? { issuer: env.OIDC_ISSUER, clientId: env.OIDC_CLIENT_ID, clientSecret: env.OIDC_CLIENT_SECRET, scopes: env.OIDC_SCOPES }
          : undefined,
      eventCreation: env.EVENT_CREATION,
      creationKey: env.EVENT_CREATION_KEY,
    },
    limits: {
      rates: env.rates,
      connectionsPerIp: env.LIMIT_CONNECTIONS_PER_IP,
      redis,
      namespace: env.REDIS_PREFIX,
    },
  };
}
