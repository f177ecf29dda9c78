/**
 * The headers of pages and API answers: a policy with a fresh nonce per page
 * that Next can read from the request, no inline scripts or foreign
 * connections allowed, and HSTS only where the browser came over TLS.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { startServer, type TestServer } from "./harness";

let server: TestServer;

afterEach(async () => {
  await server.stop();
});

/** A stand-in for Next that answers with the policy it was handed on the request. */
const echoPolicy = async (req: IncomingMessage, res: ServerResponse) => {
  res.writeHead(200, { "content-type": "text/plain" }).end(String(req.headers["content-security-policy"]));
};

describe("security headers", () => {
  it("give each page a fresh nonce, in the request for Next and in the response for the browser", async () => {
    server = await startServer(undefined, { pages: echoPolicy });
    const first = await fetch(`${server.url}/join/ABC123`);
    const second = await fetch(`${server.url}/join/ABC123`);
    const policy = first.headers.get("content-security-policy") ?? "";
    expect(await first.text()).toBe(policy);
    const scriptSrc = policy.split(";").find((directive) => directive.trim().startsWith("script-src")) ?? "";
    expect(scriptSrc).toMatch(/'nonce-[A-Za-z0-9+/]{22}=='/);
    expect(scriptSrc).not.toContain("unsafe-inline");
    expect(policy).toContain("connect-src 'self';");
    expect(policy).not.toMatch(/ws:|wss:|\*/);
    expect(second.headers.get("content-security-policy")).not.toBe(policy);
  });

  it("send HSTS only over TLS, which a forwarded header proves only behind a trusted proxy", async () => {
    server = await startServer(undefined, { origins: { trustProxy: true } });
    expect((await fetch(`${server.url}/api/health`)).headers.get("strict-transport-security")).toBeNull();
    const proxied = await fetch(`${server.url}/api/health`, { headers: { "x-forwarded-proto": "https" } });
    expect(proxied.headers.get("strict-transport-security")).toBe("max-age=31536000");
    await server.stop();

    server = await startServer();
    const forged = await fetch(`${server.url}/api/health`, { headers: { "x-forwarded-proto": "https" } });
    expect(forged.headers.get("strict-transport-security")).toBeNull();
    expect(forged.headers.get("referrer-policy")).toBe("same-origin");
  });
});
