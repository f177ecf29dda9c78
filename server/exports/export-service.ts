/**
 * Reads everything an export holds (results, ballots, entries, upvotes) and
 * hands it to the domain's export builder, which anonymises it. The formats
 * (JSON, CSV, XLSX) are written from what this returns.
 */
import { randomBytes } from "node:crypto";
import { buildEventExport, type EventExport } from "@/lib/domain/exports/event-export";
import { collectsEntries, resultsForViewer } from "@/lib/domain/poll";
import type { EntryRepository } from "../entries/entry-repository";
import type { EventService } from "../events/event-service";
import { deletionDateOf } from "../retention/retention";
import type { BallotRepository } from "../votes/ballot-repository";

/** 8 random bytes: ids that cannot be guessed, nor linked to another export. */
const randomParticipantId = () => randomBytes(8).toString("hex");

export function createExportService(deps: {
  events: EventService;
  ballots: Pick<BallotRepository, "listBallots">;
  entries: Pick<EntryRepository, "listForExport">;
  retentionDays: number;
  now: () => Date;
}) {
  return {
    /** The whole event; without ballots when `ballots` is false (the archive page needs only the results). */
    async exportEvent(eventId: string, options: { ballots: boolean } = { ballots: true }): Promise<EventExport> {
      const { event, polls } = await deps.events.getEventOverview(eventId);
      const withContent = await Promise.all(
        polls.map(async ({ poll, results }) => {
          const entries = collectsEntries(poll);
          const [ballots, fromEntries] = await Promise.all([
            options.ballots && !entries ? deps.ballots.listBallots(poll.id) : [],
            options.ballots && entries ? deps.entries.listForExport(poll.id) : { entries: [], upvotes: [] },
          ]);
          return {
            id: poll.id,
            type: poll.type,
            question: poll.question,
            status: poll.status,
            items: poll.items,
            config: poll.config,
            results: resultsForViewer(poll, results, "moderator"),
            ballots,
            ...fromEntries,
          };
        }),
      );
      return buildEventExport({
        event: { code: event.code, title: event.title, createdAt: event.createdAt, deletionDate: deletionDateOf(event.createdAt, deps.retentionDays) },
        polls: withContent,
        now: deps.now(),
        randomId: randomParticipantId,
      });
    },
  };
}

export type ExportService = ReturnType<typeof createExportService>;
