import { createHash, randomBytes } from "node:crypto";

/** An unguessable token (256 bits, base64url) for moderator links and participant cookies. */
export function createSecretToken(): string {
  return randomBytes(32).toString("base64url");
}

/** What is stored instead of a token: a leaked database does not leak working links. */
export function hashSecretToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
