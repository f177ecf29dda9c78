/** Quiz nicknames in the database. The only module of server/quiz that knows Prisma. */
import type { Database } from "../db/client";

export function createQuizPlayerRepository(db: Database) {
  return {
    async listNicknames(eventId: string): Promise<Map<string, string>> {
      const rows = await db.quizPlayer.findMany({ where: { eventId }, select: { participantKey: true, nickname: true } });
      return new Map(rows.map((row) => [row.participantKey, row.nickname]));
    },

    async setNickname(args: { eventId: string; participantKey: string; nickname: string }): Promise<void> {
      const key = { eventId_participantKey: { eventId: args.eventId, participantKey: args.participantKey } };
      await db.quizPlayer.upsert({ where: key, create: args, update: { nickname: args.nickname } });
    },

    async clearNickname(args: { eventId: string; participantKey: string }): Promise<void> {
      await db.quizPlayer.deleteMany({ where: args });
    },
  };
}

export type QuizPlayerRepository = ReturnType<typeof createQuizPlayerRepository>;
