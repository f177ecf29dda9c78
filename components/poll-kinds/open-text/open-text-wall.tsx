"use client";

import { useTranslations } from "next-intl";
import { useRef } from "react";
import type { Poll } from "@/lib/domain/poll";
import type { OpenTextResults } from "@/lib/domain/poll-kinds/open-text/kind";
import { Hyphenated } from "../../ui/hyphenated";
import { useFlip } from "../../ui/use-flip";
import { Spotlight, StageMessage, stageBoardClass } from "../shared/entries/stage";
import styles from "./open-text.module.css";

/** How many answers the wall holds at most; what does not fit the screen fades out at its foot. */
const WALL_ANSWERS = 40;

/**
 * The projector's wall: the featured answer large on top, then the approved
 * answers newest first. A new answer fades in at the top and the others
 * glide aside, never jump. Hidden from screen readers; the table lists the answers.
 */
export function OpenTextWall({ results }: { poll: Poll; results: OpenTextResults | null }) {
  const t = useTranslations("open_text");
  const wall = useRef<HTMLDivElement>(null);
  const approved = (results?.entries ?? []).filter((entry) => entry.status === "approved");
  const featured = approved.find((entry) => entry.id === results?.featuredId) ?? null;
  const others = approved.filter((entry) => entry !== featured).slice(0, WALL_ANSWERS);
  useFlip(wall, [featured?.id, ...others.map((entry) => entry.id)].join(","));

  if (!results || approved.length === 0) {
    return <StageMessage text={results && results.counts.pending > 0 ? t("reviewing", { count: results.counts.pending }) : t("noAnswers")} />;
  }
  return (
    <div ref={wall} className={stageBoardClass} aria-hidden="true" data-testid="answer-wall">
      {featured ? <Spotlight label={t("featured")} text={featured.text} flipKey={featured.id} /> : null}
      <ul className={styles.cards}>
        {others.map((entry) => (
          <li key={entry.id} className={styles.card} data-flip-key={entry.id}>
            <span className={styles.cardText}>
              <Hyphenated text={entry.text} />
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
