"use client";

import { useTranslations } from "next-intl";
import { awaitingReview, type PollResults } from "@/lib/domain/poll";
import type { ModeratedPoll } from "@/lib/realtime/contract";
import { useResponseCount } from "../poll-kinds/response-count";
import styles from "./moderator.module.css";
import { PollBadges } from "./poll-badges";

/** The event's polls in order; pick one to control it, or move, edit and delete it. */
export function PollList(props: {
  polls: ModeratedPoll[];
  /** Every poll's result as moderators see it, for what waits for review. */
  results: Record<string, PollResults>;
  livePollId: string | null;
  selectedPollId: string | null;
  onSelect: (pollId: string) => void;
  onMove: (pollId: string, by: -1 | 1) => void;
  onEdit: (pollId: string) => void;
  onDuplicate: (pollId: string) => void;
  onDelete: (pollId: string) => void;
}) {
  const t = useTranslations("moderator");
  const responseCount = useResponseCount("moderator");
  if (props.polls.length === 0) return <p className={styles.empty}>{t("noPolls")}</p>;

  return (
    <ol className={styles.pollList}>
      {props.polls.map((poll, index) => {
        const selected = poll.id === props.selectedPollId;
        const results = props.results[poll.id];
        const waiting = results ? awaitingReview(poll, results) : 0;
        return (
          <li key={poll.id} className={styles.pollCard} data-selected={selected || undefined}>
            <button
              type="button"
              className={styles.pollSelect}
              aria-pressed={selected}
              onClick={() => props.onSelect(poll.id)}
            >
              <span className={styles.pollNumber}>{index + 1}</span>
              <span className={styles.pollText}>
                <span className={styles.pollQuestion}>{poll.question}</span>
                <span className={styles.pollMeta}>
                  <PollBadges status={poll.status} live={poll.id === props.livePollId} liveLabel={t("live")} />
                  <KindName type={poll.type} />
                  <span>{responseCount(poll, poll.ballotCount)}</span>
                  {waiting > 0 ? <span className="badge badge-waiting">{t("awaitingReview", { count: waiting })}</span> : null}
                </span>
              </span>
            </button>
            <span className={styles.pollActions}>
              <button
                type="button"
                className="icon-button"
                aria-label={`${t("moveUp")}: ${poll.question}`}
                disabled={index === 0}
                onClick={() => props.onMove(poll.id, -1)}
              >
                ↑
              </button>
              <button
                type="button"
                className="icon-button"
                aria-label={`${t("moveDown")}: ${poll.question}`}
                disabled={index === props.polls.length - 1}
                onClick={() => props.onMove(poll.id, 1)}
              >
                ↓
              </button>
              <button type="button" className="button button-quiet button-small" onClick={() => props.onEdit(poll.id)}>
                {t("edit")}
                <span className="sr-only">: {poll.question}</span>
              </button>
              <button type="button" className="button button-quiet button-small" onClick={() => props.onDuplicate(poll.id)}>
                {t("duplicate")}
                <span className="sr-only">: {poll.question}</span>
              </button>
              <button type="button" className="button button-quiet button-small" onClick={() => props.onDelete(poll.id)}>
                {t("delete")}
                <span className="sr-only">: {poll.question}</span>
              </button>
            </span>
          </li>
        );
      })}
    </ol>
  );
}

function KindName({ type }: { type: ModeratedPoll["type"] }) {
  const t = useTranslations(type);
  return <span>{t("name")}</span>;
}
