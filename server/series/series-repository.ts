/** The earlier rounds a ranking poll keeps of its series. The only module of server/series that knows Prisma. */
import { earlierRoundsSchema, type SeriesRound } from "@/lib/domain/series/series";
import type { Database } from "../db/client";

export function createSeriesRepository(db: Database) {
  return {
    async earlierRounds(pollId: string): Promise<SeriesRound[]> {
      const row = await db.poll.findUnique({ where: { id: pollId }, select: { earlierRounds: true } });
      const parsed = earlierRoundsSchema.safeParse(JSON.parse(row?.earlierRounds ?? "[]"));
      return parsed.success ? parsed.data : [];
    },

    async setEarlierRounds(pollId: string, rounds: readonly SeriesRound[]): Promise<void> {
      await db.poll.update({ where: { id: pollId }, data: { earlierRounds: JSON.stringify(earlierRoundsSchema.parse(rounds)) } });
    },
  };
}

export type SeriesRepository = ReturnType<typeof createSeriesRepository>;
