/**
 * The barometer over time: link a ranking poll to the same question at an
 * earlier event, match renamed items, and show how every item moved. Linking
 * freezes the earlier rounds into the poll (lib/domain/series), so the series
 * stays when retention deletes last year's event.
 */
import { AppError } from "@/lib/domain/errors";
import { followsOverTime, seriesResultOf } from "@/lib/domain/poll";
import { buildSeries, roundOf, SERIES_MAX_ROUNDS, type SeriesRound, type SeriesView, successorsOf } from "@/lib/domain/series/series";
import type { StoredEvent, StoredPoll } from "../events/event-repository";
import type { EventService } from "../events/event-service";
import type { SeriesRepository } from "./series-repository";

export interface SeriesState extends SeriesView {
  /** Every round's labels, oldest first (the last is the poll itself, live), and where each goes in the round after. */
  matching: { labels: string[]; successors: Record<string, string | null> }[];
}

export function createSeriesService(deps: { events: EventService; series: SeriesRepository }) {
  async function rankingOf(event: StoredEvent, pollId: string): Promise<{ poll: StoredPoll; round: SeriesRound }> {
    const poll = await deps.events.findPoll(pollId);
    if (!poll || poll.eventId !== event.id) throw new AppError("POLL_NOT_FOUND");
    const results = seriesResultOf(poll, await deps.events.tally(poll));
    if (!results) throw new AppError("INVALID_PAYLOAD", "not_followed_over_time");
    return { poll, round: roundOf({ event, question: poll.question, results }) };
  }

  async function roundsOf(event: StoredEvent, pollId: string): Promise<SeriesRound[]> {
    const { round } = await rankingOf(event, pollId);
    return [...(await deps.series.earlierRounds(pollId)), round];
  }

  return {
    async state(event: StoredEvent, pollId: string): Promise<SeriesState> {
      const rounds = await roundsOf(event, pollId);
      return {
        ...buildSeries(rounds),
        matching: rounds.map((round, index) => {
          const next = rounds[index + 1];
          return { labels: round.items.map((item) => item.label), successors: next ? Object.fromEntries(successorsOf(round, next)) : {} };
        }),
      };
    },

    /** The rankings of an earlier event that a poll could follow on. */
    async candidates(earlier: StoredEvent): Promise<{ id: string; question: string; ballotCount: number }[]> {
      const { polls } = await deps.events.getEventOverview(earlier.id);
      return polls.filter(({ poll }) => followsOverTime(poll)).map(({ poll, results }) => ({ id: poll.id, question: poll.question, ballotCount: results.ballotCount }));
    },

    /** Makes the earlier poll (with its own earlier rounds) the rounds before this poll. */
    async link(args: { event: StoredEvent; pollId: string; earlier: StoredEvent; earlierPollId: string }): Promise<void> {
      if (args.earlier.id === args.event.id) throw new AppError("INVALID_PAYLOAD", "same_event");
      await rankingOf(args.event, args.pollId);
      const rounds = await roundsOf(args.earlier, args.earlierPollId);
      await deps.series.setEarlierRounds(args.pollId, rounds.slice(-(SERIES_MAX_ROUNDS - 1)));
    },

    async unlink(event: StoredEvent, pollId: string): Promise<void> {
      await rankingOf(event, pollId);
      await deps.series.setEarlierRounds(pollId, []);
    },

    /** Sets how the items of an earlier round (0 = oldest) go on in the round after it. */
    async setMatches(args: { event: StoredEvent; pollId: string; round: number; matches: Record<string, string | null> }): Promise<void> {
      const rounds = await roundsOf(args.event, args.pollId);
      const round = rounds[args.round];
      const next = rounds[args.round + 1];
      if (!round || !next) throw new AppError("INVALID_PAYLOAD", "unknown_round");
      const labels = new Set(round.items.map((item) => item.label));
      const nextLabels = new Set(next.items.map((item) => item.label));
      for (const [from, to] of Object.entries(args.matches)) {
        if (!labels.has(from) || (to !== null && !nextLabels.has(to))) throw new AppError("INVALID_PAYLOAD", "unknown_item");
      }
      const earlier = rounds.slice(0, -1);
      earlier[args.round] = { ...round, matches: args.matches };
      await deps.series.setEarlierRounds(args.pollId, earlier);
    },
  };
}

export type SeriesService = ReturnType<typeof createSeriesService>;
