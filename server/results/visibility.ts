/**
 * The one rule for who sees a poll's scores: moderators always, the audience
 * (projectors, phones, the public HTTP API) only while the moderator shows
 * them. Counts are never hidden. Sockets and HTTP both ask here.
 */
import type { Poll, PollResults } from "@/lib/domain/poll";

export type Viewer = "audience" | "moderator";

export function visibleResults(poll: Pick<Poll, "resultsVisible">, results: PollResults, viewer: Viewer): PollResults | null {
  return viewer === "moderator" || poll.resultsVisible ? results : null;
}
