"use client";

import { useTranslations } from "next-intl";
import type { OpenTextEntry, OpenTextResults } from "@/lib/domain/poll-kinds/open-text/kind";
import type { ModerationPanelProps } from "../kind-ui";
import { EntryReview, type ReviewAction } from "../shared/entries/entry-review";
import { ModerationModeSwitch } from "../shared/entries/moderation-mode";
import { ResultsSection } from "../shared/results-section";

/** The moderator's review of open answers: the mode, the queue (A approve, H hide), the wall's answers (F feature, H hide), the hidden ones. */
export function OpenTextModeration({ results, heading, busy, onModerate, onModerateEntry }: ModerationPanelProps<OpenTextResults>) {
  const t = useTranslations("open_text");
  const tEntries = useTranslations("entries");
  const approve: ReviewAction<OpenTextEntry> = {
    shortcut: "a",
    primary: true,
    label: () => tEntries("approve"),
    accessibleLabel: (entry) => tEntries("approveEntry", { text: entry.text }),
    run: (entry) => onModerateEntry(entry.id, "approve"),
  };
  const hide: ReviewAction<OpenTextEntry> = {
    shortcut: "h",
    label: () => tEntries("hide"),
    accessibleLabel: (entry) => tEntries("hideEntry", { text: entry.text }),
    run: (entry) => onModerateEntry(entry.id, "hide"),
  };
  const feature: ReviewAction<OpenTextEntry> = {
    shortcut: "f",
    label: (entry) => (entry.id === results.featuredId ? t("unfeature") : t("feature")),
    accessibleLabel: (entry) => t("featureEntry", { text: entry.text }),
    pressed: (entry) => entry.id === results.featuredId,
    run: (entry) => onModerate({ type: "open_text", action: "feature", entryId: entry.id === results.featuredId ? null : entry.id }),
  };
  return (
    <ResultsSection heading={heading} results={results} countLabel={t("entryCount", { count: results.ballotCount })}>
      <ModerationModeSwitch mode={results.mode} busy={busy} onChange={(mode) => onModerate({ type: "open_text", action: "set_mode", mode })} />
      <EntryReview
        entries={results.entries}
        busy={busy}
        actions={{ pending: [approve, hide], approved: [feature, hide], hidden: [{ ...approve, label: () => tEntries("showAgain") }] }}
        labels={{ pending: tEntries("queue"), approved: t("onTheWall"), hidden: tEntries("hiddenEntries"), emptyQueue: tEntries("queueEmpty") }}
      />
    </ResultsSection>
  );
}
