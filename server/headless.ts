/**
 * The server without Next: HTTP API and Socket.IO only, on a free port of
 * 127.0.0.1. For tests that kill it and for the benchmark. Prints
 * "READY <port>" once it listens.
 */
import type { AddressInfo } from "node:net";
import { createApplication } from "./app";
import { openDatabase } from "./db/client";
import { readEnv } from "./env";

const db = await openDatabase(readEnv().DATABASE_URL);
const app = createApplication({ db });
app.httpServer.listen(0, "127.0.0.1", () => {
  console.log(`READY ${(app.httpServer.address() as AddressInfo).port}`);
});
