"use client";

import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { startTransition, useCallback, useEffect, useRef, useState } from "react";
import type { Ballot, Poll, PollResults } from "@/lib/domain/poll";
import type { AttendeeView, PublicEventState, QuizStanding, ResultsSnapshot } from "@/lib/realtime/contract";
import { type ClientSocket, request } from "@/lib/realtime/request";
import { isNewerSnapshot } from "@/lib/realtime/snapshot-order";
import { createVoteId } from "@/lib/realtime/vote-id";
import type { PendingVote, VoteOutbox } from "@/lib/realtime/vote-outbox";
import { ballotPhoneUi, preloadPhoneParts } from "../poll-kinds/phone-registry";
import { PlayerCard } from "../quiz/player-card";
import { ConnectionBanner } from "../realtime/connection-banner";
import { useSocket } from "../realtime/use-socket";
import { Countdown } from "../ui/countdown";
import { ErrorNotice } from "../ui/error-notice";
import { Hyphenated } from "../ui/hyphenated";
import { LanguageSwitch } from "../ui/language-switch";
import { SiteFooter } from "../ui/site-footer";
import styles from "./attendee-screen.module.css";
import { AudienceTabs } from "./audience-tabs";
import { EntryPollView } from "./entry-poll-view";
import { PollQuestion } from "./poll-question";
import { useOfflineShell } from "./use-offline-shell";

/** Waits between resends while the server does not answer: 1, 2, 4, 8, then every 15 s, for as long as it takes. */
const retryDelay = (attempt: number) => Math.min(15_000, 1000 * 2 ** attempt);

/** Errors after which resending the same vote cannot succeed: the vote is dropped from the outbox and the reason shown. */
const FINAL_REFUSALS = new Set(["POLL_NOT_OPEN", "POLL_NOT_FOUND", "INVALID_BALLOT", "VOTE_CHANGE_NOT_ALLOWED", "VOTE_ID_CONFLICT", "INVALID_PAYLOAD"]);

function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

type Delivery = "idle" | "pending" | "counted" | "countedUpdated" | "reset";

let outboxLoading: Promise<VoteOutbox> | null = null;
/**
 * The outbox, once its code is there: it checks what storage holds with the
 * domain's schemas, which a phone does not need to show the poll, so they load
 * after the page is interactive (and come from the offline cache after that).
 * A fetch that fails is tried again.
 */
function loadOutbox(): Promise<VoteOutbox> {
  outboxLoading ??= import("@/lib/realtime/vote-outbox").then(
    ({ createVoteOutbox }) => createVoteOutbox(browserStorage()),
    () => {
      outboxLoading = null;
      return new Promise((resolve) => window.setTimeout(resolve, 2_000)).then(loadOutbox);
    },
  );
  return outboxLoading;
}

/** The results a join brought (the live poll's, the open Q&A's), by poll. */
const snapshotsOf = (view: AttendeeView | null | undefined): Record<string, ResultsSnapshot> =>
  Object.fromEntries([view?.results, view?.qaResults].flatMap((shown) => (shown ? [[shown.pollId, shown]] : [])));

/**
 * The phone: joins an event by code, follows its live poll, and casts and
 * changes votes. A submitted vote goes into the outbox first and stays there
 * until the server acknowledges it, through reconnects and reloads alike.
 */
export function AttendeeScreen({
  code,
  initial,
}: {
  code: string;
  /** The event as the page was rendered with it; null if no event has the code, undefined if the page could not tell. */
  initial?: AttendeeView | null;
}) {
  useOfflineShell();
  const t = useTranslations("attendee");
  const tErrors = useTranslations("errors");
  const tCommon = useTranslations("common");
  const format = useFormatter();
  const [event, setEvent] = useState<PublicEventState | null>(initial ?? null);
  const [notFound, setNotFound] = useState(initial === null);
  const [ownBallot, setOwnBallot] = useState<Ballot | null>(initial?.ownBallot ?? null);
  const [pending, setPending] = useState<PendingVote | null>(null);
  /**
   * The newest results of the polls this phone shows (the live poll, the open
   * Q&A), by poll. Kept by poll id rather than for "the live poll", so a
   * snapshot that arrives just before the phone learns of a poll switch is not lost.
   */
  const [snapshots, setSnapshots] = useState<Record<string, ResultsSnapshot>>(() => snapshotsOf(initial));
  const [quiz, setQuiz] = useState<QuizStanding | null>(initial?.quiz ?? null);
  const [editing, setEditing] = useState(false);
  const [delivery, setDelivery] = useState<Delivery>("idle");
  const [failedAttempts, setFailedAttempts] = useState(0);
  const [error, setError] = useState("");
  /** Null until its code is loaded; whatever needs it before waits for `loadOutbox()`. */
  const [outbox, setOutbox] = useState<VoteOutbox | null>(null);
  const livePollId = useRef<string | null>(initial?.livePoll?.id ?? null);
  const livePollStatus = useRef<Poll["status"] | null>(initial?.livePoll?.status ?? null);

  /** Polls whose vote is on its way right now: one message at a time per poll. */
  const sending = useRef(new Set<string>());
  const retryTimers = useRef(new Map<string, number>());
  const replacing = useRef(false);
  const confirmation = useRef<HTMLParagraphElement>(null);
  const focusConfirmation = useRef(false);

  const showState = useCallback(
    (state: PublicEventState, ballot: Ballot | null | undefined, outbox: VoteOutbox) => {
      const pollChanged = state.livePoll?.id !== livePollId.current;
      const statusChanged = state.livePoll?.status !== livePollStatus.current;
      livePollId.current = state.livePoll?.id ?? null;
      livePollStatus.current = state.livePoll?.status ?? null;
      // Forget the results of polls no longer shown.
      const shown = new Set([state.livePoll?.id, state.qaPoll?.id]);
      setSnapshots((current) => Object.fromEntries(Object.entries(current).filter(([pollId]) => shown.has(pollId))));
      setEvent(state);
      if (ballot !== undefined) setOwnBallot(ballot);
      if (pollChanged) {
        setEditing(false);
        setPending(state.livePoll ? outbox.pending(state.livePoll.id) : null);
      }
      // Messages belong to the poll and state they were about.
      if (pollChanged || statusChanged) {
        setDelivery((current) => (current === "pending" ? current : "idle"));
        setError("");
      }
    },
    [],
  );

  /** Sends the outbox's vote for a poll; keeps it there until the server answers for good. */
  const deliver = useCallback(
    async (socket: ClientSocket, pollId: string, attempt = 0): Promise<void> => {
      window.clearTimeout(retryTimers.current.get(pollId));
      const outbox = await loadOutbox();
      const vote = outbox.pending(pollId);
      if (!vote || sending.current.has(pollId)) return;
      const isLive = () => pollId === livePollId.current;
      if (!socket.connected) {
        if (isLive()) setDelivery("pending");
        return;
      }
      sending.current.add(pollId);
      if (isLive()) setDelivery("pending");
      const answer = await request(socket, "vote:submit", { pollId, voteId: vote.voteId, ballot: vote.ballot });
      sending.current.delete(pollId);
      if (answer.ok || FINAL_REFUSALS.has(answer.error)) outbox.settle(pollId, vote.voteId);
      const newer = outbox.pending(pollId);
      const live = isLive();
      if (live) setPending(newer);
      // A newer vote for the poll was submitted meanwhile: it goes next (this one is answered or superseded).
      if (newer && newer.voteId !== vote.voteId) return deliver(socket, pollId);
      if (answer.ok) {
        outbox.clearDraft(pollId);
        setFailedAttempts(0);
        if (!live) return;
        setOwnBallot(answer.data.ballot);
        setEditing(false);
        setDelivery(replacing.current ? "countedUpdated" : "counted");
        return;
      }
      if (FINAL_REFUSALS.has(answer.error)) {
        setFailedAttempts(0);
        if (!live) return;
        setDelivery("idle");
        setError(answer.error === "POLL_NOT_OPEN" ? t("notCountedClosed") : tErrors(answer.error));
        return;
      }
      // Timeout, a lost room or a server hiccup: the vote waits in the outbox and goes again.
      if (live) setFailedAttempts(attempt + 1);
      if (socket.connected) {
        retryTimers.current.set(pollId, window.setTimeout(() => void deliver(socket, pollId, attempt + 1), retryDelay(attempt)));
      }
    },
    [t, tErrors],
  );

  const join = useCallback(
    async (socket: ClientSocket) => {
      const answer = await request(socket, "attendee:join", { code });
      if (!answer.ok) {
        if (answer.error === "EVENT_NOT_FOUND") setNotFound(true);
        else setError(tErrors(answer.error));
        return;
      }
      const outbox = await loadOutbox();
      // What the server says is rendered as a transition: it yields to the attendee's taps instead of blocking them.
      startTransition(() => {
        showState(answer.data, answer.data.ownBallot, outbox);
        setSnapshots(snapshotsOf(answer.data));
        setQuiz(answer.data.quiz);
      });
      outbox.rememberEvent(code, { event: answer.data.event, deletesOn: answer.data.deletesOn, livePoll: answer.data.livePoll, qaPoll: answer.data.qaPoll });
      // Whatever waited while the phone was offline or reloading goes out now, for this poll and any other of the event.
      for (const vote of outbox.pendingForEvent(code)) void deliver(socket, vote.pollId);
    },
    [code, showState, tErrors, deliver],
  );
  const { socket, state: connection } = useSocket(join);

  // Once the outbox is there: with any vote still waiting, show the poll as the page came with it or, before
  // the first connection (a reload on bad Wi-Fi, or from the offline cache), as last seen. An input shown
  // before (the server rendered it) starts again with its poll's unfinished answer.
  const renderedWith = useRef(initial);
  const [restartedWithDraft, setRestartedWithDraft] = useState(false);
  useEffect(() => {
    let mounted = true;
    void loadOutbox().then((loaded) => {
      if (!mounted) return;
      const remembered = renderedWith.current ? null : loaded.rememberedEvent(code);
      const shown = renderedWith.current?.livePoll ?? remembered?.livePoll;
      if (shown) livePollId.current = shown.id;
      // As a transition: an urgent update would make React throw away server-rendered parts
      // that are still waiting for their code, and show them empty until it is there.
      startTransition(() => {
        setOutbox(loaded);
        if (remembered) setEvent((current) => current ?? remembered);
        if (!shown) return;
        const waiting = loaded.pending(shown.id);
        setPending(waiting);
        if (waiting) setDelivery("pending");
        if (renderedWith.current && loaded.draft(shown.id) !== null) setRestartedWithDraft(true);
      });
    });
    return () => {
      mounted = false;
    };
  }, [code]);

  useEffect(() => {
    if (!socket) return;
    socket.on("event:state", async (state) => {
      const outbox = await loadOutbox();
      const pollChanged = state.livePoll?.id !== livePollId.current;
      if (!pollChanged || !state.livePoll) return startTransition(() => showState(state, pollChanged ? null : undefined, outbox));
      const answer = await request(socket, "ballot:own", { pollId: state.livePoll.id });
      startTransition(() => showState(state, answer.ok ? answer.data : null, outbox));
      void deliver(socket, state.livePoll.id);
    });
    socket.on("poll:votes-reset", ({ pollId }) => {
      if (pollId !== livePollId.current) return;
      setOwnBallot(null);
      setEditing(false);
      setDelivery("reset");
    });
    socket.on("results:update", (update) => {
      startTransition(() =>
        setSnapshots((current) => (isNewerSnapshot(update, current[update.pollId]) ? { ...current, [update.pollId]: update } : current)),
      );
    });
    socket.on("quiz:standing", (standing) => startTransition(() => setQuiz(standing)));
    return () => {
      socket.off("quiz:standing");
      socket.off("event:state");
      socket.off("poll:votes-reset");
      socket.off("results:update");
      for (const timer of retryTimers.current.values()) window.clearTimeout(timer);
    };
  }, [socket, showState, deliver]);

  // After a vote submitted from the form is counted, the form is gone: focus lands on the confirmation, not on <body>.
  useEffect(() => {
    if ((delivery === "counted" || delivery === "countedUpdated") && focusConfirmation.current) {
      focusConfirmation.current = false;
      confirmation.current?.focus();
    }
  }, [delivery]);

  function submit(poll: Poll, ballot: Ballot) {
    const vote: PendingVote = { eventCode: code, pollId: poll.id, voteId: createVoteId(), ballot, savedAt: Date.now() };
    replacing.current = ownBallot !== null;
    focusConfirmation.current = true;
    setPending(vote);
    setFailedAttempts(0);
    setError("");
    setDelivery("pending");
    void loadOutbox().then((loaded) => {
      loaded.keep(vote);
      if (socket) void deliver(socket, poll.id);
    });
  }

  const poll = event?.livePoll ?? null;
  const livePoll = poll?.id;
  const liveKind = poll?.type;
  const qaKind = event?.qaPoll?.type;
  // The code for what this phone may show next (its input, the answer it gave) comes while the network is there.
  useEffect(() => {
    if (liveKind) preloadPhoneParts(liveKind);
    if (qaKind) preloadPhoneParts(qaKind);
  }, [liveKind, qaKind]);

  /** Sets the quiz nickname; answers what went wrong, in the UI's language, or null. */
  async function rename(nickname: string | null): Promise<string | null> {
    if (!socket) return tCommon("connecting");
    const answer = await request(socket, "quiz:set-nickname", { nickname });
    if (!answer.ok) return tErrors(answer.error);
    setQuiz(answer.data);
    return null;
  }
  // Stable per poll, so a kind's input may report its draft from an effect.
  const saveDraft = useCallback(
    (draft: unknown) => {
      if (livePoll) outbox?.saveDraft(livePoll, draft);
    },
    [livePoll, outbox],
  );
  const online = connection === "connected";
  const statusText =
    delivery === "pending"
      ? online && failedAttempts === 0
        ? t("sending")
        : t("savedOnPhone")
      : delivery === "counted"
        ? t("counted")
        : delivery === "countedUpdated"
          ? t("countedUpdated")
          : delivery === "reset"
            ? t("resetNotice")
            : "";
  const statusTone = delivery === "counted" || delivery === "countedUpdated" ? "success" : "progress";
  const shownBallot = pending?.ballot ?? ownBallot;

  return (
    // data-connection: the page is usable before the socket is there; a test that pulls the network waits for it.
    <div className={styles.screen} data-connection={connection}>
      <header className={styles.header}>
        <span className={styles.brand}>Barometer</span>
        <LanguageSwitch />
      </header>
      <main id="main" className={styles.main}>
        <ConnectionBanner state={connection} className={styles.connection} />
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
              {statusText ? (
                <p
                  ref={confirmation}
                  tabIndex={-1}
                  data-delivery={delivery}
                  className={statusTone === "success" ? `notice notice-success ${styles.confirmation}` : "notice"}
                >
                  {statusText}
                </p>
              ) : null}
            </div>
            <ErrorNotice message={error} />
            <AudienceTabs
              side={
                event.qaPoll && event.qaPoll.id !== poll?.id
                  ? {
                      label: t("questionsTab"),
                      panel: (
                        <EntryPollView
                          poll={event.qaPoll}
                          results={snapshots[event.qaPoll.id]?.results ?? null}
                          socket={socket}
                          connected={online}
                          headingId="qa-question"
                        />
                      ),
                    }
                  : null
              }
              mainLabel={t("pollTab")}
            >
              {!poll ? (
                <Waiting />
              ) : !ballotPhoneUi(poll.type) ? (
                <EntryPollView
                  poll={poll}
                  results={poll.showResultsToVoters ? (snapshots[poll.id]?.results ?? null) : null}
                  socket={socket}
                  connected={online}
                  headingId="question"
                />
              ) : (
                <PollView
                  poll={poll}
                  ownBallot={shownBallot}
                  draft={outbox ? outbox.draft(poll.id) : null}
                  restartedWithDraft={restartedWithDraft}
                  results={poll.showResultsToVoters ? (snapshots[poll.id]?.results ?? null) : null}
                  editing={editing && !pending}
                  sending={pending !== null}
                  onEdit={() => {
                    setEditing(true);
                    setDelivery("idle");
                  }}
                  onDraft={saveDraft}
                  onSubmit={(ballot) => submit(poll, ballot)}
                />
              )}
            </AudienceTabs>
            {quiz && (!poll || poll.type === "quiz") ? <PlayerCard standing={quiz} onRename={rename} /> : null}
          </>
        )}
      </main>
      <SiteFooter note={event?.deletesOn ? t("deletesOn", { date: format.dateTime(new Date(event.deletesOn), { dateStyle: "long" }) }) : undefined} />
    </div>
  );
}

function PollView(props: {
  poll: Poll;
  /** The vote this phone cast: counted, or still waiting in the outbox. */
  ownBallot: Ballot | null;
  /** The unfinished answer kept from before a reload. */
  draft: unknown;
  /** The input was rendered before the draft could be read, and starts again with it. */
  restartedWithDraft: boolean;
  /** The result, when the poll shows it to phones (and the moderator shows it at all). */
  results: PollResults | null;
  editing: boolean;
  sending: boolean;
  onEdit: () => void;
  onDraft: (draft: unknown) => void;
  onSubmit: (ballot: Ballot) => void;
}) {
  const t = useTranslations("attendee");
  const { poll, ownBallot } = props;
  const ui = ballotPhoneUi(poll.type);
  if (!ui) return null;
  const resultsList = props.results ? <ui.ResultsList poll={poll} results={props.results} heading={t("resultTitle")} /> : null;

  let body: React.ReactNode;
  if (poll.status === "draft") {
    body = (
      <>
        <p className={styles.lead}>{t("draftText")}</p>
        <ul className={styles.previewList}>
          {poll.items.map((item) => (
            <li key={item.id}>
              <Hyphenated text={item.label} />
            </li>
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
        {ownBallot ? <OwnAnswer poll={poll} ballot={ownBallot} /> : <p className={styles.muted}>{t("noVote")}</p>}
        {resultsList}
      </>
    );
  } else if (ownBallot && !props.editing) {
    body = (
      <>
        <OwnAnswer poll={poll} ballot={ownBallot} />
        {props.sending ? null : poll.allowVoteChange ? (
          <button type="button" className="button button-secondary button-block" onClick={props.onEdit}>
            {t("change")}
          </button>
        ) : (
          <p className={styles.muted}>{t("changeLocked")}</p>
        )}
        {props.sending ? null : resultsList}
      </>
    );
  } else {
    body = (
      <ui.BallotInput
        key={`${poll.id}:${props.restartedWithDraft}:${JSON.stringify(ownBallot)}`}
        poll={poll}
        ballot={ownBallot}
        draft={props.draft}
        busy={props.sending}
        submitLabel={ownBallot ? t("submitChanged") : t("submit")}
        onDraft={props.onDraft}
        onSubmit={props.onSubmit}
      />
    );
  }

  return (
    <article className={styles.poll} aria-labelledby="question">
      <PollQuestion id="question" text={poll.question} />
      {poll.status === "open" ? <Countdown closesAt={poll.closesAt} className={styles.countdown} /> : null}
      {body}
    </article>
  );
}

/** The answer this phone gave, as its poll kind shows it. */
function OwnAnswer({ poll, ballot }: { poll: Poll; ballot: Ballot }) {
  const tKind = useTranslations(poll.type);
  const ui = ballotPhoneUi(poll.type);
  if (!ui) return null;
  return (
    <section aria-labelledby="own-answer">
      <h2 id="own-answer" className={styles.sectionTitle}>
        {tKind("yourAnswer")}
      </h2>
      <ui.OwnAnswer poll={poll} ballot={ballot} />
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
