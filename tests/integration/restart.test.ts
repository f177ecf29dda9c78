import { describe, expect, it } from "vitest";
import { connectClient, newVoteId, rankingBallot, rankingOf, requestOk, seedOpenRankingPoll, startServer } from "./harness";

describe("restart", () => {
  it("shows the same tallies after the server restarts on the same database", async () => {
    const first = await startServer();
    const seeded = await seedOpenRankingPoll(first);
    const { Alpha, Beta, Gamma } = seeded.itemIds;
    const rankings = [
      [Beta, Alpha, Gamma],
      [Beta, Gamma],
      [Gamma, Beta, Alpha],
    ];
    for (const ranking of rankings) {
      const phone = await connectClient(first.url);
      await requestOk(phone, "attendee:join", { code: seeded.event.code });
      await requestOk(phone, "vote:submit", { pollId: seeded.poll.id, voteId: newVoteId(), ballot: rankingBallot(...ranking) });
      phone.disconnect();
    }
    const projectorBefore = await connectClient(first.url);
    const before = await requestOk(projectorBefore, "presenter:join", { code: seeded.event.code });
    projectorBefore.disconnect();
    await first.stop();

    const second = await startServer(first.databaseUrl);
    const projectorAfter = await connectClient(second.url);
    const after = await requestOk(projectorAfter, "presenter:join", { code: seeded.event.code });
    projectorAfter.disconnect();
    await second.stop();

    expect(before.results?.ballotCount).toBe(3);
    expect({ ...after.results, version: 0 }).toEqual({ ...before.results, version: 0 });
    // Clients keep the newest snapshot they saw: the restarted server's must count as newer.
    expect(after.results?.version).toBeGreaterThan(before.results?.version ?? Number.POSITIVE_INFINITY);
    expect(rankingOf(after.results?.results).items.map((i) => [i.label, i.score])).toEqual([
      ["Beta", 2 + 2 + 1],
      ["Gamma", 0 + 1 + 2],
      ["Alpha", 1 + 0 + 0],
    ]);
  });
});
