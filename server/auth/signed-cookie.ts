/**
 * Small values the server hands a browser and must get back unaltered (who
 * signed in; the state of a sign-in under way): JSON, base64url, and an
 * HMAC-SHA256 under a key derived from the server's secret for that purpose
 * alone, with an expiry inside the signed part.
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { parse, serialize } from "cookie";
import type { z } from "zod";

export function deriveKey(secret: Buffer, purpose: string): Buffer {
  return createHmac("sha256", secret).update(`barometer:${purpose}`).digest();
}

export function createSignedCookie<S extends z.ZodType>(options: { name: string; key: Buffer; maxAgeSeconds: number; schema: S }) {
  const macOf = (body: string) => createHmac("sha256", options.key).update(body).digest("base64url");

  return {
    name: options.name,

    /** The Set-Cookie header carrying `value`; `secure` when the browser came over TLS. */
    serialize(value: z.output<S>, secure: boolean, now = Date.now()): string {
      const body = Buffer.from(JSON.stringify({ value, expiresAt: now + options.maxAgeSeconds * 1000 })).toString("base64url");
      return serialize(options.name, `${body}.${macOf(body)}`, { httpOnly: true, sameSite: "lax", path: "/", maxAge: options.maxAgeSeconds, secure });
    },

    clear(secure: boolean): string {
      return serialize(options.name, "", { httpOnly: true, sameSite: "lax", path: "/", maxAge: 0, secure });
    },

    /** The value of the request's cookie, if it is ours, unaltered and not expired. */
    read(req: Pick<IncomingMessage, "headers">, now = Date.now()): z.output<S> | null {
      const raw = parse(req.headers.cookie ?? "")[options.name];
      const [body, mac, ...rest] = raw?.split(".") ?? [];
      if (!body || !mac || rest.length > 0) return null;
      const expected = Buffer.from(macOf(body));
      const given = Buffer.from(mac);
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
      try {
        const { value, expiresAt } = JSON.parse(Buffer.from(body, "base64url").toString("utf8")) as { value: unknown; expiresAt: number };
        if (typeof expiresAt !== "number" || expiresAt <= now) return null;
        const parsed = options.schema.safeParse(value);
        return parsed.success ? parsed.data : null;
      } catch {
        return null;
      }
    },
  };
}

export type SignedCookie<S extends z.ZodType> = ReturnType<typeof createSignedCookie<S>>;
