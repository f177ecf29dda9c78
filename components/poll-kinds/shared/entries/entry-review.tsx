"use client";

import { useTranslations } from "next-intl";
import { type KeyboardEvent, type ReactNode, useEffect, useRef } from "react";
import type { EntryStatus } from "@/lib/domain/entries/text-entry";
import styles from "./entries.module.css";

export interface ReviewedEntry {
  id: string;
  text: string;
  status: EntryStatus;
  createdAt: string;
}

export interface ReviewAction<E> {
  /** The key that runs the action on the focused entry (lower case). */
  shortcut: string;
  label: (entry: E) => string;
  /** What a screen reader hears: the action with the entry's text. */
  accessibleLabel: (entry: E) => string;
  run: (entry: E) => void;
  primary?: boolean;
  /** For toggles (featured, answered): whether it is on. */
  pressed?: (entry: E) => boolean;
}

/**
 * The moderator's review of entries, by status: the queue waiting for review
 * (oldest first), what is shown, and what was hidden. Every entry is
 * focusable; its actions run by button or by shortcut key, ↑/↓ move between
 * entries, and after a decision the focus stays at the same place in the
 * queue, so a moderator works through it with the keyboard alone.
 */
export function EntryReview<E extends ReviewedEntry>(props: {
  entries: readonly E[];
  busy: boolean;
  actions: Record<EntryStatus, ReviewAction<E>[]>;
  /** Extra lines of an entry (its upvotes, its author). */
  meta?: (entry: E) => ReactNode;
  labels: { pending: string; approved: string; hidden: string; emptyQueue: string };
}) {
  const t = useTranslations("entries");
  const pending = props.entries.filter((entry) => entry.status === "pending").sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const approved = props.entries.filter((entry) => entry.status === "approved");
  const hidden = props.entries.filter((entry) => entry.status === "hidden");
  const shortcuts = props.actions.pending.map((action) => `${action.shortcut.toUpperCase()} ${action.label(pending[0] as E)}`);

  return (
    <div className={styles.review}>
      <section aria-labelledby="review-pending">
        <h3 id="review-pending" className={styles.reviewHeading}>
          {props.labels.pending} <span className={styles.reviewCount}>{pending.length}</span>
        </h3>
        {pending.length === 0 ? (
          <p className="hint">{props.labels.emptyQueue}</p>
        ) : (
          <>
            <p className="hint" id="review-keys">
              {t("reviewKeys", { keys: shortcuts.join(" · ") })}
            </p>
            <ReviewList entries={pending} actions={props.actions.pending} meta={props.meta} busy={props.busy} label={props.labels.pending} />
          </>
        )}
      </section>
      <section aria-labelledby="review-approved">
        <h3 id="review-approved" className={styles.reviewHeading}>
          {props.labels.approved} <span className={styles.reviewCount}>{approved.length}</span>
        </h3>
        <ReviewList entries={approved} actions={props.actions.approved} meta={props.meta} busy={props.busy} label={props.labels.approved} />
      </section>
      {hidden.length > 0 ? (
        <details className={styles.hiddenEntries}>
          <summary>
            {props.labels.hidden} <span className={styles.reviewCount}>{hidden.length}</span>
          </summary>
          <ReviewList entries={hidden} actions={props.actions.hidden} meta={props.meta} busy={props.busy} label={props.labels.hidden} />
        </details>
      ) : null}
    </div>
  );
}

function ReviewList<E extends ReviewedEntry>(props: {
  entries: readonly E[];
  actions: ReviewAction<E>[];
  meta?: (entry: E) => ReactNode;
  busy: boolean;
  label: string;
}) {
  const list = useRef<HTMLUListElement>(null);
  /** The place in the list that had focus when an entry left it: the next entry there gets it. */
  const refocusAt = useRef<number | null>(null);
  const ids = props.entries.map((entry) => entry.id).join(",");

  // biome-ignore lint/correctness/useExhaustiveDependencies: ids stands for the entries listed
  useEffect(() => {
    const index = refocusAt.current;
    if (index === null) return;
    refocusAt.current = null;
    const rows = list.current?.querySelectorAll<HTMLElement>("[data-entry-id]");
    if (rows && rows.length > 0) rows[Math.min(index, rows.length - 1)]?.focus();
  }, [ids]);

  function run(action: ReviewAction<E>, entry: E, index: number) {
    if (props.busy) return;
    refocusAt.current = index;
    action.run(entry);
  }

  function onKeyDown(event: KeyboardEvent<HTMLLIElement>, entry: E, index: number) {
    if (event.target !== event.currentTarget || event.altKey || event.ctrlKey || event.metaKey) return;
    const rows = list.current?.querySelectorAll<HTMLElement>("[data-entry-id]");
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      rows?.[index + (event.key === "ArrowDown" ? 1 : -1)]?.focus();
      return;
    }
    const action = props.actions.find((candidate) => candidate.shortcut === event.key.toLowerCase());
    if (!action) return;
    event.preventDefault();
    run(action, entry, index);
  }

  return (
    <ul ref={list} className={styles.reviewList} aria-label={props.label}>
      {props.entries.map((entry, index) => (
        <li
          key={entry.id}
          className={styles.reviewRow}
          data-entry-id={entry.id}
          data-status={entry.status}
          // biome-ignore lint/a11y/noNoninteractiveTabindex: entries take focus so that their shortcut keys work
          tabIndex={0}
          aria-describedby={entry.status === "pending" ? "review-keys" : undefined}
          onKeyDown={(event) => onKeyDown(event, entry, index)}
        >
          <div className={styles.reviewBody}>
            <p className={styles.entryText}>{entry.text}</p>
            {props.meta?.(entry)}
          </div>
          <div className={styles.reviewActions}>
            {props.actions.map((action) => (
              <button
                key={action.shortcut}
                type="button"
                className={action.primary ? "button button-small" : "button button-quiet button-small"}
                aria-label={action.accessibleLabel(entry)}
                aria-pressed={action.pressed ? action.pressed(entry) : undefined}
                aria-keyshortcuts={action.shortcut.toUpperCase()}
                disabled={props.busy}
                onClick={() => run(action, entry, index)}
              >
                {action.label(entry)}
              </button>
            ))}
          </div>
        </li>
      ))}
    </ul>
  );
}
