/**
 * The container files, checked without a Docker engine: the compose file
 * against the Compose specification (dclint), the Dockerfile for what an
 * operator relies on. The image's start command (scripts/container-start.sh)
 * is what the end-to-end tests start the app with.
 */
import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../..");
const read = (file: string) => fs.readFileSync(path.join(root, file), "utf8");

describe("container files", () => {
  it("docker-compose.yml follows the Compose specification and its rules", async () => {
    await run(path.join(root, "node_modules/.bin/dclint"), ["docker-compose.yml"], { cwd: root });
    const compose = read("docker-compose.yml");
    for (const service of ["app-1:", "app-2:", "postgres:", "redis:", "proxy:"]) expect(compose).toContain(`  ${service}`);
    expect(compose).toContain("condition: service_healthy");
    expect(compose).toContain("REDIS_URL: redis://redis:6379");
    expect(read("deploy/Caddyfile")).toMatch(/reverse_proxy app-1:3000 app-2:3000/);
  });

  it("the Dockerfile builds in one stage, runs as a non-root user in another, checks health and migrates at start", () => {
    const lines = read("Dockerfile")
      .split("\n")
      .filter((line) => line.trim() && !line.startsWith("#"));
    const stages = lines.flatMap((line, i) => (line.startsWith("FROM ") ? [i] : []));
    expect(stages.length).toBeGreaterThanOrEqual(2);
    const final = lines.slice(stages.at(-1));
    expect(final.some((line) => /^USER (node|\d{4,})$/.test(line))).toBe(true);
    expect(final.findIndex((line) => line.startsWith("USER "))).toBeLessThan(final.findIndex((line) => line.startsWith("CMD ")));
    expect(final.some((line) => line.startsWith("HEALTHCHECK "))).toBe(true);
    expect(final.find((line) => line.startsWith("CMD "))).toContain("scripts/container-start.sh");
    // Every base image pinned beyond a floating tag.
    for (const i of stages) expect(lines[i]).toMatch(/^FROM node:\d+\.\d+-/);
    expect(read("scripts/container-start.sh")).toContain("migrate deploy");
    expect(read("playwright.config.ts")).toContain("sh scripts/container-start.sh");
  });
});
