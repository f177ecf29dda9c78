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
            <button type="button" className={styles.pollSelect} aria-pressed={selected} onClick={() => props.onSelect(poll.id)}>
              <span className={styles.pollNumber}>{index + 1}</span>
              <span className={styles.pollQuestion}>{poll.question}</span>
            </button>
            <span className={styles.pollMeta}>
              <PollBadges status={poll.status} live={poll.id === props.livePollId} liveLabel={t("live")} />
              <KindName type={poll.type} />
              <span>{responseCount(poll, poll.ballotCount)}</span>
              {waiting > 0 ? <span className="badge badge-waiting">{t("awaitingReview", { count: waiting })}</span> : null}
            </span>
            {/* Icons with their names as tooltips keep a card to two lines; screen readers hear the name and the question. */}
            <span className={styles.pollActions}>
              <PollAction label={t("moveUp")} question={poll.question} disabled={index === 0} onClick={() => props.onMove(poll.id, -1)}>
                <path d="M8 13V3M3.5 7.5 8 3l4.5 4.5" />
              </PollAction>
              <PollAction
                label={t("moveDown")}
                question={poll.question}
                disabled={index === props.polls.length - 1}
                onClick={() => props.onMove(poll.id, 1)}
              >
                <path d="M8 3v10M3.5 8.5 8 13l4.5-4.5" />
              </PollAction>
              <PollAction label={t("edit")} question={poll.question} onClick={() => props.onEdit(poll.id)}>
                <path d="M10.5 2.5l3 3L6 13H3v-3z" />
              </PollAction>
              <PollAction label={t("duplicate")} question={poll.question} onClick={() => props.onDuplicate(poll.id)}>
                <rect x="5.5" y="5.5" width="8" height="8" rx="1" />
                <path d="M10.5 3.5v-1h-8v8h1" />
              </PollAction>
              <PollAction label={t("delete")} question={poll.question} onClick={() => props.onDelete(poll.id)}>
                <path d="M2.5 4.5h11M6 4.5V3h4v1.5M4 4.5l.8 9h6.4l.8-9M6.8 7v4.5M9.2 7v4.5" />
              </PollAction>
            </span>
          </li>
        );
      })}
    </ol>
  );
}

/** A card's action as an icon, named "Edit: question" for screen readers and with its name as the tooltip. */
function PollAction(props: { label: string; question: string; disabled?: boolean; onClick: () => void; children: React.ReactNode }) {
  return (
    <button
      type="button"
      className={`icon-button ${styles.pollAction}`}
      aria-label={`${props.label}: ${props.question}`}
      title={props.label}
      disabled={props.disabled}
      onClick={props.onClick}
    >
      <svg viewBox="0 0 16 16" width="18" height="18" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round">
        {props.children}
      </svg>
    </button>
  );
}

function KindName({ type }: { type: ModeratedPoll["type"] }) {
  const t = useTranslations(type);
  return <span>{t("name")}</span>;
}
