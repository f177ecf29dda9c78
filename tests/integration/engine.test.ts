/**
 * The engine under concurrency: the single vote writer decides duplicates and
 * the one-ballot rule race-free, and the results projection in memory always
 * equals a tally of the stored ballots.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Ballot, tallyPoll } from "@/lib/domain/poll";
import { createBallotRepository } from "@/server/votes/ballot-repository";
import {
  connectClient,
  newParticipantToken,
  newVoteId,
  rankingBallot,
  request,
  requestOk,
  seedOpenRankingPoll,
  startServer,
  type TestClient,
  type TestServer,
} from "./harness";

let server: TestServer;
let seeded: Awaited<ReturnType<typeof seedOpenRankingPoll>>;
const clients: TestClient[] = [];

async function phone(token = newParticipantToken()) {
  const socket = await connectClient(server.url, token);
  clients.push(socket);
  await requestOk(socket, "attendee:join", { code: seeded.event.code });
  return socket;
}

/** The tally from the database alone, as a fresh process would build it. */
async function storedTally() {
  const stored = await createBallotRepository(server.db).listBallots(seeded.poll.id);
  return tallyPoll(seeded.poll, stored.map((entry) => entry.ballot));
}

beforeEach(async () => {
  server = await startServer();
  seeded = await seedOpenRankingPoll(server);
});

afterEach(async () => {
  for (const socket of clients.splice(0)) socket.disconnect();
  await server.stop();
});

describe("the vote writer", () => {
  it("stores a vote id sent twice in parallel once, and answers both with the same receipt", async () => {
    const socket = await phone();
    const vote = { pollId: seeded.poll.id, voteId: newVoteId(), ballot: rankingBallot(seeded.itemIds.Beta) };
    const [first, second] = await Promise.all([requestOk(socket, "vote:submit", vote), requestOk(socket, "vote:submit", vote)]);
    expect(second).toEqual(first);
    expect(await server.db.vote.count({ where: { id: vote.voteId } })).toBe(1);
    expect((await storedTally()).ballotCount).toBe(1);
  });

  it("lets only one of two parallel first votes through on a poll that allows no change", async () => {
    await server.app.services.events.updatePoll({
      eventId: seeded.event.id,
      pollId: seeded.poll.id,
      input: { type: "ranking", question: "Which first?", items: ["Alpha", "Beta", "Gamma"], allowVoteChange: false, timerSeconds: null, showResultsToVoters: false },
    });
    const socket = await phone();
    const answers = await Promise.all([
      request(socket, "vote:submit", { pollId: seeded.poll.id, voteId: newVoteId(), ballot: rankingBallot(seeded.itemIds.Alpha) }),
      request(socket, "vote:submit", { pollId: seeded.poll.id, voteId: newVoteId(), ballot: rankingBallot(seeded.itemIds.Gamma) }),
    ]);
    expect(answers.filter((answer) => answer.ok)).toHaveLength(1);
    expect(answers.filter((answer) => !answer.ok)).toEqual([{ ok: false, error: "VOTE_CHANGE_NOT_ALLOWED" }]);
    expect(await server.db.ballot.count({ where: { pollId: seeded.poll.id } })).toBe(1);
    expect((await server.app.services.projection.view(seeded.poll.id))?.results).toEqual(await storedTally());
  });

  it("commits many votes arriving together, each acknowledged and each stored", async () => {
    const phones = await Promise.all(Array.from({ length: 40 }, () => phone()));
    const { Alpha, Beta, Gamma } = seeded.itemIds;
    const receipts = await Promise.all(
      phones.map((socket, i) =>
        requestOk(socket, "vote:submit", { pollId: seeded.poll.id, voteId: newVoteId(), ballot: rankingBallot(...(i % 2 ? [Alpha, Beta] : [Gamma])) }),
      ),
    );
    expect(new Set(receipts.map((receipt) => receipt.voteId)).size).toBe(40);
    expect(await server.db.vote.count({ where: { pollId: seeded.poll.id } })).toBe(40);
    expect((await storedTally()).ballotCount).toBe(40);
  });
});

describe("the results projection", () => {
  it("equals a tally of the stored ballots after a random stream of votes, changes and resets", async () => {
    const { Alpha, Beta, Gamma } = seeded.itemIds;
    const orders = [[Alpha], [Beta, Alpha], [Gamma, Beta, Alpha], [Alpha, Gamma], [Beta], [Gamma, Alpha, Beta]];
    const phones = await Promise.all(Array.from({ length: 8 }, () => phone()));
    let seed = 7;
    const next = (below: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      // The high bits: a power-of-two LCG repeats its low bits every few steps.
      return Math.floor(seed / 65_536) % below;
    };
    for (let round = 0; round < 6; round++) {
      // A burst of votes in parallel, some of them changing an earlier vote of the same phone.
      await Promise.all(
        Array.from({ length: 12 }, () => {
          const socket = phones[next(phones.length)] as TestClient;
          const ranking = orders[next(orders.length)] as string[];
          return requestOk(socket, "vote:submit", { pollId: seeded.poll.id, voteId: newVoteId(), ballot: rankingBallot(...ranking) });
        }),
      );
      if (round === 3) await server.app.services.events.resetVotes({ eventId: seeded.event.id, pollId: seeded.poll.id });
      expect((await server.app.services.projection.view(seeded.poll.id))?.results).toEqual(await storedTally());
    }
  });

  it("equals a tally of the stored ballots for the number kinds too, after random votes and changes", async () => {
    const { events } = server.app.services;
    const { event } = await events.createEvent({
      title: "Kinds",
      polls: [
        { type: "choice", question: "C?", items: ["A", "B", "C"], maxChoices: 2, allowVoteChange: true, timerSeconds: null, showResultsToVoters: false },
        { type: "scale", question: "S?", items: ["X", "Y"], scale: { min: -2, max: 2, minLabel: "", maxLabel: "" }, allowVoteChange: true, timerSeconds: null, showResultsToVoters: false },
        { type: "points", question: "P?", items: ["A", "B", "C"], budget: 10, allowVoteChange: true, timerSeconds: null, showResultsToVoters: false },
      ],
    });
    const polls = (await events.getEventOverview(event.id)).polls.map((entry) => entry.poll);
    // Shown one after the other: those moved on from still take votes for a while.
    for (const poll of polls) {
      await events.setStatus({ eventId: event.id, pollId: poll.id, status: "open" });
      await events.goLive({ eventId: event.id, pollId: poll.id });
    }
    let seed = 11;
    const next = (below: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      // The high bits: a power-of-two LCG repeats its low bits every few steps.
      return Math.floor(seed / 65_536) % below;
    };
    const ballotFor = (poll: (typeof polls)[number]): Ballot => {
      const ids = poll.items.map((item) => item.id);
      if (poll.type === "choice") return { type: "choice", choices: [...new Set([ids[next(3)] ?? "", ids[next(3)] ?? ""])] };
      if (poll.type === "scale") return { type: "scale", ratings: next(2) ? { [ids[0] ?? ""]: next(5) - 2 } : { [ids[0] ?? ""]: next(5) - 2, [ids[1] ?? ""]: next(5) - 2 } };
      const first = next(11);
      const second = next(11 - first);
      return { type: "points", points: { [ids[0] ?? ""]: first, [ids[1] ?? ""]: second, [ids[2] ?? ""]: 10 - first - second } };
    };
    const phones = await Promise.all(
      Array.from({ length: 6 }, async () => {
        const socket = await connectClient(server.url);
        clients.push(socket);
        await requestOk(socket, "attendee:join", { code: event.code });
        return socket;
      }),
    );
    for (let round = 0; round < 4; round++) {
      await Promise.all(
        Array.from({ length: 15 }, () => {
          const poll = polls[next(polls.length)] as (typeof polls)[number];
          const socket = phones[next(phones.length)] as TestClient;
          return requestOk(socket, "vote:submit", { pollId: poll.id, voteId: newVoteId(), ballot: ballotFor(poll) });
        }),
      );
      for (const poll of polls) {
        const stored = await createBallotRepository(server.db).listBallots(poll.id);
        expect((await server.app.services.projection.view(poll.id))?.results, poll.type).toEqual(tallyPoll(poll, stored.map((entry) => entry.ballot)));
      }
    }
  });

  it("never goes back in version", async () => {
    const socket = await phone();
    const before = await server.app.services.projection.view(seeded.poll.id);
    await requestOk(socket, "vote:submit", { pollId: seeded.poll.id, voteId: newVoteId(), ballot: rankingBallot(seeded.itemIds.Alpha) });
    const afterVote = await server.app.services.projection.view(seeded.poll.id);
    await server.app.services.events.resetVotes({ eventId: seeded.event.id, pollId: seeded.poll.id });
    const afterReset = await server.app.services.projection.view(seeded.poll.id);
    expect(afterVote?.version).toBeGreaterThan(before?.version ?? Number.POSITIVE_INFINITY);
    expect(afterReset?.version).toBeGreaterThan(afterVote?.version ?? Number.POSITIVE_INFINITY);
    expect(afterReset?.results.ballotCount).toBe(0);
  });
});
