/**
 * Which pages may talk to the server, and where its links point: a page of
 * another site gets no socket, the API takes only real JSON, and forged
 * forwarded headers do not move the links unless a proxy is trusted.
 */
import { io } from "socket.io-client";
import { afterEach, describe, expect, it } from "vitest";
import { startServer, type TestServer } from "./harness";

let server: TestServer | undefined;

afterEach(async () => {
  await server?.stop();
  server = undefined;
});

/** Whether a socket with this Origin header (none: a script) gets through the handshake. */
async function connects(url: string, origin?: string): Promise<boolean> {
  const socket = io(url, { transports: ["websocket"], forceNew: true, reconnection: false, extraHeaders: origin ? { origin } : {} });
  try {
    return await new Promise<boolean>((resolve) => {
      socket.once("connect", () => resolve(true));
      socket.once("connect_error", () => resolve(false));
    });
  } finally {
    socket.disconnect();
  }
}

async function createEvent(url: string, headers: Record<string, string> = {}) {
  return fetch(`${url}/api/events`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ title: "Forum" }),
  });
}

describe("origins", () => {
  it("gives a socket to the app's own pages and to scripts, not to pages of another site", async () => {
    server = await startServer();
    expect(await connects(server.url)).toBe(true);
    expect(await connects(server.url, server.url)).toBe(true);
    expect(await connects(server.url, "https://evil.example")).toBe(false);
    expect(await connects(server.url, "null")).toBe(false);
  });

  it("with PUBLIC_URL, takes pages of that origin and of the allowlist only", async () => {
    server = await startServer(undefined, { origins: { publicUrl: "https://umfrage.example.de", allowedOrigins: ["https://intranet.example.de"] } });
    expect(await connects(server.url, "https://umfrage.example.de")).toBe(true);
    expect(await connects(server.url, "https://intranet.example.de")).toBe(true);
    expect(await connects(server.url, server.url)).toBe(false);
  });

  it("takes exactly application/json, so that no other site can post a form that creates events", async () => {
    server = await startServer();
    const sneaky = await fetch(`${server.url}/api/events`, {
      method: "POST",
      headers: { "content-type": "text/plain; x=application/json" },
      body: JSON.stringify({ title: "Forum" }),
    });
    expect(sneaky.status).toBe(415);
    expect(await server.db.event.count()).toBe(0);
    expect((await createEvent(server.url, { "content-type": "application/json; charset=utf-8" })).status).toBe(201);
  });

  it("builds links from the request's host, from forwarded headers only behind a trusted proxy, and from PUBLIC_URL above all", async () => {
    const forged = { "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" };
    server = await startServer();
    const plain = (await (await createEvent(server.url, forged)).json()) as { links: { attendee: string } };
    expect(plain.links.attendee.startsWith(`${server.url}/join/`)).toBe(true);
    await server.stop();

    server = await startServer(undefined, { origins: { trustProxy: true } });
    const proxied = (await (await createEvent(server.url, { "x-forwarded-host": "umfrage.example.de", "x-forwarded-proto": "https" })).json()) as {
      links: { attendee: string };
    };
    expect(proxied.links.attendee.startsWith("https://umfrage.example.de/join/")).toBe(true);
    await server.stop();

    server = await startServer(undefined, { origins: { publicUrl: "https://umfrage.example.de/", trustProxy: true } });
    const fixed = (await (await createEvent(server.url, forged)).json()) as { links: { attendee: string; moderator: string } };
    expect(fixed.links.attendee.startsWith("https://umfrage.example.de/join/")).toBe(true);
    expect(fixed.links.moderator.startsWith("https://umfrage.example.de/moderate/")).toBe(true);
  });
});
