/**
 * The one rule for what of a poll each viewer sees. Moderators see everything.
 * The audience (projectors, phones, the public HTTP API) sees scores only
 * while the moderator shows them, and a quiz's answer only once it is
 * revealed. Counts are never hidden. Sockets and HTTP both ask here.
 */
import { audienceConfig, audienceResults, type Poll, type PollConfig, type PollResults } from "@/lib/domain/poll";

export type Viewer = "audience" | "moderator";

export function visibleResults(poll: Pick<Poll, "type" | "resultsVisible" | "answerRevealed">, results: PollResults, viewer: Viewer): PollResults | null {
  if (viewer === "moderator") return results;
  return poll.resultsVisible ? audienceResults(poll, results) : null;
}

export function visibleConfig(poll: Poll, viewer: Viewer): PollConfig {
  return viewer === "moderator" ? poll.config : audienceConfig(poll);
}
