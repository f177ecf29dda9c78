/**
 * Composition root: environment → database → demo event → Next → HTTP +
 * Socket.IO on one port. Exits non-zero with a clear message if any step fails.
 */
import "dotenv/config";
import next from "next";
import { providePageData } from "@/lib/pages/page-data";
import { createApplication, createServices } from "./app";
import { openDatabase } from "./db/client";
import { demoTokenFile, ensureDemoEvent } from "./demo/demo-event";
import { applicationSettings, readEnv } from "./env";
import { eventLinks } from "./http/links";
import { participantSecret } from "./security/participant-secret";

// Next reports usage to its vendor unless told not to; our users' servers send nothing anywhere.
process.env.NEXT_TELEMETRY_DISABLED ??= "1";

async function main(): Promise<void> {
  const env = readEnv();
  const db = await openDatabase(env.DATABASE_URL);
  const { cluster, ...settings } = await applicationSettings(env);
  const services = createServices(db, { cluster, retentionDays: env.RETENTION_DAYS });
  services.retention.start();
  const demo = env.SEED_DEMO ? await ensureDemoEvent(services.events, demoTokenFile(env.DATABASE_URL)) : null;

  const dev = env.NODE_ENV !== "production";
  const nextApp = next({ dev, hostname: env.HOST, port: env.PORT });
  await nextApp.prepare();
  const handlePage = nextApp.getRequestHandler();

  const app = createApplication({
    db,
    services,
    pages: (req, res) => handlePage(req, res),
    participantSecret: participantSecret(env),
    ...settings,
  });
  providePageData({ attendeeView: app.attendeeViewOf });
  await new Promise<void>((resolve, reject) => {
    app.httpServer.once("error", reject);
    app.httpServer.listen(env.PORT, env.HOST, resolve);
  });

  const origin = env.PUBLIC_URL?.replace(/\/$/, "") ?? `http://localhost:${env.PORT}`;
  console.log(`\n  Barometer is running on ${origin} (${dev ? "development" : "production"})\n`);
  // Attendees read a neutral text on /privacy then; the operator is the one to tell.
  if (!env.OPERATOR_NAME && !env.OPERATOR_EMAIL) {
    console.warn("  Note: OPERATOR_NAME and OPERATOR_EMAIL are not set; /privacy and /accessibility name no operator.\n");
  }
  if (demo) {
    const links = eventLinks(origin, demo.code, demo.moderatorToken);
    console.log(`  Demo event ${demo.code}${demo.created ? " (created)" : ""}`);
    console.log(`    Vote (phones):  ${links.attendee}`);
    console.log(`    Projector:      ${links.presenter}`);
    console.log(`    Moderate:       ${links.moderator}   (keep this link secret)\n`);
  }

  const shutdown = async (signal: string) => {
    console.log(`\n  ${signal}: shutting down`);
    services.retention.stop();
    await app.close();
    await cluster.close();
    settings.redis?.disconnect();
    await db.$disconnect();
    process.exit(0);
  };
  process.once("SIGINT", () => void shutdown("SIGINT"));
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
}

main().catch((error: unknown) => {
  console.error(`\n  Barometer could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
