import { defineConfig, devices } from "@playwright/test";
import type { Typeface } from "./e2e/support/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
/** SQLite by default; E2E_DATABASE=postgres runs the whole suite on a fresh database of this machine's PostgreSQL. */
const ON_POSTGRES = process.env.E2E_DATABASE === "postgres";
const DATABASE_URL = ON_POSTGRES ? (process.env.E2E_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/barometer_e2e") : "file:./data/e2e/barometer.db";
const FRESH_DATABASE = ON_POSTGRES ? `node scripts/fresh-postgres-database.mjs ${DATABASE_URL}` : "rm -rf data/e2e";
/** A real OpenID Connect provider beside the app (e2e/support/oidc-provider.ts), for sign-in and co-moderators. */
const OIDC_PORT = PORT + 1;
/**
 * The PostgreSQL run proves the stack end to end on PostgreSQL: start-up and
 * migrations, the demo seed, sign-in and roles, ballots, late votes, entries
 * and upvotes, the quiz, exports and series. These specs are left out there:
 * they check layout, screens of kinds whose storage is the same ballot and
 * entry path the others take, or the console's comfort and live steering,
 * which run the same commands (the integration suite runs every kind, reset
 * and countdown on PostgreSQL too). It keeps npm test within its 15 minutes on 2 cores.
 */
const SAME_ON_EVERY_DATABASE = ["projector-fit", "long-labels", "number-kinds", "wordcloud", "open-answers", "moderator-comfort", "moderation", "phone-weight"];
/** Every spec creates events from this one address: the default of 30 an hour is for people, not for a test suite. */
const LIMITS = "LIMIT_EVENT_CREATIONS_PER_IP=1000/3600";
const OIDC = `OIDC_ISSUER=http://127.0.0.1:${OIDC_PORT} OIDC_CLIENT_ID=barometer OIDC_CLIENT_SECRET=barometer-e2e-client-secret`;

/**
 * End-to-end tests in Debian's Chromium (/usr/bin/chromium): the test tool's
 * own browser download cannot work on machines without internet access.
 * The server is the real production build on a fresh SQLite database.
 */
export default defineConfig<{ typeface: Typeface }>({
  testDir: "./e2e",
  testIgnore: ON_POSTGRES ? SAME_ON_EVERY_DATABASE.map((name) => `**/${name}.spec.ts`) : undefined,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: "de-DE",
    trace: "retain-on-failure",
    // Requests a service worker answers never reach page.route; the one spec of the phone's offline cache allows it.
    serviceWorkers: "block",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [
    { name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } },
    // The layout specs again without the app's font (e2e/support/test.ts): a projector laptop has whatever fonts it has.
    // Layout is the same on every database, so the PostgreSQL run leaves this project out.
    ...(ON_POSTGRES ? [] : [{ name: "host-fonts", grep: /@fit/, use: { ...devices["Desktop Chrome"], channel: undefined, typeface: "host" as const } }]),
    // Pictures of every screen (npm run screenshots), not part of npm test: they assert little and take minutes.
    ...(process.env.GALLERY
      ? (["bundled", "host"] as const).map((typeface) => ({
          name: `gallery-${typeface}-fonts`,
          testMatch: /\.gallery\.ts$/,
          use: { ...devices["Desktop Chrome"], channel: undefined, typeface },
        }))
      : []),
  ],
  webServer: [
    {
      command: `OIDC_PORT=${OIDC_PORT} APP_ORIGINS=http://127.0.0.1:${PORT},http://localhost:${PORT} npx tsx e2e/support/oidc-provider.ts`,
      url: `http://127.0.0.1:${OIDC_PORT}/.well-known/openid-configuration`,
      timeout: 60_000,
      reuseExistingServer: false,
    },
    {
      // The container's own start (scripts/container-start.sh): migrations, then the production server.
      command: `${FRESH_DATABASE} && DATABASE_URL=${DATABASE_URL} PORT=${PORT} HOST=127.0.0.1 NODE_ENV=production ${LIMITS} ${OIDC} sh scripts/container-start.sh`,
      url: `http://127.0.0.1:${PORT}/api/health`,
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: "pipe",
    },
  ],
});
