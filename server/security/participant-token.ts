/**
 * Participant tokens this server issued, and only those: a random part and
 * its HMAC-SHA256 under the server's secret, "<random>.<mac>" in base64url.
 * A token a client made up (to be many phones, or to fix another's) does not
 * verify and is replaced by a fresh one. Changing the secret turns every
 * phone into a new one: do it between events, not during one.
 */
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

const PART = /^[A-Za-z0-9_-]{43}$/;

export function createParticipantTokens(secret: Buffer) {
  const macOf = (random: string) => createHmac("sha256", secret).update(random).digest();
  return {
    issue(): string {
      const random = randomBytes(32).toString("base64url");
      return `${random}.${macOf(random).toString("base64url")}`;
    },

    verify(token: string): boolean {
      const [random, mac, ...rest] = token.split(".");
      if (rest.length > 0 || !random || !mac || !PART.test(random) || !PART.test(mac)) return false;
      // Compared as text, not as decoded bytes: base64url's spare bits would let one token be written several ways.
      const expected = Buffer.from(macOf(random).toString("base64url"));
      const given = Buffer.from(mac);
      return given.length === expected.length && timingSafeEqual(given, expected);
    },
  };
}

export type ParticipantTokens = ReturnType<typeof createParticipantTokens>;
