/**
 * The server without Next: HTTP API and Socket.IO only, on a free port of
 * 127.0.0.1. For tests that kill it and for the benchmark. Prints
 * "READY <port>" once it listens; answers a parent's "metrics" messages.
 */
import type { AddressInfo } from "node:net";
import { createApplication, createServices } from "./app";
import { openDatabase } from "./db/client";
import { applicationSettings, readEnv } from "./env";
import { reportMetricsToParent } from "./process-metrics";
import { participantSecret } from "./security/participant-secret";

const env = readEnv();
const db = await openDatabase(env.DATABASE_URL);
const { cluster, ...settings } = await applicationSettings(env);
const services = createServices(db, { cluster, retentionDays: env.RETENTION_DAYS });
const app = createApplication({ db, services, participantSecret: participantSecret(env), ...settings });
reportMetricsToParent();
app.httpServer.listen(0, "127.0.0.1", () => {
  console.log(`READY ${(app.httpServer.address() as AddressInfo).port}`);
});
// Exit through Node on SIGTERM, so that a --cpu-prof profile (BENCH_PROFILE) gets written.
process.once("SIGTERM", () => process.exit(0));
