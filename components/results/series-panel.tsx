"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useCallback, useEffect, useId, useState } from "react";
import { isErrorCode } from "@/lib/domain/errors";
import type { SeriesView } from "@/lib/domain/series/series";
import { ErrorNotice } from "../ui/error-notice";
import { moderatorHeaders } from "./download-export";
import styles from "./results.module.css";
import { SlopeChart } from "./slope-chart";

type SeriesState = SeriesView & { matching: { labels: string[]; successors: Record<string, string | null> }[] };
type Candidates = { event: { code: string; title: string }; polls: { id: string; question: string; ballotCount: number }[] };

/** What a moderator pastes to name the earlier event: its moderator link (or bare token), or its code when signed in. */
export function earlierProof(text: string): { token: string } | { code: string } | null {
  const trimmed = text.trim();
  const fromLink = /\/moderate\/([^/?#\s]+)/.exec(trimmed)?.[1];
  if (fromLink) return { token: decodeURIComponent(fromLink) };
  if (/^[A-Za-z0-9]{6}$/.test(trimmed)) return { code: trimmed.toUpperCase() };
  if (/^[\w-]{20,}$/.test(trimmed)) return { token: trimmed };
  return null;
}

/**
 * The barometer over time for one ranking: link it to the same question at an
 * earlier event, see how each item's place moved, match renamed items.
 */
export function SeriesPanel({ code, pollId, token }: { code: string; pollId: string; token: string | undefined }) {
  const t = useTranslations("results");
  const tErrors = useTranslations("errors");
  const format = useFormatter();
  const inputId = useId();
  const [state, setState] = useState<SeriesState | null>(null);
  const [earlier, setEarlier] = useState("");
  const [candidates, setCandidates] = useState<Candidates | null>(null);
  const [error, setError] = useState("");
  const [busy, setBusy] = useState(false);

  const call = useCallback(
    async (method: string, path: string, body?: unknown) => {
      const response = await fetch(`/api/events/${encodeURIComponent(code)}/polls/${encodeURIComponent(pollId)}/series${path}`, {
        method,
        headers: { ...moderatorHeaders(token), ...(body ? { "content-type": "application/json" } : {}) },
        body: body ? JSON.stringify(body) : undefined,
        credentials: "same-origin",
      });
      const answer = await response.json().catch(() => ({ ok: false, error: "INTERNAL_ERROR" }));
      if (!response.ok) throw new Error(isErrorCode(answer.error) ? answer.error : "INTERNAL_ERROR");
      return answer;
    },
    [code, pollId, token],
  );

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError("");
    try {
      await work();
    } catch (failure) {
      const codeOf = failure instanceof Error && isErrorCode(failure.message) ? failure.message : "INTERNAL_ERROR";
      setError(codeOf === "FORBIDDEN" ? t("seriesForbidden") : tErrors(codeOf));
    } finally {
      setBusy(false);
    }
  };

  useEffect(() => {
    let current = true;
    void call("GET", "").then(
      (loaded) => current && setState(loaded),
      () => current && setState(null),
    );
    return () => {
      current = false;
    };
  }, [call]);

  const proof = earlierProof(earlier);
  const linked = state !== null && state.rounds.length > 1;

  return (
    <section className={styles.series} aria-labelledby={`${inputId}-heading`} data-testid="series" data-linked={linked || undefined}>
      <h3 id={`${inputId}-heading`}>{t("seriesHeading")}</h3>
      {linked ? (
        <>
          <SlopeChart series={state} />
          <table className={styles.table}>
            <caption>{t("seriesCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("item")}</th>
                {state.rounds.map((round) => (
                  <th key={`${round.eventCode}-${round.heldOn}`} scope="col">
                    {round.eventTitle}
                    <span className={styles.roundMeta}>
                      {format.dateTime(new Date(round.heldOn), { year: "numeric", month: "short" })} · {t("ballotsShort", { count: round.ballotCount })}
                    </span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {state.lines.map((line) => (
                <tr key={line.label}>
                  <th scope="row">{line.label}</th>
                  {state.rounds.map((round, index) => {
                    const point = line.points.find((p) => p.round === index);
                    return (
                      <td key={`${round.eventCode}-${round.heldOn}`}>
                        {point
                          ? t("placeAndShare", { place: point.rank, share: format.number(point.share, { style: "percent" }), score: point.score })
                          : "–"}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
          <details className={styles.matching}>
            <summary>{t("matchHeading")}</summary>
            <p className="hint">{t("matchHint")}</p>
            {state.matching.slice(0, -1).map((round, index) => (
              <fieldset key={`${state.rounds[index]?.eventCode}-${state.rounds[index]?.heldOn}`} className={styles.matchRound}>
                <legend>{t("matchRound", { from: state.rounds[index]?.eventTitle ?? "", to: state.rounds[index + 1]?.eventTitle ?? "" })}</legend>
                {round.labels.map((label, labelIndex) => {
                  const selectId = `${inputId}-match-${index}-${labelIndex}`;
                  return (
                    <div key={label} className={styles.matchRow}>
                      <label htmlFor={selectId}>{label}</label>
                      <select
                        id={selectId}
                        className="input"
                        value={round.successors[label] ?? ""}
                        disabled={busy}
                        onChange={(event) =>
                          run(async () => {
                            const matches = { ...round.successors, [label]: event.target.value === "" ? null : event.target.value };
                            setState(await call("PUT", "/matches", { round: index, matches }));
                          })
                        }
                      >
                        <option value="">{t("noMatch")}</option>
                        {(state.matching[index + 1]?.labels ?? []).map((next) => (
                          <option key={next} value={next}>
                            {next}
                          </option>
                        ))}
                      </select>
                    </div>
                  );
                })}
              </fieldset>
            ))}
          </details>
          <button type="button" className="button button-small button-quiet" disabled={busy} onClick={() => run(async () => setState(await call("DELETE", "")))}>
            {t("unlink")}
          </button>
        </>
      ) : (
        <form
          className={styles.seriesForm}
          onSubmit={(event) => {
            event.preventDefault();
            if (proof) void run(async () => setCandidates(await call("POST", "/candidates", { earlier: proof })));
          }}
        >
          <p className="hint">{t("seriesIntro")}</p>
          <label htmlFor={inputId}>{t("earlierLabel")}</label>
          <div className={styles.seriesInput}>
            <input id={inputId} className="input" type="text" value={earlier} onChange={(event) => setEarlier(event.target.value)} autoComplete="off" spellCheck={false} />
            <button type="submit" className="button button-small" disabled={busy || !proof}>
              {t("findEarlier")}
            </button>
          </div>
          {candidates ? (
            candidates.polls.length === 0 ? (
              <p>{t("noEarlierRankings", { title: candidates.event.title })}</p>
            ) : (
              <ul className={styles.candidates}>
                {candidates.polls.map((poll) => (
                  <li key={poll.id}>
                    <span>
                      {poll.question} <span className={styles.roundMeta}>{t("ballotsShort", { count: poll.ballotCount })}</span>
                    </span>
                    <button
                      type="button"
                      className="button button-small button-secondary"
                      disabled={busy || !proof}
                      onClick={() => run(async () => setState(await call("POST", "", { earlier: proof, earlierPollId: poll.id })))}
                    >
                      {t("linkTo", { title: candidates.event.title })}
                    </button>
                  </li>
                ))}
              </ul>
            )
          ) : null}
        </form>
      )}
      <ErrorNotice message={error} />
    </section>
  );
}
