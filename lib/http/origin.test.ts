import { describe, expect, it } from "vitest";
import { isAllowedOrigin, linkOrigin, type OriginConfig, type RequestFacts } from "./origin";

const request = (headers: Record<string, string>, encrypted = false): RequestFacts => ({ header: (name) => headers[name], encrypted });
const open: OriginConfig = { trustProxy: false, allowedOrigins: [] };

describe("linkOrigin", () => {
  it("takes PUBLIC_URL over anything a request says", () => {
    expect(linkOrigin(request({ host: "evil.example", "x-forwarded-host": "evil.example" }), { publicUrl: "https://umfrage.example.de/", trustProxy: true })).toBe(
      "https://umfrage.example.de",
    );
  });

  it("ignores forwarded headers unless a proxy is trusted", () => {
    const forged = request({ host: "10.0.0.5:3000", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" });
    expect(linkOrigin(forged, { trustProxy: false })).toBe("http://10.0.0.5:3000");
    expect(linkOrigin(forged, { trustProxy: true })).toBe("https://evil.example");
  });

  it("says https for a TLS connection, and takes the first of several forwarded values", () => {
    expect(linkOrigin(request({ host: "umfrage.local" }, true), { trustProxy: false })).toBe("https://umfrage.local");
    expect(linkOrigin(request({ host: "a", "x-forwarded-host": "b.example, c.example", "x-forwarded-proto": "https,http" }), { trustProxy: true })).toBe(
      "https://b.example",
    );
  });
});

describe("isAllowedOrigin", () => {
  const here = request({ host: "127.0.0.1:3000" });

  it.each([
    [undefined, true, "no Origin: a script or native client"],
    ["http://127.0.0.1:3000", true, "the page's own host"],
    ["https://evil.example", false, "another site"],
    ["http://127.0.0.1:3001", false, "another port"],
    ["null", false, "a sandboxed frame"],
    ["not a url", false, "garbage"],
  ] as [string | undefined, boolean, string][])("%s → %s (%s)", (origin, allowed) => {
    expect(isAllowedOrigin(origin, here, open)).toBe(allowed);
  });

  it("with PUBLIC_URL, only that origin and the allowlist", () => {
    const config = { ...open, publicUrl: "https://umfrage.example.de", allowedOrigins: ["https://intranet.example.de"] };
    expect(isAllowedOrigin("https://umfrage.example.de", here, config)).toBe(true);
    expect(isAllowedOrigin("https://intranet.example.de", here, config)).toBe(true);
    expect(isAllowedOrigin("http://127.0.0.1:3000", here, config)).toBe(false);
  });

  it("trusts a forwarded host only behind a trusted proxy", () => {
    const proxied = request({ host: "backend:3000", "x-forwarded-host": "umfrage.example.de" });
    expect(isAllowedOrigin("https://umfrage.example.de", proxied, open)).toBe(false);
    expect(isAllowedOrigin("https://umfrage.example.de", proxied, { ...open, trustProxy: true })).toBe(true);
  });
});
