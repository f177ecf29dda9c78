"use client";

import { useTranslations } from "next-intl";
import { useCallback, useEffect, useState } from "react";
import type { PublicEventState, QuizLeaderboard, ResultsSnapshot } from "@/lib/realtime/contract";
import { isNewerSnapshot } from "@/lib/realtime/snapshot-order";
import { type ClientSocket, request } from "@/lib/realtime/request";
import { ConnectionBanner } from "../realtime/connection-banner";
import { useSocket } from "../realtime/use-socket";
import { SiteFooter } from "../ui/site-footer";
import { JoinBox, LiveStage } from "./live-stage";
import styles from "./presenter-screen.module.css";
import { usePresenterShortcuts } from "./use-presenter-shortcuts";

/** The projector: read-only, follows the moderator's live poll and redraws as results arrive. */
export function PresenterScreen({ code, origin }: { code: string; origin: string }) {
  const t = useTranslations("presenter");
  const [state, setState] = useState<PublicEventState | null>(null);
  const [snapshot, setSnapshot] = useState<ResultsSnapshot | null>(null);
  const [audience, setAudience] = useState(0);
  const [leaderboard, setLeaderboard] = useState<QuizLeaderboard | null>(null);
  const [notFound, setNotFound] = useState(false);
  const { fullscreen, toggleFullscreen, locallyHidden, toggleLocallyHidden } = usePresenterShortcuts();

  const join = useCallback(
    async (socket: ClientSocket) => {
      const answer = await request(socket, "presenter:join", { code });
      if (!answer.ok) return setNotFound(answer.error === "EVENT_NOT_FOUND");
      setState(answer.data);
      setSnapshot(answer.data.results);
      setAudience(answer.data.audience);
      setLeaderboard(answer.data.leaderboard);
    },
    [code],
  );
  const { socket, state: connection } = useSocket(join);

  useEffect(() => {
    if (!socket) return;
    socket.on("event:state", setState);
    socket.on("results:update", (update) => setSnapshot((current) => (isNewerSnapshot(update, current) ? update : current)));
    socket.on("audience:update", ({ connected }) => setAudience(connected));
    socket.on("quiz:leaderboard", setLeaderboard);
    return () => {
      socket.off("quiz:leaderboard");
      socket.off("event:state");
      socket.off("results:update");
      socket.off("audience:update");
    };
  }, [socket]);

  const eventCode = state?.event.code ?? code.toUpperCase();
  const joinUrl = `${origin}/join/${eventCode}`;
  const poll = state?.livePoll ?? null;
  const liveSnapshot = poll && snapshot?.pollId === poll.id ? snapshot : null;

  if (notFound) {
    return (
      <main id="main" className={styles.stage}>
        <p className={styles.centerMessage}>{t("notFound", { code: code.toUpperCase() })}</p>
      </main>
    );
  }

  const toolbar = (
    <div className={styles.toolbar}>
      {poll ? (
        <button type="button" className={styles.toolButton} aria-pressed={locallyHidden} onClick={toggleLocallyHidden} title={t("hideShortcut")}>
          {locallyHidden ? t("showResultsHere") : t("hideResultsHere")} <kbd>H</kbd>
        </button>
      ) : null}
      <button type="button" className={styles.toolButton} aria-pressed={fullscreen} onClick={toggleFullscreen} title={t("fullscreenShortcut")}>
        {fullscreen ? t("exitFullscreen") : t("fullscreen")} <kbd>F</kbd>
      </button>
    </div>
  );
  const joinBox = <JoinBox host={new URL(origin).host} code={eventCode} joinUrl={joinUrl} />;

  if (!poll) {
    return (
      <main id="main" className={`${styles.stage} ${styles.stageWaiting}`}>
        <section className={styles.waiting}>
          <p className={styles.eventTitle}>{state?.event.title ?? ""}</p>
          <h1 className={styles.waitingTitle}>{t("waitingTitle")}</h1>
          <p className={styles.waitingText}>{t("waitingText")}</p>
          <p className={styles.statSecondary}>{t("connected", { count: audience })}</p>
          <ConnectionBanner state={connection} className={styles.connection} />
          <SiteFooter className={styles.waitingFooter} />
        </section>
        <aside className={styles.sidebar} aria-label={t("joinAt")}>
          {joinBox}
        </aside>
        {toolbar}
      </main>
    );
  }

  return (
    <LiveStage
      poll={poll}
      eventTitle={state?.event.title ?? ""}
      snapshot={liveSnapshot}
      audience={audience}
      leaderboard={poll.answerRevealed ? leaderboard : null}
      locallyHidden={locallyHidden}
      joinBox={joinBox}
      toolbar={toolbar}
      connection={<ConnectionBanner state={connection} className={styles.connection} />}
    />
  );
}
