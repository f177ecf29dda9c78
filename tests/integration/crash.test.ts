/**
 * An acknowledged vote is durably stored: the server process is killed with
 * SIGKILL right after the last acknowledgement, with no chance to flush or
 * close anything, and a new process on the same database shows every vote.
 */
import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { connectClient, freshDatabaseFile, newVoteId, rankingBallot, requestOk } from "./harness";

const fixture = path.resolve(import.meta.dirname, "fixtures/serve.ts");
const running: ChildProcess[] = [];

function startProcess(dbFile: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ["--import", "tsx", fixture], {
    env: { ...process.env, DATABASE_URL: `file:${dbFile}` },
    stdio: ["ignore", "pipe", "inherit"],
  });
  running.push(child);
  return new Promise((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`server exited early (${code})`)));
    child.stdout?.on("data", (chunk: Buffer) => {
      const port = /READY (\d+)/.exec(chunk.toString())?.[1];
      if (port) resolve({ url: `http://127.0.0.1:${port}`, child });
    });
  });
}

afterEach(() => {
  for (const child of running.splice(0)) child.kill("SIGKILL");
});

describe("crash safety", () => {
  it("keeps every acknowledged vote through kill -9", async () => {
    const dbFile = freshDatabaseFile();
    const first = await startProcess(dbFile);
    const created = await (
      await fetch(`${first.url}/api/events`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ title: "Crash", polls: [{ type: "ranking", question: "Q?", items: ["A", "B", "C"] }] }),
      })
    ).json();
    const moderator = await connectClient(first.url);
    await requestOk(moderator, "moderator:join", { token: created.moderatorToken });
    const poll = created.polls[0];
    await requestOk(moderator, "poll:go-live", { pollId: poll.id });
    await requestOk(moderator, "poll:set-status", { pollId: poll.id, status: "open" });
    const [a, b, c] = poll.items.map((item: { id: string }) => item.id);

    const phones = await Promise.all(Array.from({ length: 8 }, () => connectClient(first.url)));
    await Promise.all(phones.map((phone) => requestOk(phone, "attendee:join", { code: created.code })));
    await Promise.all(
      phones.map((phone, i) =>
        requestOk(phone, "vote:submit", {
          pollId: poll.id,
          voteId: newVoteId(),
          ballot: i % 2 === 0 ? rankingBallot(a, b, c) : rankingBallot(c, a),
        }),
      ),
    );
    first.child.kill("SIGKILL");
    await new Promise((resolve) => first.child.once("exit", resolve));
    for (const socket of [moderator, ...phones]) socket.disconnect();

    const second = await startProcess(dbFile);
    const projector = await connectClient(second.url);
    const view = await requestOk(projector, "presenter:join", { code: created.code });
    projector.disconnect();
    expect(view.results?.ballotCount).toBe(8);
    expect(view.results?.results?.items.map((item) => [item.label, item.score])).toEqual([
      ["A", 4 * 2 + 4 * 1],
      ["C", 4 * 0 + 4 * 2],
      ["B", 4 * 1],
    ]);
  });
});
