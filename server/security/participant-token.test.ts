import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { participantSecret } from "./participant-secret";
import { createParticipantTokens } from "./participant-token";

const tokens = createParticipantTokens(Buffer.from("a secret of this server, long enough to count"));

describe("participant tokens", () => {
  it("verifies the tokens it issued, each different", () => {
    const [a, b] = [tokens.issue(), tokens.issue()];
    expect(a).not.toBe(b);
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}\.[A-Za-z0-9_-]{43}$/);
    expect(tokens.verify(a)).toBe(true);
    expect(tokens.verify(b)).toBe(true);
  });

  it("refuses tokens it did not issue: made up, tampered with, or signed by another server", () => {
    const issued = tokens.issue();
    const [random, mac] = issued.split(".") as [string, string];
    // The last character of a 32-byte value carries two spare bits: changing only those must not pass either.
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    const flipped = `${mac.slice(0, -1)}${alphabet[alphabet.indexOf(mac.at(-1) ?? "A") ^ 1]}`;
    expect(Buffer.from(flipped, "base64url").equals(Buffer.from(mac, "base64url"))).toBe(true);
    const other = createParticipantTokens(Buffer.from("the secret of another server, just as long"));
    for (const forged of [
      random,
      `${random}.${flipped}`,
      `${tokens.issue().split(".")[0]}.${mac}`,
      other.issue(),
      `${issued}.x`,
      "",
      "a.b",
    ]) {
      expect(tokens.verify(forged), forged).toBe(false);
    }
  });
});

describe("participantSecret", () => {
  it("takes PARTICIPANT_SECRET, else makes one on first start and keeps it beside the database", () => {
    expect(participantSecret({ PARTICIPANT_SECRET: "x".repeat(32), DATABASE_URL: "file:/nowhere/x.db" }).toString()).toBe("x".repeat(32));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "barometer-secret-"));
    const env = { DATABASE_URL: `file:${path.join(dir, "barometer.db")}` };
    const first = participantSecret(env);
    expect(first).toHaveLength(32);
    expect(participantSecret(env).equals(first)).toBe(true);
    const file = path.join(dir, "barometer.participant-secret");
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
