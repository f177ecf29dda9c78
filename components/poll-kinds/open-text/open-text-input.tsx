"use client";

import { useTranslations } from "next-intl";
import type { OpenTextConfig, OpenTextResults } from "@/lib/domain/poll-kinds/open-text/kind";
import type { EntryInputProps } from "../kind-ui";
import { EntryForm } from "../shared/entries/entry-form";
import { OwnEntries } from "../shared/entries/own-entries";
import { OpenTextResultsList } from "./open-text-results";

/** The phone while answers are open: the form (until this phone's answers are used up), its own answers, and the wall if shown. */
export function OpenTextInput({ poll, results, own, onSubmit }: EntryInputProps<OpenTextResults>) {
  const t = useTranslations("open_text");
  const config = poll.config as OpenTextConfig;
  const sent = own?.entries.length ?? 0;
  const left = config.maxEntries - sent;
  const mode = results?.mode ?? config.moderation;
  return (
    <>
      <EntryForm
        label={sent === 0 ? t("answerLabel") : t("anotherLabel")}
        hint={`${t("answersLeft", { count: left })} ${mode === "pre" ? t("hintPre") : t("hintPost")}`}
        submitLabel={t("send")}
        maxLength={config.maxLength}
        allowNames={false}
        closedReason={own && left <= 0 ? t("limitReached", { count: config.maxEntries }) : null}
        onSubmit={onSubmit}
      />
      <OwnEntries heading={t("yourAnswer")} entries={own?.entries ?? []} />
      {results ? <OpenTextResultsList poll={poll} results={results} heading={t("wallTitle")} /> : null}
    </>
  );
}

/** The phone once answers are closed: what it sent, and the wall if shown. */
export function OpenTextClosed({ poll, results, own }: Omit<EntryInputProps<OpenTextResults>, "onSubmit" | "onUpvote">) {
  const t = useTranslations("open_text");
  return (
    <>
      <OwnEntries heading={t("yourAnswer")} entries={own?.entries ?? []} />
      {results ? <OpenTextResultsList poll={poll} results={results} heading={t("wallTitle")} /> : null}
    </>
  );
}
