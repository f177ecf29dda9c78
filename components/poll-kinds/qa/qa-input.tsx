"use client";

import { useTranslations } from "next-intl";
import { QA_MAX_LENGTH, type QaConfig, type QaResults } from "@/lib/domain/poll-kinds/qa/kind";
import type { EntryInputProps } from "../kind-ui";
import { EntryForm } from "../shared/entries/entry-form";
import { OwnEntries } from "../shared/entries/own-entries";
import { QaQuestionList } from "./qa-questions";

/** The phone during a Q&A: ask (anonymously unless names are allowed), see what others asked, upvote. */
export function QaInput({ poll, results, own, onSubmit, onUpvote }: EntryInputProps<QaResults>) {
  const t = useTranslations("qa");
  const config = poll.config as QaConfig;
  const mode = results?.mode ?? config.moderation;
  return (
    <>
      <EntryForm
        label={t("askLabel")}
        hint={`${config.allowNames ? t("namesOptional") : t("anonymous")} ${mode === "pre" ? t("hintPre") : t("hintPost")}`}
        submitLabel={t("send")}
        maxLength={QA_MAX_LENGTH}
        allowNames={config.allowNames}
        closedReason={null}
        onSubmit={onSubmit}
      />
      <OwnEntries heading={t("yourAnswer")} entries={own?.entries ?? []} />
      <QaQuestionList results={results} upvoted={own?.upvoted ?? []} onUpvote={onUpvote} />
    </>
  );
}

/** The phone once the Q&A is closed: the questions as they stand, without upvoting. */
export function QaClosed({ results, own }: Omit<EntryInputProps<QaResults>, "onSubmit" | "onUpvote">) {
  const t = useTranslations("qa");
  return (
    <>
      <OwnEntries heading={t("yourAnswer")} entries={own?.entries ?? []} />
      <QaQuestionList results={results} upvoted={own?.upvoted ?? []} onUpvote={null} />
    </>
  );
}
