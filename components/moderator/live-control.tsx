"use client";

import { useTranslations } from "next-intl";
import type { EntryAction } from "@/lib/domain/entries/text-entry";
import { collectsEntries, hasAnswerToReveal, type ModerationAction, type PollResults, runsAlongside } from "@/lib/domain/poll";
import type { ModeratedPoll } from "@/lib/realtime/contract";
import { kindUi } from "../poll-kinds/registry";
import { useResponseCount } from "../poll-kinds/response-count";
import { useVotingWords } from "../poll-kinds/voting-words";
import { Countdown } from "../ui/countdown";
import styles from "./moderator.module.css";
import { PollBadges } from "./poll-badges";

export type LiveCommand =
  | { kind: "go-live" }
  | { kind: "start" }
  | { kind: "close" }
  | { kind: "show-nothing" }
  | { kind: "next" }
  | { kind: "previous" }
  | { kind: "reveal"; revealed: boolean }
  | { kind: "moderate"; action: ModerationAction }
  | { kind: "moderate-entry"; entryId: string; action: EntryAction }
  | { kind: "next-and-open" }
  | { kind: "results-visible"; visible: boolean }
  | { kind: "reset" };

/** Controls of the selected poll, and its live result as the moderator always sees it. */
export function LiveControl(props: {
  poll: ModeratedPoll;
  results: PollResults | undefined;
  isLive: boolean;
  hasNext: boolean;
  hasPrevious: boolean;
  audience: number;
  busy: boolean;
  onCommand: (command: LiveCommand) => void;
}) {
  const t = useTranslations("moderator");
  const tKind = useTranslations(props.poll.type);
  const responseCount = useResponseCount("moderator");
  const { poll, isLive } = props;
  const words = useVotingWords(poll.type);
  const run = (command: LiveCommand) => () => props.onCommand(command);
  const { ResultsList, ModerationPanel } = kindUi(poll.type);
  // Entry kinds show their review from the start: the moderation mode is set before the first entry.
  const showPanel = ModerationPanel && props.results && (props.results.ballotCount > 0 || collectsEntries(poll));

  return (
    <section className={`card ${styles.control}`} aria-labelledby="control-heading">
      <div className={styles.controlHeader}>
        <h2 id="control-heading" className={styles.controlTitle}>
          <span className="sr-only">{t("control")}: </span>
          {poll.question}
        </h2>
        <span className={styles.pollMeta}>
          <PollBadges status={poll.status} live={isLive} liveLabel={t("isLive")} />
          {poll.status === "open" ? <Countdown closesAt={poll.closesAt} className={styles.countdown} /> : null}
        </span>
      </div>

      <div className={styles.primaryActions}>
        {poll.status === "open" ? (
          <button type="button" className="button button-danger" disabled={props.busy} onClick={run({ kind: "close" })}>
            {words("close", t("close"))}
          </button>
        ) : (
          <button type="button" className="button" disabled={props.busy} onClick={run({ kind: "start" })}>
            {poll.status === "closed" ? words("reopen", t("reopen")) : words("open", t("open"))}
          </button>
        )}
        {isLive ? (
          <button type="button" className="button button-secondary" disabled={props.busy} onClick={run({ kind: "show-nothing" })}>
            {t("showNothing")}
          </button>
        ) : (
          <button type="button" className="button button-secondary" disabled={props.busy} onClick={run({ kind: "go-live" })}>
            {t("goLive")}
          </button>
        )}
        {hasAnswerToReveal(poll) ? (
          <button
            type="button"
            className="button button-secondary"
            aria-pressed={poll.answerRevealed}
            disabled={props.busy || poll.status === "draft"}
            onClick={run({ kind: "reveal", revealed: !poll.answerRevealed })}
          >
            {poll.answerRevealed ? t("hideAnswer") : t("revealAnswer")}
          </button>
        ) : null}
      </div>

      {runsAlongside(poll) ? <p className="hint">{tKind("alongsideHint")}</p> : null}

      <nav className={styles.stepActions} aria-label={t("stepThrough")}>
        <button type="button" className="button button-quiet" disabled={props.busy || !props.hasPrevious} onClick={run({ kind: "previous" })}>
          ← {t("previousPoll")}
        </button>
        <button type="button" className="button button-quiet" disabled={props.busy || !props.hasNext} onClick={run({ kind: "next" })}>
          {t("nextPoll")} →
        </button>
        <button type="button" className="button button-quiet" disabled={props.busy || !props.hasNext} onClick={run({ kind: "next-and-open" })}>
          {t("nextPollAndOpen")} →
        </button>
        <span className="hint">{t("stepKeys")}</span>
      </nav>

      <div className={styles.secondaryActions}>
        <label className="checkbox">
          <input
            type="checkbox"
            role="switch"
            aria-checked={poll.resultsVisible}
            checked={poll.resultsVisible}
            disabled={props.busy}
            onChange={(event) => props.onCommand({ kind: "results-visible", visible: event.target.checked })}
          />
          <span>{t("showResults")}</span>
        </label>
        <button
          type="button"
          className="button button-quiet button-small"
          disabled={props.busy || poll.ballotCount === 0}
          onClick={run({ kind: "reset" })}
        >
          {collectsEntries(poll) ? t("resetEntries") : t("reset")}
        </button>
      </div>

      <dl className={styles.liveStats}>
        <div>
          <dt className="sr-only">{t("ballotsLabel")}</dt>
          <dd data-testid="moderator-ballot-count">{responseCount(poll, props.results?.ballotCount ?? poll.ballotCount)}</dd>
        </div>
        <div>
          <dt className="sr-only">{t("connectedLabel")}</dt>
          <dd>{t("connected", { count: props.audience })}</dd>
        </div>
        <div>
          <dd>{poll.resultsVisible ? t("resultsShown") : t("resultsHidden")}</dd>
        </div>
      </dl>

      {showPanel && props.results ? (
        <ModerationPanel
          poll={poll}
          results={props.results}
          heading={t("results")}
          busy={props.busy}
          onModerate={(action) => props.onCommand({ kind: "moderate", action })}
          onModerateEntry={(entryId, action) => props.onCommand({ kind: "moderate-entry", entryId, action })}
        />
      ) : props.results && props.results.ballotCount > 0 ? (
        <ResultsList poll={poll} results={props.results} heading={t("results")} />
      ) : (
        <p className={styles.empty}>
          <strong>{t("results")}:</strong> {t("noResultsYet")}
        </p>
      )}
    </section>
  );
}
