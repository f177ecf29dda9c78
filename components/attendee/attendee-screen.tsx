"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState } from "react";
import type { Ballot, Poll } from "@/lib/domain/poll";
import type { PublicEventState } from "@/lib/realtime/contract";
import { type ClientSocket, request } from "@/lib/realtime/request";
import { createVoteId } from "@/lib/realtime/vote-id";
import { RankingBallot } from "../ranking/ranking-ballot";
import { ConnectionBanner } from "../realtime/connection-banner";
import { useSocket } from "../realtime/use-socket";
import { ErrorNotice } from "../ui/error-notice";
import { LanguageSwitch } from "../ui/language-switch";
import styles from "./attendee-screen.module.css";

const MAX_SEND_ATTEMPTS = 6;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The phone: joins an event by code, follows its live poll, and casts and changes votes. */
export function AttendeeScreen({ code }: { code: string }) {
  const t = useTranslations("attendee");
  const tErrors = useTranslations("errors");
  const tCommon = useTranslations("common");
  const [event, setEvent] = useState<PublicEventState | null>(null);
  const [notFound, setNotFound] = useState(false);
  const [ownBallot, setOwnBallot] = useState<Ballot | null>(null);
  const [editing, setEditing] = useState(false);
  const [sending, setSending] = useState(false);
  /** What the status region says: progress while sending, success once stored. */
  const [status, setStatus] = useState<{ text: string; tone: "progress" | "success" } | null>(null);
  const [error, setError] = useState("");
  const livePollId = useRef<string | null>(null);
  const livePollStatus = useRef<Poll["status"] | null>(null);

  const showState = useCallback((state: PublicEventState, ballot: Ballot | null | undefined) => {
    const pollChanged = state.livePoll?.id !== livePollId.current;
    const statusChanged = state.livePoll?.status !== livePollStatus.current;
    livePollId.current = state.livePoll?.id ?? null;
    livePollStatus.current = state.livePoll?.status ?? null;
    setEvent(state);
    if (ballot !== undefined) setOwnBallot(ballot);
    if (pollChanged) setEditing(false);
    // Messages belong to the poll and state they were about.
    if (pollChanged || statusChanged) {
      setStatus(null);
      setError("");
    }
  }, []);

  const join = useCallback(
    async (socket: ClientSocket) => {
      const answer = await request(socket, "attendee:join", { code });
      if (answer.ok) showState(answer.data, answer.data.ownBallot);
      else if (answer.error === "EVENT_NOT_FOUND") setNotFound(true);
      else setError(tErrors(answer.error));
    },
    [code, showState, tErrors],
  );
  const { socket, state: connection } = useSocket(join);

  useEffect(() => {
    if (!socket) return;
    socket.on("event:state", async (state) => {
      const pollChanged = state.livePoll?.id !== livePollId.current;
      if (!pollChanged || !state.livePoll) return showState(state, pollChanged ? null : undefined);
      const answer = await request(socket, "ballot:own", { pollId: state.livePoll.id });
      showState(state, answer.ok ? answer.data : null);
    });
    socket.on("poll:votes-reset", ({ pollId }) => {
      if (pollId !== livePollId.current) return;
      setOwnBallot(null);
      setEditing(false);
      setStatus({ text: t("resetNotice"), tone: "progress" });
    });
    return () => {
      socket.off("event:state");
      socket.off("poll:votes-reset");
    };
  }, [socket, showState, t]);

  /** Sends a vote, retrying the same vote id through timeouts and reconnects: stored once, never twice. */
  async function submit(poll: Poll, ranking: string[]) {
    if (!socket) return;
    const voteId = createVoteId();
    const changing = ownBallot !== null;
    setSending(true);
    setError("");
    setStatus({ text: t("sending"), tone: "progress" });
    for (let attempt = 1; attempt <= MAX_SEND_ATTEMPTS; attempt++) {
      const answer = await request(socket, "vote:submit", { pollId: poll.id, voteId, ballot: { type: "ranking", ranking } });
      if (answer.ok) {
        setOwnBallot(answer.data.ballot);
        setEditing(false);
        setStatus({ text: changing ? t("countedUpdated") : t("counted"), tone: "success" });
        break;
      }
      const retryable = answer.error === "TIMEOUT" || answer.error === "NOT_JOINED" || answer.error === "INTERNAL_ERROR";
      if (!retryable || attempt === MAX_SEND_ATTEMPTS) {
        setStatus(null);
        setError(tErrors(answer.error));
        break;
      }
      if (answer.error === "TIMEOUT") setStatus({ text: tErrors("TIMEOUT"), tone: "progress" });
      await sleep(500 * attempt);
    }
    setSending(false);
  }

  const poll = event?.livePoll ?? null;

  return (
    <div className={styles.screen}>
      <header className={styles.header}>
        <span className={styles.brand}>Barometer</span>
        <LanguageSwitch />
      </header>
      <main id="main" className={styles.main}>
        <ConnectionBanner state={connection} />
        {notFound ? (
          <NotFound code={code} />
        ) : !event ? (
          <p className={styles.loading}>{tCommon("connecting")}</p>
        ) : (
          <>
            <p className={styles.eventTitle}>
              <span className="sr-only">{t("eventLabel")}: </span>
              {event.event.title}
            </p>
            <div role="status" className={styles.status}>
              {status ? (
                <p className={status.tone === "success" ? `notice notice-success ${styles.confirmation}` : "notice"}>
                  {status.text}
                </p>
              ) : null}
            </div>
            <ErrorNotice message={error} />
            {!poll ? (
              <Waiting />
            ) : (
              <PollView
                poll={poll}
                ownBallot={ownBallot}
                editing={editing}
                sending={sending}
                onEdit={() => {
                  setEditing(true);
                  setStatus(null);
                }}
                onSubmit={(ranking) => submit(poll, ranking)}
              />
            )}
          </>
        )}
      </main>
    </div>
  );
}

function PollView(props: {
  poll: Poll;
  ownBallot: Ballot | null;
  editing: boolean;
  sending: boolean;
  onEdit: () => void;
  onSubmit: (ranking: string[]) => void;
}) {
  const t = useTranslations("attendee");
  const tRanking = useTranslations("ranking");
  const { poll, ownBallot } = props;
  const ranking = ownBallot?.type === "ranking" ? ownBallot.ranking : [];

  let body: React.ReactNode;
  if (poll.status === "draft") {
    body = (
      <>
        <p className={styles.lead}>{t("draftText")}</p>
        <ul className={styles.previewList}>
          {poll.items.map((item) => (
            <li key={item.id}>{item.label}</li>
          ))}
        </ul>
      </>
    );
  } else if (poll.status === "closed") {
    body = (
      <>
        <div className={styles.closedCard}>
          <svg viewBox="0 0 24 24" width="40" height="40" aria-hidden="true">
            <rect x="5" y="10" width="14" height="10" rx="2" fill="currentColor" />
            <path d="M8 10V7a4 4 0 0 1 8 0v3" fill="none" stroke="currentColor" strokeWidth="2" />
          </svg>
          <div>
            <h2 className={styles.stateTitle}>{t("closedTitle")}</h2>
            <p className={styles.muted}>{t("closedText")}</p>
          </div>
        </div>
        {ownBallot ? <OwnRanking poll={poll} ranking={ranking} /> : <p className={styles.muted}>{t("noVote")}</p>}
      </>
    );
  } else if (ownBallot && !props.editing) {
    body = (
      <>
        <OwnRanking poll={poll} ranking={ranking} />
        {poll.allowVoteChange ? (
          <button type="button" className="button button-secondary button-block" onClick={props.onEdit}>
            {t("change")}
          </button>
        ) : (
          <p className={styles.muted}>{t("changeLocked")}</p>
        )}
      </>
    );
  } else {
    body = (
      <RankingBallot
        key={`${poll.id}:${ranking.join()}`}
        items={poll.items}
        initialRanking={ranking}
        busy={props.sending}
        submitLabel={ownBallot ? tRanking("submitChanged") : tRanking("submit")}
        onSubmit={props.onSubmit}
      />
    );
  }

  return (
    <article className={styles.poll} aria-labelledby="question">
      <h1 id="question" className={styles.question}>
        {poll.question}
      </h1>
      {body}
    </article>
  );
}

function OwnRanking({ poll, ranking }: { poll: Poll; ranking: string[] }) {
  const t = useTranslations("attendee");
  return (
    <section aria-labelledby="own-ranking" className={styles.ownRanking}>
      <h2 id="own-ranking" className={styles.sectionTitle}>
        {t("yourRanking")}
      </h2>
      <ol>
        {ranking.map((itemId) => (
          <li key={itemId}>{poll.items.find((item) => item.id === itemId)?.label}</li>
        ))}
      </ol>
    </section>
  );
}

function Waiting() {
  const t = useTranslations("attendee");
  return (
    <section className={styles.waiting}>
      <div className={styles.pulse} aria-hidden="true" />
      <h1 className={styles.stateTitle}>{t("waitingTitle")}</h1>
      <p className={styles.muted}>{t("waitingText")}</p>
    </section>
  );
}

function NotFound({ code }: { code: string }) {
  const t = useTranslations("attendee");
  const tCommon = useTranslations("common");
  return (
    <section className={styles.waiting}>
      <h1 className={styles.stateTitle}>{t("notFoundTitle")}</h1>
      <p>
        <code className={styles.code}>{code.toUpperCase()}</code>
      </p>
      <p className={styles.muted}>{t("notFoundText")}</p>
      <Link className="button" href="/">
        {tCommon("home")}
      </Link>
    </section>
  );
}
