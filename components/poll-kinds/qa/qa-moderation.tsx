"use client";

import { useTranslations } from "next-intl";
import type { QaQuestion, QaResults } from "@/lib/domain/poll-kinds/qa/kind";
import type { ModerationPanelProps } from "../kind-ui";
import { EntryReview, type ReviewAction } from "../shared/entries/entry-review";
import { ModerationModeSwitch } from "../shared/entries/moderation-mode";
import { ResultsSection } from "../shared/results-section";
import styles from "./qa.module.css";

/**
 * The moderator's Q&A: the mode, the queue (A approve, H hide), and the shown
 * questions by upvotes (P pin as the one being answered, D mark answered, H hide).
 */
export function QaModeration({ results, heading, busy, onModerate, onModerateEntry }: ModerationPanelProps<QaResults>) {
  const t = useTranslations("qa");
  const tEntries = useTranslations("entries");
  const approve: ReviewAction<QaQuestion> = {
    shortcut: "a",
    primary: true,
    label: () => tEntries("approve"),
    accessibleLabel: (question) => tEntries("approveEntry", { text: question.text }),
    run: (question) => onModerateEntry(question.id, "approve"),
  };
  const hide: ReviewAction<QaQuestion> = {
    shortcut: "h",
    label: () => tEntries("hide"),
    accessibleLabel: (question) => tEntries("hideEntry", { text: question.text }),
    run: (question) => onModerateEntry(question.id, "hide"),
  };
  const pin: ReviewAction<QaQuestion> = {
    shortcut: "p",
    primary: true,
    label: (question) => (question.state === "pinned" ? t("unpin") : t("pin")),
    // The name begins with what the button shows (WCAG 2.5.3), which changes once the question is pinned.
    accessibleLabel: (question) => t(question.state === "pinned" ? "unpinQuestion" : "pinQuestion", { text: question.text }),
    pressed: (question) => question.state === "pinned",
    run: (question) => onModerate({ type: "qa", action: "pin", entryId: question.state === "pinned" ? null : question.id }),
  };
  const answered: ReviewAction<QaQuestion> = {
    shortcut: "d",
    label: () => t("answered"),
    accessibleLabel: (question) => t("markAnswered", { text: question.text }),
    pressed: (question) => question.state === "answered",
    run: (question) => {
      onModerateEntry(question.id, question.state === "answered" ? "mark_open" : "mark_answered");
      // The question answered is no longer the one being answered.
      if (question.state === "pinned") onModerate({ type: "qa", action: "pin", entryId: null });
    },
  };
  return (
    <ResultsSection heading={heading} results={results} countLabel={t("entryCount", { count: results.ballotCount })}>
      <ModerationModeSwitch mode={results.mode} busy={busy} onChange={(mode) => onModerate({ type: "qa", action: "set_mode", mode })} />
      <EntryReview
        entries={results.questions}
        busy={busy}
        actions={{ pending: [approve, hide], approved: [pin, answered, hide], hidden: [{ ...approve, label: () => tEntries("showAgain") }] }}
        meta={(question) => (
          <p className={styles.reviewMeta}>
            {question.authorName ?? t("anonymousAuthor")} · {t("upvotes", { count: question.upvotes })}
            {question.state !== "open" ? ` · ${t(`state.${question.state}`)}` : ""}
          </p>
        )}
        labels={{ pending: tEntries("queue"), approved: t("shownQuestions"), hidden: tEntries("hiddenEntries"), emptyQueue: tEntries("queueEmpty") }}
      />
    </ResultsSection>
  );
}
