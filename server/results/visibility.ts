/**
 * The one rule for what of a poll each viewer sees. Moderators see everything,
 * with what they decided marked. The audience (projectors, phones, the public
 * HTTP API) sees scores only while the moderator shows them, a quiz's answer
 * only once it is revealed, and no free text the moderator hid or holds for
 * review. Counts are never hidden. Sockets and HTTP both ask here.
 */
import { audienceConfig, type Poll, type PollConfig, type PollResults, resultsForViewer } from "@/lib/domain/poll";

export type Viewer = "audience" | "moderator";

export function visibleResults(
  poll: Pick<Poll, "type" | "resultsVisible" | "answerRevealed"> & { moderation: unknown },
  results: PollResults,
  viewer: Viewer,
): PollResults | null {
  if (viewer === "audience" && !poll.resultsVisible) return null;
  return resultsForViewer(poll, results, viewer);
}

export function visibleConfig(poll: Poll, viewer: Viewer): PollConfig {
  return viewer === "moderator" ? poll.config : audienceConfig(poll);
}
