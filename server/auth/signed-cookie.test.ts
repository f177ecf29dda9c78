import { describe, expect, it } from "vitest";
import { z } from "zod";
import { createSignedCookie, deriveKey } from "./signed-cookie";

const key = deriveKey(Buffer.from("a secret of at least thirty-two characters"), "session");
const session = createSignedCookie({ name: "s", key, maxAgeSeconds: 60, schema: z.object({ accountId: z.string() }) });
const cookieOf = (header: string) => ({ headers: { cookie: header.split(";")[0] ?? "" } });

describe("signed cookies", () => {
  it("give back what was signed, until it expires", () => {
    const header = session.serialize({ accountId: "a1" }, false, 1_000);
    expect(header).toContain("HttpOnly");
    expect(header).toContain("SameSite=Lax");
    expect(session.read(cookieOf(header), 2_000)).toEqual({ accountId: "a1" });
    expect(session.read(cookieOf(header), 61_000)).toBeNull();
  });

  it("refuse a value someone altered, or one signed for another purpose", () => {
    const header = session.serialize({ accountId: "a1" }, true, 1_000);
    const [name, value] = (header.split(";")[0] ?? "").split("=");
    const [body, mac] = (value ?? "").split(".");
    const forgedBody = Buffer.from(JSON.stringify({ value: { accountId: "admin" }, expiresAt: 9e15 })).toString("base64url");
    expect(session.read({ headers: { cookie: `${name}=${forgedBody}.${mac}` } }, 2_000)).toBeNull();
    expect(session.read({ headers: { cookie: `${name}=${body}.${mac}x` } }, 2_000)).toBeNull();
    const other = createSignedCookie({ name: "s", key: deriveKey(Buffer.from("a secret of at least thirty-two characters"), "oidc"), maxAgeSeconds: 60, schema: z.object({ accountId: z.string() }) });
    expect(other.read(cookieOf(header), 2_000)).toBeNull();
  });
});
