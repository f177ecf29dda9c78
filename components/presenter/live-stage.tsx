"use client";

import { useTranslations } from "next-intl";
import { useLayoutEffect, useRef, useState } from "react";
import { collectsEntries, type Poll } from "@/lib/domain/poll";
import type { QuizLeaderboard, ResultsSnapshot } from "@/lib/realtime/contract";
import { kindUi } from "../poll-kinds/registry";
import { useResponseCount } from "../poll-kinds/response-count";
import { useVotingWords } from "../poll-kinds/voting-words";
import { Leaderboard } from "../quiz/leaderboard";
import { Countdown } from "../ui/countdown";
import { Hyphenated, useHyphenationSettled } from "../ui/hyphenated";
import { QrCode } from "../ui/qr-code";
import { useElementSize } from "../ui/use-element-size";
import { fitStage, type StageFit } from "./fit-stage";
import styles from "./presenter-screen.module.css";

/** A live poll on the projector, its type sizes fitted to its content and the screen; pictures of results are taken of it too. */
export function LiveStage(props: {
  poll: Poll;
  eventTitle: string;
  snapshot: ResultsSnapshot | null;
  /** Phones connected now; null for a picture of the result, which has no audience. */
  audience: number | null;
  /** Shown beside the result once a quiz question's answer is revealed. */
  leaderboard: QuizLeaderboard | null;
  locallyHidden: boolean;
  joinBox: React.ReactNode;
  toolbar: React.ReactNode;
  connection: React.ReactNode;
}) {
  const t = useTranslations("presenter");
  const responseCount = useResponseCount("presenter");
  const tKind = useTranslations(props.poll.type);
  const { poll, snapshot } = props;
  const ui = kindUi(poll.type);
  const stage = useRef<HTMLElement>(null);
  const question = useRef<HTMLHeadingElement>(null);
  const area = useRef<HTMLElement>(null);
  const [fit, setFit] = useState<StageFit | null>(null);
  const hyphenationReady = useHyphenationSettled();
  const stageSize = useElementSize(stage);

  const hidden = props.locallyHidden || (poll.status !== "draft" && snapshot !== null && snapshot.results === null);
  const results = poll.status !== "draft" && snapshot?.results && snapshot.results.ballotCount > 0 ? snapshot.results : null;
  // Kinds with entries say on their board what they wait for ("no answers yet", "being reviewed").
  const waitingForVotes = poll.status !== "draft" && !hidden && !results && !collectsEntries(poll);
  const note = results ? ui.boardNote(poll, results, tKind) : null;

  // Refit whenever what takes room changes: the text, the number of rows, the state, the screen.
  const layoutKey = [
    poll.question,
    poll.items.map((item) => item.label).join("\n"),
    poll.status,
    hidden,
    results !== null,
    note,
    JSON.stringify(props.leaderboard),
    poll.closesAt !== null,
    hyphenationReady,
    stageSize.width,
    stageSize.height,
  ].join("|");
  // biome-ignore lint/correctness/useExhaustiveDependencies: layoutKey names everything that takes room
  useLayoutEffect(() => {
    const stageElement = stage.current;
    const questionElement = question.current;
    const areaElement = area.current;
    if (!stageElement || !questionElement || !areaElement) return;
    const lineHeight = () => Number.parseFloat(getComputedStyle(questionElement).lineHeight) || 1;
    const found = fitStage(
      {
        apply(next) {
          applyFit(stageElement, next);
        },
        questionLineCount: () => Math.round(questionElement.scrollHeight / lineHeight()),
        boardFits: () => areaElement.scrollHeight <= areaElement.clientHeight + 1 && stageElement.scrollHeight <= stageElement.clientHeight + 1,
      },
      window.innerHeight,
      poll.items.length,
    );
    setFit(found);
  }, [layoutKey]);

  return (
    <main
      id="main"
      ref={stage}
      className={styles.stage}
      data-join={fit?.join ?? "sidebar"}
      data-label-lines={fit?.labelLines ?? undefined}
      // Fitted with the final text (hyphenation loaded): what a picture of the stage waits for.
      data-settled={fit && hyphenationReady ? "" : undefined}
      style={fit ? fitStyle(fit) : undefined}
    >
      <div className={styles.content}>
        <header className={styles.header}>
          <span className={styles.eventTitle}>{props.eventTitle}</span>
          <StatusBadge poll={poll} />
          {poll.status === "open" ? <Countdown closesAt={poll.closesAt} className={styles.countdown} /> : null}
        </header>
        <h1 ref={question} className={styles.question} title={poll.question}>
          <Hyphenated text={poll.question} />
        </h1>
        <section ref={area} className={styles.results}>
          {hidden ? (
            <div className={styles.hidden}>
              <EyeOffIcon />
              <h2>{t("hiddenTitle")}</h2>
              <p>{props.locallyHidden ? t("hiddenHereText") : t("hiddenText")}</p>
            </div>
          ) : (
            <div className={styles.resultsLayout} data-beside={props.leaderboard ? "leaderboard" : undefined}>
              <div className={styles.boardArea}>
                <ui.Board poll={poll} results={results} />
                {results ? <ui.ResultsTable className="sr-only" poll={poll} results={results} /> : null}
              </div>
              {props.leaderboard ? <Leaderboard board={props.leaderboard} variant="stage" /> : null}
            </div>
          )}
        </section>
        <footer className={styles.footer}>
          {waitingForVotes ? <p className={styles.firstVotes}>{t("noBallots")}</p> : null}
          {note ? <p className={styles.method}>{note}</p> : null}
        </footer>
      </div>

      <aside className={styles.sidebar} aria-label={t("joinAt")}>
        {props.joinBox}
        <dl className={styles.stats}>
          {poll.status === "draft" ? null : (
            <div>
              <dt className="sr-only">{t("ballotsLabel")}</dt>
              <dd className={styles.statValue}>{responseCount(poll, snapshot?.ballotCount ?? 0)}</dd>
            </div>
          )}
          {props.audience === null ? null : (
            <div>
              <dt className="sr-only">{t("participationLabel")}</dt>
              <dd className={styles.statSecondary} data-testid="participation">
                {/* Entries are many per phone: "x of y have voted" says nothing there. */}
                {props.audience > 0 && !collectsEntries(poll)
                  ? t("participation", { voted: Math.min(snapshot?.connectedVoters ?? 0, props.audience), connected: props.audience })
                  : t("connected", { count: 0 })}
              </dd>
            </div>
          )}
        </dl>
        {props.connection}
      </aside>
      {props.toolbar}
    </main>
  );
}

function fitStyle(fit: StageFit): React.CSSProperties {
  return {
    "--label-size": `${fit.labelSize}px`,
    "--question-size": `${fit.questionSize}px`,
    "--question-lines": fit.questionLines,
    "--board-columns": fit.columns,
    "--label-lines": fit.labelLines ?? "none",
  } as React.CSSProperties;
}

/** Applies a fit straight to the DOM so that it can be measured in the same frame. */
function applyFit(element: HTMLElement, fit: StageFit): void {
  element.dataset.join = fit.join;
  if (fit.labelLines === null) delete element.dataset.labelLines;
  else element.dataset.labelLines = String(fit.labelLines);
  for (const [name, value] of Object.entries(fitStyle(fit))) element.style.setProperty(name, String(value));
}

export function JoinBox({ host, code, joinUrl }: { host: string; code: string; joinUrl: string }) {
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

function StatusBadge({ poll }: { poll: Poll }) {
  const t = useTranslations("presenter");
  const words = useVotingWords(poll.type);
  const { status } = poll;
  const label = status === "open" ? words("openBadge", t("openBadge")) : status === "closed" ? words("closedBadge", t("closedBadge")) : t("draftBadge");
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
