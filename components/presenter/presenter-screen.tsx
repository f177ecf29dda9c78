"use client";

import { useTranslations } from "next-intl";
import { useCallback, useEffect, useState } from "react";
import type { PublicEventState, ResultsSnapshot } from "@/lib/realtime/contract";
import { type ClientSocket, request } from "@/lib/realtime/request";
import { ConnectionBanner } from "../realtime/connection-banner";
import { useSocket } from "../realtime/use-socket";
import { RankingChart } from "../results/ranking-chart";
import { ResultsTable } from "../results/results-table";
import { QrCode } from "../ui/qr-code";
import styles from "./presenter-screen.module.css";

/** The projector: read-only, follows the moderator's live poll and redraws as results arrive. */
export function PresenterScreen({ code, origin }: { code: string; origin: string }) {
  const t = useTranslations("presenter");
  const [state, setState] = useState<PublicEventState | null>(null);
  const [snapshot, setSnapshot] = useState<ResultsSnapshot | null>(null);
  const [audience, setAudience] = useState(0);
  const [notFound, setNotFound] = useState(false);

  const join = useCallback(
    async (socket: ClientSocket) => {
      const answer = await request(socket, "presenter:join", { code });
      if (!answer.ok) return setNotFound(answer.error === "EVENT_NOT_FOUND");
      setState(answer.data);
      setSnapshot(answer.data.results);
      setAudience(answer.data.audience);
    },
    [code],
  );
  const { socket, state: connection } = useSocket(join);

  useEffect(() => {
    if (!socket) return;
    socket.on("event:state", setState);
    socket.on("results:update", setSnapshot);
    socket.on("audience:update", ({ connected }) => setAudience(connected));
    return () => {
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

  const joinBox = (
    <JoinBox host={new URL(origin).host} code={eventCode} joinUrl={joinUrl} />
  );

  if (!poll) {
    return (
      <main id="main" className={`${styles.stage} ${styles.stageWaiting}`}>
        <section className={styles.waiting}>
          <p className={styles.eventTitle}>{state?.event.title ?? ""}</p>
          <h1 className={styles.waitingTitle}>{t("waitingTitle")}</h1>
          <p className={styles.waitingText}>{t("waitingText")}</p>
          <p className={styles.statSecondary}>{t("connected", { count: audience })}</p>
          <ConnectionBanner state={connection} className={styles.connection} />
        </section>
        <aside className={styles.sidebar} aria-label={t("joinAt")}>
          {joinBox}
        </aside>
      </main>
    );
  }

  return (
    <main id="main" className={styles.stage}>
      <div className={styles.content}>
        <header className={styles.header}>
          <span className={styles.eventTitle}>{state?.event.title ?? ""}</span>
          <StatusBadge status={poll.status} />
        </header>
        <h1 className={styles.question}>{poll.question}</h1>
        <section className={styles.results}>
          {poll.status === "draft" ? (
            <ol className={styles.itemPreview}>
              {poll.items.map((item) => (
                <li key={item.id}>{item.label}</li>
              ))}
            </ol>
          ) : liveSnapshot && !liveSnapshot.results ? (
            <div className={styles.hidden}>
              <EyeOffIcon />
              <h2>{t("hiddenTitle")}</h2>
              <p>{t("hiddenText")}</p>
            </div>
          ) : liveSnapshot?.results ? (
            <>
              <RankingChart results={liveSnapshot.results} variant="projector" />
              <ResultsTable className="sr-only" results={liveSnapshot.results} question={poll.question} />
              {liveSnapshot.ballotCount === 0 ? <p className={styles.firstVotes}>{t("noBallots")}</p> : null}
            </>
          ) : null}
        </section>
        {liveSnapshot?.results ? (
          <footer className={styles.method}>{t("method", { items: poll.items.length, top: poll.items.length - 1 })}</footer>
        ) : null}
      </div>

      <aside className={styles.sidebar} aria-label={t("joinAt")}>
        {joinBox}
        <dl className={styles.stats}>
          <div>
            <dt className="sr-only">{t("ballots", { count: 2 })}</dt>
            <dd className={styles.statValue}>{t("ballots", { count: liveSnapshot?.ballotCount ?? 0 })}</dd>
          </div>
          <div>
            <dt className="sr-only">{t("connected", { count: 2 })}</dt>
            <dd className={styles.statSecondary}>{t("connected", { count: audience })}</dd>
          </div>
        </dl>
        <ConnectionBanner state={connection} className={styles.connection} />
      </aside>
    </main>
  );
}

function JoinBox({ host, code, joinUrl }: { host: string; code: string; joinUrl: string }) {
  const t = useTranslations("presenter");
  return (
    <div className={styles.joinBox}>
      <p className={styles.joinLabel}>{t("joinAt")}</p>
      <p className={styles.joinHost}>{host}</p>
      <p className={styles.joinLabel}>{t("code")}</p>
      <p className={styles.joinCode}>{code}</p>
      <QrCode className={styles.qr} value={joinUrl} label={joinUrl} />
      <p className={styles.scanHint}>{t("orScan")}</p>
    </div>
  );
}

function StatusBadge({ status }: { status: "draft" | "open" | "closed" }) {
  const t = useTranslations("presenter");
  const label = status === "open" ? t("openBadge") : status === "closed" ? t("closedBadge") : t("draftBadge");
  return (
    <span className={styles.badge} data-status={status}>
      {status === "open" ? <span className="live-dot" aria-hidden="true" /> : null}
      {label}
    </span>
  );
}

function EyeOffIcon() {
  return (
    <svg viewBox="0 0 24 24" width="96" height="96" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.6">
      <path d="M3 3l18 18" strokeLinecap="round" />
      <path d="M10.6 5.1A10.9 10.9 0 0 1 12 5c5 0 9 4.5 10 7-.4 1-1.3 2.5-2.7 3.8M6.5 6.6C4.4 8 2.8 10.1 2 12c1 2.5 5 7 10 7 1.8 0 3.4-.6 4.8-1.4" />
      <path d="M9.9 9.9a3 3 0 0 0 4.2 4.2" />
    </svg>
  );
}
