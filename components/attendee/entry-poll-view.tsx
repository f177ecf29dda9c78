"use client";

import { useTranslations } from "next-intl";
import type { Poll, PollResults } from "@/lib/domain/poll";
import type { ClientSocket } from "@/lib/realtime/request";
import { entryPhoneUi } from "../poll-kinds/phone-registry";
import { Countdown } from "../ui/countdown";
import styles from "./attendee-screen.module.css";
import { PollQuestion } from "./poll-question";
import { useOwnEntries } from "./use-own-entries";

/** A poll of entries on the phone (open answers, Q&A): the kind's form and lists, by the poll's state. */
export function EntryPollView(props: { poll: Poll; results: PollResults | null; socket: ClientSocket | null; connected: boolean; headingId: string }) {
  const t = useTranslations("attendee");
  const { poll } = props;
  const { own, submit, upvote } = useOwnEntries(props.socket, poll.id, props.connected);
  const ui = entryPhoneUi(poll.type);
  if (!ui) return null;

  return (
    <article className={styles.poll} aria-labelledby={props.headingId}>
      <PollQuestion id={props.headingId} text={poll.question} />
      {poll.status === "open" ? <Countdown closesAt={poll.closesAt} className={styles.countdown} /> : null}
      {poll.status === "draft" ? (
        <p className={styles.lead}>{t("draftText")}</p>
      ) : poll.status === "closed" ? (
        <>
          <p className="notice">{t("closedEntries")}</p>
          <ui.ClosedEntries poll={poll} results={props.results} own={own} />
        </>
      ) : (
        <ui.EntryInput poll={poll} results={props.results} own={own} onSubmit={submit} onUpvote={upvote} />
      )}
    </article>
  );
}
