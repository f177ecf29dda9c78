import type { Poll } from "@/lib/domain/poll";
import type { RankingBallot } from "@/lib/domain/poll-kinds/ranking/kind";
import { Hyphenated } from "../../ui/hyphenated";
import styles from "./own-ranking.module.css";

/** The ranking this phone gave, most preferred first. */
export function OwnRanking({ poll, ballot }: { poll: Poll; ballot: RankingBallot }) {
  return (
    <ol className={styles.list}>
      {ballot.ranking.map((itemId) => (
        <li key={itemId}>
          <Hyphenated text={poll.items.find((item) => item.id === itemId)?.label ?? ""} />
        </li>
      ))}
    </ol>
  );
}
