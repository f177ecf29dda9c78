#!/usr/bin/env node
// Keeps the layers honest (idea from rallly's check-feature-structure.mjs):
// the domain core imports nothing but zod and itself, only repositories and
// server/db touch Prisma, and browser code never reaches into server/.
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
/** Where a relative import lands, relative to the project root ("lib/domain/poll-kinds/common"). */
const target = (spec, file) => path.posix.normalize(path.posix.join(path.posix.dirname(file), spec));
const kindFolder = (file) => /^(?:lib\/domain|components)\/poll-kinds\/([^/]+)\//.exec(file)?.[1];

const rules = [
  {
    files: /^lib\/domain\//,
    allow: (spec, file) =>
      (spec === "zod" && file === "lib/domain/zod.ts") ||
      // Word lists, pure data: stop words and the blocklist of free text.
      /^(@orama\/stopwords\/(german|english)|naughty-words\/(de|en)\.json)$/.test(spec) ||
      (spec.startsWith(".") && target(spec, file).startsWith("lib/domain/")) ||
      (file.endsWith(".test.ts") && spec === "vitest"),
    why: "lib/domain is the pure core: only zod, the word lists and other domain modules",
  },
  {
    files: /^lib\/domain\/poll-kinds\/[^/]+\//,
    allow: (spec, file) =>
      !spec.startsWith(".") ||
      kindFolder(`${target(spec, file)}/`) === kindFolder(file) ||
      /^lib\/domain\/poll-kinds\/(common|kind)$/.test(target(spec, file)) ||
      !target(spec, file).startsWith("lib/domain/poll-kinds/"),
    why: "a poll kind uses the shared kind contract and its own folder, never another kind",
  },
  {
    files: /^components\/poll-kinds\/[^/]+\//,
    allow: (spec, file) => {
      const to = spec.startsWith("@/") ? spec.slice(2) : spec.startsWith(".") ? target(spec, file) : null;
      if (to === null || !/poll-kinds\//.test(to)) return true;
      const kind = kindFolder(`${to}/`);
      return kind === undefined || kind === kindFolder(file) || ["shared", "kind-ui", "kind", "common"].includes(kind);
    },
    why: "a poll kind's UI uses its own folders, the shared parts and the contracts, never another kind",
  },
  {
    files: /^(?!(lib\/domain|components)\/poll-kinds\/)/,
    deny: (spec, file) => {
      const kind = /poll-kinds\/([^/]+)\//.exec(spec)?.[1];
      return kind !== undefined && !file.split("/").slice(0, -1).includes(kind);
    },
    why: "only the registries know the kinds: everything else dispatches through them (or lives in a folder named after the kind)",
    skip: /^(tests|e2e|bench)\//,
  },
  {
    files: /^lib\//,
    deny: (spec) => /^(next|react|socket\.io$|@prisma|prisma)|^@\/(server|app|components)\//.test(spec),
    why: "lib/ is shared by server and browser: no Next, React, Socket.IO server, Prisma or server code",
  },
  {
    files: /^(lib|app|components)\/(?!domain\/zod\.ts$)/,
    deny: (spec) => spec === "zod",
    why: "code that reaches the browser takes zod from lib/domain/zod.ts, which keeps it from probing for eval (the CSP)",
  },
  {
    files: /^(app|components)\//,
    deny: (spec) => /^@\/server\/|^(\.\.\/)+server\/|^@prisma|^socket\.io$/.test(spec),
    why: "pages and components talk to the server over HTTP and Socket.IO only",
  },
  {
    files: /^(?!server\/db\/)(?!.*-repository\.ts$).*/,
    deny: (spec) => /^@prisma\/|\/generated\/client$/.test(spec),
    why: "only server/db and *-repository.ts modules import Prisma",
    skip: /^(prisma\.config\.ts|tests\/|scripts\/)/,
  },
];

function sourceFiles(dir) {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      return ["node_modules", ".next", "generated", "data", ".git"].includes(entry.name) ? [] : sourceFiles(rel);
    }
    return /\.(ts|tsx|mjs)$/.test(entry.name) ? [rel] : [];
  });
}

const importPattern = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;
const problems = [];
for (const file of sourceFiles(".").map((f) => f.replace(/^\.\//, ""))) {
  const text = fs.readFileSync(path.join(root, file), "utf8");
  const specs = [...text.matchAll(importPattern)].map((m) => m[1] ?? m[2]);
  for (const rule of rules) {
    if (!rule.files.test(file) || rule.skip?.test(file)) continue;
    for (const spec of specs) {
      const bad = rule.allow ? !rule.allow(spec, file) : rule.deny(spec, file);
      if (bad) problems.push(`${file}: imports "${spec}" (${rule.why})`);
    }
  }
}

if (problems.length > 0) {
  console.error(`Architecture check failed:\n  ${problems.join("\n  ")}`);
  process.exit(1);
}
console.log("Architecture check passed.");
