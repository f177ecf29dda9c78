"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { DUPLICATE_ITEMS_MESSAGE, ITEM_LABEL_MAX_LENGTH } from "@/lib/domain/poll";
import { CharacterCount } from "../../ui/character-count";
import { GrowingTextArea } from "../../ui/growing-text-area";
import styles from "./item-list-field.module.css";

/** Splits pasted text into item labels: one per line, bullets and numbering removed, blanks skipped. */
export function splitPastedItems(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*(?:[-–•*]|\d+[.)])\s+/, "").trim())
    .filter((line) => line !== "");
}

/**
 * The item labels of a poll, between `min` and `max` of them: one field each,
 * with a counter near the length limit. Pasting several lines into a field
 * makes several items, from that field on.
 */
export function ItemListField(props: {
  items: string[];
  /** With `marks`, a checkbox per item (a quiz's correct answers), kept beside its item through removals and pastes. */
  onChange: (items: string[], marks: boolean[]) => void;
  marks?: boolean[];
  /** The checkbox's name for item `number`, e.g. "Answer 2 is correct". */
  markLabel?: (number: number) => string;
  /** The checkbox's visible text, e.g. "correct". */
  markText?: string;
  min: number;
  max: number;
  /** The legend, e.g. "Items (2–10)". */
  legend: string;
  /** How each field is named to screen readers, e.g. "Item 3". */
  itemLabel: (number: number) => string;
  /** The add button's text when "Add item" is not the kind's word ("Add statement"). */
  addLabel?: string;
  locked: boolean;
}) {
  const t = useTranslations("moderator");
  const ids = useId();
  const [notice, setNotice] = useState("");
  const { items, min, max } = props;
  const marks = items.map((_, index) => props.marks?.[index] ?? false);
  const atMax = items.length >= max;
  // Enter in the last field adds one and moves there, as in a list editor; the focus moves once it exists.
  const focusNext = useRef<number | null>(null);
  useEffect(() => {
    if (focusNext.current === null) return;
    document.getElementById(`poll-item-${focusNext.current}`)?.focus();
    focusNext.current = null;
  });

  function enterIn(index: number): void {
    if (index + 1 < items.length) document.getElementById(`poll-item-${index + 1}`)?.focus();
    else if (!atMax) {
      focusNext.current = index + 1;
      props.onChange([...items, ""], [...marks, false]);
    }
  }

  function paste(index: number, text: string): boolean {
    const lines = splitPastedItems(text);
    if (lines.length < 2) return false;
    const before = items.slice(0, index);
    const after = items.slice(index + 1).filter((item) => item.trim() !== "");
    const combined = [...before, ...lines, ...after];
    const afterMarks = marks.slice(index + 1).filter((_, i) => (items[index + 1 + i] ?? "").trim() !== "");
    const combinedMarks = [...marks.slice(0, index), ...lines.map(() => false), ...afterMarks];
    props.onChange(
      combined.slice(0, max).map((label) => label.slice(0, ITEM_LABEL_MAX_LENGTH)),
      combinedMarks.slice(0, max),
    );
    const messages = [t("pastedItems", { count: Math.min(lines.length, max - before.length) })];
    if (combined.length > max) messages.push(t("pastedTooMany", { max, dropped: combined.length - max }));
    if (combined.some((label) => label.length > ITEM_LABEL_MAX_LENGTH)) messages.push(t("pastedShortened", { max: ITEM_LABEL_MAX_LENGTH }));
    setNotice(messages.join(" "));
    return true;
  }

  return (
    <fieldset className={styles.items} disabled={props.locked}>
      <legend className="label">{props.legend}</legend>
      {props.locked ? <p className="notice">{t("itemsLocked")}</p> : <p className="hint">{t("pasteHint")}</p>}
      {items.map((item, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the inputs are positions in the list, edited in place
        <div key={index} className={styles.itemRow}>
          <label className="sr-only" htmlFor={`poll-item-${index}`}>
            {props.itemLabel(index + 1)}
          </label>
          <span className={styles.itemNumber} aria-hidden="true">
            {index + 1}
          </span>
          <GrowingTextArea
            id={`poll-item-${index}`}
            value={item}
            maxLength={ITEM_LABEL_MAX_LENGTH}
            aria-describedby={`${ids}-item-${index}-count`}
            onChange={(text) => props.onChange(items.map((old, i) => (i === index ? text : old)), marks)}
            onEnter={() => enterIn(index)}
            onPaste={(event) => {
              if (paste(index, event.clipboardData.getData("text"))) event.preventDefault();
            }}
          />
          {props.marks ? (
            <label className={styles.mark}>
              <input
                type="checkbox"
                checked={marks[index]}
                aria-label={props.markLabel?.(index + 1)}
                onChange={(event) => props.onChange(items, marks.map((old, i) => (i === index ? event.target.checked : old)))}
              />
              <span aria-hidden="true">{props.markText}</span>
            </label>
          ) : null}
          <button
            type="button"
            className="icon-button"
            aria-label={t("removeItem", { number: index + 1 })}
            disabled={items.length <= min}
            onClick={() => props.onChange(items.filter((_, i) => i !== index), marks.filter((_, i) => i !== index))}
          >
            <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
              <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
            </svg>
          </button>
          <CharacterCount id={`${ids}-item-${index}-count`} className={styles.itemCount} length={item.length} max={ITEM_LABEL_MAX_LENGTH} />
        </div>
      ))}
      <div className={styles.addItemRow}>
        <button
          type="button"
          className="button button-quiet button-small"
          disabled={atMax}
          aria-describedby={atMax ? `${ids}-max-items` : undefined}
          onClick={() => props.onChange([...items, ""], [...marks, false])}
        >
          + {props.addLabel ?? t("addItem")}
        </button>
        {atMax ? (
          <span id={`${ids}-max-items`} className="hint">
            {t("maxItemsReached", { max })}
          </span>
        ) : null}
      </div>
      <p role="status" className="hint">
        {notice}
      </p>
    </fieldset>
  );
}

/** The labels to submit: blank fields are left out. */
export const filledItems = (items: string[]) => items.filter((item) => item.trim() !== "");

/** Says a problem with the items in the UI's language (`t` is the moderator namespace), or null if it is not about items. */
export function describeItemsProblem(
  issue: { path: PropertyKey[]; message: string },
  t: (key: string, values?: Record<string, string | number>) => string,
  bounds: { min: number; max: number },
): string | null {
  const [field, index] = issue.path;
  if (field !== "items") return null;
  if (typeof index === "number") return t("itemTooLong", { number: index + 1, max: ITEM_LABEL_MAX_LENGTH });
  if (issue.message === DUPLICATE_ITEMS_MESSAGE) return t("itemsDuplicate");
  return t("itemsCount", bounds);
}
