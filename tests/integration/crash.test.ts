/**
 * An acknowledged vote is durably stored: the server process is killed with
 * SIGKILL right after the last acknowledgement, with no chance to flush or
 * close anything, and a new process on the same database shows every vote.
 */
import { afterEach, describe, expect, it } from "vitest";
import { type HeadlessServer, startHeadlessServer } from "../support/headless-server";
import { connectClient, freshDatabase, newVoteId, rankingBallot, rankingOf, requestOk } from "./harness";

const running: HeadlessServer[] = [];

async function startProcess(databaseUrl: string): Promise<HeadlessServer> {
  const server = await startHeadlessServer(databaseUrl);
  running.push(server);
  return server;
}

afterEach(async () => {
  for (const server of running.splice(0)) await server.kill();
});

describe("crash safety", () => {
  it("keeps every acknowledged vote through kill -9", async () => {
    const databaseUrl = await freshDatabase();
    const first = await startProcess(databaseUrl);
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
    await first.kill();
    for (const socket of [moderator, ...phones]) socket.disconnect();

    const second = await startProcess(databaseUrl);
    const projector = await connectClient(second.url);
    const view = await requestOk(projector, "presenter:join", { code: created.code });
    projector.disconnect();
    expect(view.results?.ballotCount).toBe(8);
    expect(rankingOf(view.results?.results).items.map((item) => [item.label, item.score])).toEqual([
      ["A", 4 * 2 + 4 * 1],
      ["C", 4 * 0 + 4 * 2],
      ["B", 4 * 1],
    ]);
  });
});
