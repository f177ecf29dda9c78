"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState } from "react";
import { can } from "@/lib/domain/access/policy";
import { collectsEntries, POLL_TYPES, type PollInput, QUESTION_MAX_LENGTH, runsAlongside } from "@/lib/domain/poll";
import type { ModeratorJoined, ModeratorView, QuizLeaderboard } from "@/lib/realtime/contract";
import { type ClientEventName, type ClientSocket, type PayloadOf, request } from "@/lib/realtime/request";
import { Leaderboard } from "../quiz/leaderboard";
import { ConnectionBanner } from "../realtime/connection-banner";
import { useSocket } from "../realtime/use-socket";
import { CardPage } from "../ui/card-page";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { ErrorNotice } from "../ui/error-notice";
import { LanguageSwitch } from "../ui/language-switch";
import { SiteFooter } from "../ui/site-footer";
import { ExportPanel } from "./export-panel";
import { type LiveCommand, LiveControl } from "./live-control";
import styles from "./moderator.module.css";
import { draftOf, emptyDraft, PollEditor } from "./poll-editor";
import { PollList } from "./poll-list";
import { SharePanel } from "./share-panel";
import { TeamPanel } from "./team-panel";

type Command = { [E in ClientEventName]: [E, PayloadOf<E>] }[ClientEventName];
type Editing = { mode: "create" } | { mode: "edit"; pollId: string } | null;
type Confirming = { kind: "reset" | "delete"; pollId: string } | null;

/** The moderator's console: prepare polls, put one live, open and close voting, show or hide results. */
export function ModeratorScreen({
  credentials,
  origin,
  justCreated,
  operatorMissing = false,
}: {
  /** The secret link's token, or the event's code for a signed-in moderator. */
  credentials: { token: string } | { code: string };
  origin: string;
  justCreated: boolean;
  /** The server names no operator: its privacy notice names nobody, which the people running events should know. */
  operatorMissing?: boolean;
}) {
  const t = useTranslations("moderator");
  const tErrors = useTranslations("errors");
  const tCommon = useTranslations("common");
  const [view, setView] = useState<ModeratorView | null>(null);
  const [access, setAccess] = useState<ModeratorJoined["access"] | null>(null);
  const router = useRouter();
  const token = "token" in credentials ? credentials.token : undefined;
  const code = "code" in credentials ? credentials.code : undefined;
  const [leaderboard, setLeaderboard] = useState<QuizLeaderboard | null>(null);
  const [forbidden, setForbidden] = useState(false);
  const [selectedPollId, setSelectedPollId] = useState<string | null>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [renaming, setRenaming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState("");
  const resultVersions = useRef(new Map<string, number>());

  const join = useCallback(
    async (socket: ClientSocket) => {
      const answer = await request(socket, "moderator:join", token ? { token } : { code: code ?? "" });
      if (answer.ok) {
        const { leaderboard: board, access: joinedAs, ...moderatorView } = answer.data;
        setView(moderatorView);
        setLeaderboard(board);
        setAccess(joinedAs);
      }
      // A mangled link (too short, cut off by a mail client) is as much "no access" as a forged one.
      else if (answer.error === "FORBIDDEN" || answer.error === "INVALID_PAYLOAD") setForbidden(true);
      else setError(tErrors(answer.error));
    },
    [token, code, tErrors],
  );
  const { socket, state: connection } = useSocket(join);

  useEffect(() => {
    if (!socket) return;
    socket.on("moderator:state", setView);
    socket.on("results:update", ({ pollId, results, version }) => {
      // Snapshots can overtake each other on the way; an older one never replaces a newer one.
      if (!results || version < (resultVersions.current.get(pollId) ?? 0)) return;
      resultVersions.current.set(pollId, version);
      setView((current) =>
        current && {
          ...current,
          results: { ...current.results, [pollId]: results },
          polls: current.polls.map((poll) => (poll.id === pollId ? { ...poll, ballotCount: results.ballotCount } : poll)),
        },
      );
    });
    socket.on("audience:update", ({ connected }) => setView((current) => current && { ...current, audience: connected }));
    socket.on("quiz:leaderboard", setLeaderboard);
    return () => {
      socket.off("quiz:leaderboard");
      socket.off("moderator:state");
      socket.off("results:update");
      socket.off("audience:update");
    };
  }, [socket]);

  // A presenter's clicker (Page Down / Page Up) or Alt+→ / Alt+← steps through the polls, as a slide deck would.
  const step = useRef<(direction: "next" | "previous") => void>(() => {});
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (target?.closest("input, textarea, select, [contenteditable]") || document.querySelector("dialog[open]")) return;
      const direction =
        event.key === "PageDown" || (event.altKey && event.key === "ArrowRight")
          ? "next"
          : event.key === "PageUp" || (event.altKey && event.key === "ArrowLeft")
            ? "previous"
            : null;
      if (!direction) return;
      event.preventDefault();
      step.current(direction);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  // "?created=1" is for this first view only: a reload or a bookmark must not claim the event was just created.
  useEffect(() => {
    if (!justCreated) return;
    const url = new URL(window.location.href);
    url.searchParams.delete("created");
    window.history.replaceState(window.history.state, "", url);
  }, [justCreated]);

  // Keep a poll selected: the live one, else the first.
  useEffect(() => {
    if (!view) return;
    if (selectedPollId && view.polls.some((poll) => poll.id === selectedPollId)) return;
    setSelectedPollId(view.livePollId ?? view.polls[0]?.id ?? null);
  }, [view, selectedPollId]);

  /** Runs moderator commands in order; stops at and reports the first failure. */
  async function run(...steps: Command[]): Promise<boolean> {
    if (!socket) return false;
    setBusy(true);
    setError("");
    try {
      for (const [event, payload] of steps) {
        const answer = await request(socket, event, payload as never);
        if (!answer.ok) {
          setError(tErrors(answer.error));
          return false;
        }
      }
      return true;
    } finally {
      setBusy(false);
    }
  }

  if (forbidden) {
    // The frame of every other page (header with the language switch, a way home), and advice on what to do.
    return (
      <CardPage title={t("forbiddenTitle")}>
        <p>{code ? t("forbiddenAccountText") : t("forbiddenText")}</p>
        {code ? null : <p>{t("forbiddenAdvice")}</p>}
        <p className={styles.forbiddenActions}>
          {code ? (
            <a className="button" href={`/auth/login?returnTo=${encodeURIComponent(`/console/${code}`)}`}>
              {t("signInWithAnotherAccount")}
            </a>
          ) : null}
          <a className={code ? "button button-secondary" : "button"} href="/">
            {tCommon("home")}
          </a>
          {code ? null : (
            <a className="button button-secondary" href="/new">
              {t("forbiddenNewEvent")}
            </a>
          )}
        </p>
      </CardPage>
    );
  }
  if (!view) {
    return (
      <main id="main" className={styles.centered}>
        <p>{tCommon("connecting")}</p>
        <ErrorNotice message={error} />
      </main>
    );
  }

  const selectedIndex = view.polls.findIndex((poll) => poll.id === selectedPollId);
  const selected = view.polls[selectedIndex];
  const nextPoll = view.polls[selectedIndex + 1];
  const previousPoll = selectedIndex > 0 ? view.polls[selectedIndex - 1] : undefined;
  const editedPoll = editing?.mode === "edit" ? view.polls.find((poll) => poll.id === editing.pollId) : undefined;
  /** A new poll starts as the kind of the event's last one: moderators tend to prepare several alike. */
  const lastKind = view.polls.at(-1)?.type ?? POLL_TYPES[0];
  const confirmingPoll = confirming ? view.polls.find((poll) => poll.id === confirming.pollId) : undefined;
  /** Resetting a poll of entries deletes its answers or questions, not votes: the dialog says so. */
  const resetsEntries = confirmingPoll !== undefined && collectsEntries(confirmingPoll);

  async function savePoll(poll: PollInput) {
    const ok =
      editing?.mode === "edit"
        ? await run(["poll:update", { pollId: editing.pollId, poll }])
        : await run(["poll:create", { poll }]);
    if (ok) setEditing(null);
  }

  /** Copies a poll (question, items, options; no votes) and puts the copy right after it. */
  async function duplicatePoll(pollId: string) {
    if (!socket || !view) return;
    const original = view.polls.find((poll) => poll.id === pollId);
    if (!original) return;
    setError("");
    const created = await request(socket, "poll:create", {
      poll: {
        type: original.type,
        question: t("copyOf", { question: original.question }).slice(0, QUESTION_MAX_LENGTH),
        items: original.items.map((item) => item.label),
        ...original.config,
        allowVoteChange: original.allowVoteChange,
        timerSeconds: original.timerSeconds,
        showResultsToVoters: original.showResultsToVoters,
        // The kind's own settings travel as they are; the server checks them with the kind's schema.
      } as PollInput,
    });
    if (!created.ok) return setError(tErrors(created.error));
    // New polls are appended; move the copy up to sit right after its original.
    const ordered = view.polls.map((poll) => poll.id);
    ordered.splice(ordered.indexOf(pollId) + 1, 0, created.data.pollId);
    if (await run(["poll:reorder", { pollIds: ordered }])) setSelectedPollId(created.data.pollId);
  }

  function movePoll(pollId: string, by: -1 | 1) {
    if (!view) return;
    const ids = view.polls.map((poll) => poll.id);
    const from = ids.indexOf(pollId);
    const to = from + by;
    if (to < 0 || to >= ids.length) return;
    [ids[from], ids[to]] = [ids[to] as string, ids[from] as string];
    void run(["poll:reorder", { pollIds: ids }]);
  }

  step.current = (direction) => {
    if (selected && !busy) command(selected.id, { kind: direction });
  };

  function command(pollId: string, action: LiveCommand) {
    switch (action.kind) {
      case "go-live":
        return void run(["poll:go-live", { pollId }]);
      case "start": {
        // Starting a poll that is not on screen yet shows it too: what moderators mean by "start".
        // A Q&A runs beside the poll on screen instead: phones reach it in a tab of its own.
        const poll = view?.polls.find((candidate) => candidate.id === pollId);
        const takesTheScreen = view?.livePollId !== pollId && poll !== undefined && !runsAlongside(poll);
        return void run(
          ...(takesTheScreen ? [["poll:go-live", { pollId }] satisfies Command] : []),
          ["poll:set-status", { pollId, status: "open" }],
        );
      }
      case "close":
        return void run(["poll:set-status", { pollId, status: "closed" }]);
      case "show-nothing":
        return void run(["poll:go-live", { pollId: null }]);
      case "next":
        if (!nextPoll) return;
        setSelectedPollId(nextPoll.id);
        return void run(["poll:go-live", { pollId: nextPoll.id }]);
      case "previous":
        if (!previousPoll) return;
        setSelectedPollId(previousPoll.id);
        return void run(["poll:go-live", { pollId: previousPoll.id }]);
      case "reveal":
        return void run(["poll:reveal-answer", { pollId, revealed: action.revealed }]);
      case "moderate":
        return void run(["poll:moderate", { pollId, action: action.action }]);
      case "moderate-entry":
        return void run(["entry:moderate", { pollId, entryId: action.entryId, action: action.action }]);
      case "next-and-open":
        if (!nextPoll) return;
        setSelectedPollId(nextPoll.id);
        return void run(["poll:go-live", { pollId: nextPoll.id }], ["poll:set-status", { pollId: nextPoll.id, status: "open" }]);
      case "results-visible":
        return void run(["poll:set-results-visible", { pollId, visible: action.visible }]);
      case "reset":
        return setConfirming({ kind: "reset", pollId });
    }
  }

  return (
    <div className={styles.screen}>
      <header className={styles.topBar}>
        <span className={styles.brand}>Barometer</span>
        <span className={styles.topTitle}>
          {renaming ? (
            <RenameForm
              title={view.event.title}
              onCancel={() => setRenaming(false)}
              onSave={async (title) => {
                if (await run(["event:update", { title }])) setRenaming(false);
              }}
            />
          ) : (
            <>
              <h1 className={styles.eventTitle}>{view.event.title}</h1>
              <button type="button" className="button button-quiet button-small" onClick={() => setRenaming(true)}>
                {t("rename")}
              </button>
            </>
          )}
        </span>
        <span className={styles.codeBadge}>
          {t("code")} <strong>{view.event.code}</strong>
        </span>
        <LanguageSwitch />
      </header>

      <main id="main" className={styles.main}>
        <ConnectionBanner state={connection} />
        <ErrorNotice message={error} />
        <SharePanel origin={origin} code={view.event.code} token={token} justCreated={justCreated} />
        <ExportPanel code={view.event.code} token={token} deletesOn={view.deletesOn} />
        {operatorMissing ? (
          <p className="notice">
            {t("operatorMissing")}{" "}
            <a href="/privacy" target="_blank" rel="noopener">
              {t("operatorMissingLink")}
            </a>
          </p>
        ) : null}

        <div className={styles.columns}>
          <section aria-labelledby="polls-heading" className={styles.pollsColumn}>
            <div className={styles.columnHeader}>
              <h2 id="polls-heading">{t("polls")}</h2>
              <button type="button" className="button button-small" onClick={() => setEditing({ mode: "create" })}>
                + {t("newPoll")}
              </button>
            </div>
            <PollList
              polls={view.polls}
              results={view.results}
              livePollId={view.livePollId}
              selectedPollId={selectedPollId}
              onSelect={setSelectedPollId}
              onMove={movePoll}
              onEdit={(pollId) => setEditing({ mode: "edit", pollId })}
              onDuplicate={(pollId) => void duplicatePoll(pollId)}
              onDelete={(pollId) => setConfirming({ kind: "delete", pollId })}
            />
          </section>

          <div className={styles.controlColumn}>
            {/* The editor takes the wide column: long questions and items show in full. */}
            {editing ? (
              <PollEditor
                key={editing.mode === "edit" ? editing.pollId : "new"}
                heading={editing.mode === "edit" ? t("editPoll") : t("newPoll")}
                initial={editedPoll ? draftOf(editedPoll) : emptyDraft(lastKind)}
                submitLabel={editing.mode === "edit" ? t("savePoll") : t("createPoll")}
                itemsLocked={(editedPoll?.ballotCount ?? 0) > 0}
                busy={busy}
                onSubmit={savePoll}
                onCancel={() => setEditing(null)}
              />
            ) : null}
            {selected ? (
              <LiveControl
                poll={selected}
                results={view.results[selected.id]}
                isLive={view.livePollId === selected.id}
                hasNext={nextPoll !== undefined}
                hasPrevious={previousPoll !== undefined}
                audience={view.audience}
                busy={busy}
                onCommand={(action) => command(selected.id, action)}
              />
            ) : editing ? null : (
              <div className={styles.empty}>
                <p>{t("controlEmpty")}</p>
                <button type="button" className="button" onClick={() => setEditing({ mode: "create" })}>
                  + {t("firstPoll")}
                </button>
              </div>
            )}
            {leaderboard ? (
              <section className="card">
                <Leaderboard board={leaderboard} variant="console" />
              </section>
            ) : null}
            {socket && access && can(access.role, "manage") ? (
              <TeamPanel
                socket={socket}
                origin={origin}
                access={access}
                // The old link is dead: this console moves to the new one, as a bookmark should.
                onLinkRotated={(newToken) => {
                  if (token) router.replace(`/moderate/${newToken}`);
                }}
              />
            ) : null}
          </div>
        </div>
      </main>
      <SiteFooter />

      <ConfirmDialog
        open={confirming !== null && confirmingPoll !== undefined}
        title={confirming?.kind === "delete" ? t("deleteConfirmTitle") : resetsEntries ? t("resetEntriesConfirmTitle") : t("resetConfirmTitle")}
        text={
          confirming?.kind === "delete"
            ? confirming.pollId === view.livePollId
              ? t("deleteLiveConfirmText", { question: confirmingPoll?.question ?? "" })
              : t("deleteConfirmText", { question: confirmingPoll?.question ?? "" })
            : t(resetsEntries ? "resetEntriesConfirmText" : "resetConfirmText", {
                count: confirmingPoll?.ballotCount ?? 0,
                question: confirmingPoll?.question ?? "",
              })
        }
        confirmLabel={confirming?.kind === "delete" ? t("delete") : resetsEntries ? t("resetEntries") : t("reset")}
        onCancel={() => setConfirming(null)}
        onConfirm={() => {
          if (!confirming) return;
          const { kind, pollId } = confirming;
          setConfirming(null);
          void run([kind === "delete" ? "poll:delete" : "poll:reset-votes", { pollId }]);
        }}
      />
    </div>
  );
}

function RenameForm(props: { title: string; onSave: (title: string) => void; onCancel: () => void }) {
  const t = useTranslations("moderator");
  const [title, setTitle] = useState(props.title);
  return (
    <form
      className={styles.renameForm}
      onSubmit={(event) => {
        event.preventDefault();
        if (title.trim()) props.onSave(title);
      }}
    >
      <label className="sr-only" htmlFor="event-title-input">
        {t("eventTitle")}
      </label>
      <input id="event-title-input" className="input" value={title} onChange={(event) => setTitle(event.target.value)} />
      <button type="submit" className="button button-small">
        {t("save")}
      </button>
      <button type="button" className="button button-quiet button-small" onClick={props.onCancel}>
        {t("cancel")}
      </button>
    </form>
  );
}
