"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import type { EventExport, ExportedPoll } from "@/lib/domain/exports/event-export";
import { followsOverTime, type Poll, type PollType } from "@/lib/domain/poll";
import page from "../../app/home.module.css";
import { kindUi } from "../poll-kinds/registry";
import { useResponseCount } from "../poll-kinds/response-count";
import { SiteFooter } from "../ui/site-footer";
import { SiteHeader } from "../ui/site-header";
import { moderatorHeaders, saveFile } from "./download-export";
import { ExportButtons } from "./export-buttons";
import styles from "./results.module.css";
import { SeriesPanel } from "./series-panel";
import type { PictureFormat } from "./slide-protocol";
import { takePicture } from "./take-picture";

type Archive = Omit<EventExport, "polls"> & { polls: ExportedPoll[] };
type Load = { state: "loading" } | { state: "forbidden" } | { state: "failed"; error: string } | { state: "ready"; archive: Archive };

/** An exported poll as the kinds' components take it: a closed poll with its result shown. */
function asPoll(poll: ExportedPoll): Poll {
  return {
    id: poll.id,
    type: poll.type as Poll["type"],
    question: poll.question,
    items: poll.items,
    config: poll.config,
    status: poll.status,
    allowVoteChange: false,
    resultsVisible: true,
    showResultsToVoters: false,
    timerSeconds: null,
    closesAt: null,
    openedAt: null,
    answerRevealed: true,
  };
}

/**
 * The results page after the session: every poll with its result and the
 * detail the projector leaves out, the exports, pictures of each result, and
 * a print layout of one page per poll. The secret token comes in the URL's
 * fragment (never sent to a server); a signed-in moderator needs none.
 */
export function ResultsArchive({ code, origin }: { code: string; origin: string }) {
  const t = useTranslations("results");
  const format = useFormatter();
  const [token, setToken] = useState<string | undefined>(undefined);
  const [load, setLoad] = useState<Load>({ state: "loading" });

  useEffect(() => {
    const fromFragment = decodeURIComponent(window.location.hash.slice(1)) || undefined;
    setToken(fromFragment);
    void fetch(`/api/events/${encodeURIComponent(code)}/archive`, { headers: moderatorHeaders(fromFragment), credentials: "same-origin" })
      .then(async (response) => {
        if (response.status === 401 || response.status === 403) return setLoad({ state: "forbidden" });
        const body = await response.json();
        setLoad(response.ok ? { state: "ready", archive: body } : { state: "failed", error: body.error ?? "INTERNAL_ERROR" });
      })
      .catch(() => setLoad({ state: "failed", error: "INTERNAL_ERROR" }));
  }, [code]);

  return (
    <div className={page.page}>
      <SiteHeader />
      <main id="main" className={styles.main}>
        {load.state === "loading" ? <p>{t("loading")}</p> : null}
        {load.state === "forbidden" ? (
          <section className="card">
            <h1>{t("forbiddenTitle")}</h1>
            <p>{t("forbiddenText")}</p>
          </section>
        ) : null}
        {load.state === "failed" ? <p className="notice notice-danger">{t("failed", { error: load.error })}</p> : null}
        {load.state === "ready" ? (
          <>
            <header className={styles.archiveHeader}>
              <p className={styles.eyebrow}>
                {t("eyebrow")} · {t("code", { code: load.archive.event.code })}
              </p>
              <h1 className={styles.title}>{load.archive.event.title}</h1>
              <p className={styles.deletes} data-testid="deletes-on">
                {t("deletesOn", { date: format.dateTime(new Date(load.archive.event.deletedAfter), { dateStyle: "long" }) })}
              </p>
              <div className={styles.tools}>
                <ExportButtons code={load.archive.event.code} token={token} />
                <button type="button" className="button button-small button-quiet" onClick={() => window.print()}>
                  {t("print")}
                </button>
              </div>
            </header>
            {load.archive.polls.length === 0 ? <p>{t("noPolls")}</p> : null}
            {load.archive.polls.map((poll) => (
              <PollResult key={poll.id} poll={poll} archive={load.archive} origin={origin} token={token} />
            ))}
          </>
        ) : null}
      </main>
      <SiteFooter />
    </div>
  );
}

function PollResult({ poll, archive, origin, token }: { poll: ExportedPoll; archive: Archive; origin: string; token: string | undefined }) {
  const t = useTranslations("results");
  const tKind = useTranslations(poll.type);
  const responseCount = useResponseCount("moderator");
  const ui = kindUi(poll.type as PollType);
  const shown = asPoll(poll);
  const [busy, setBusy] = useState<PictureFormat | null>(null);
  const [failed, setFailed] = useState(false);
  const headingId = `poll-${poll.id}`;

  async function picture(format: PictureFormat) {
    setBusy(format);
    setFailed(false);
    try {
      const blob = await takePicture({
        format,
        poll: shown,
        results: poll.results,
        eventTitle: archive.event.title,
        code: archive.event.code,
        joinUrl: `${origin}/join/${archive.event.code}`,
      });
      saveFile(blob, `barometer-${archive.event.code}-${poll.position}.${format}`);
    } catch {
      setFailed(true);
    } finally {
      setBusy(null);
    }
  }

  return (
    <section className={styles.poll} aria-labelledby={headingId} data-testid="archived-poll">
      <header className={styles.pollHeader}>
        <h2 id={headingId} className={styles.question}>
          <span className={styles.position}>{poll.position}.</span> {poll.question}
        </h2>
        <p className={styles.meta}>
          {tKind("name")} · {responseCount(poll, poll.ballotCount)}
        </p>
        <div className={styles.pictureButtons}>
          {(["png", "svg"] as const).map((format) => (
            <button
              key={format}
              type="button"
              className="button button-small button-quiet"
              disabled={busy !== null}
              onClick={() => picture(format)}
              aria-label={t("pictureLabel", { format: format.toUpperCase(), question: poll.question })}
            >
              {busy === format ? t("drawing") : format.toUpperCase()}
            </button>
          ))}
        </div>
        {failed ? <p className="notice notice-danger">{t("pictureFailed")}</p> : null}
      </header>
      <ui.ResultsList poll={shown} results={poll.results as never} heading={t("result")} />
      {ui.Details ? <ui.Details poll={shown} results={poll.results as never} /> : null}
      {/* The exact figures, on request: the list above carries them for reading and print. */}
      <details className={styles.figures}>
        <summary>{t("figures")}</summary>
        <ui.ResultsTable poll={shown} results={poll.results as never} className={styles.table} />
      </details>
      {followsOverTime(poll) ? <SeriesPanel code={archive.event.code} pollId={poll.id} token={token} /> : null}
    </section>
  );
}
