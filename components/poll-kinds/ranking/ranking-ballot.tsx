"use client";

import {
  type Announcements,
  closestCenter,
  DndContext,
  type DragEndEvent,
  KeyboardSensor,
  PointerSensor,
  TouchSensor,
  useSensor,
  useSensors,
} from "@dnd-kit/core";
import {
  arrayMove,
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import type { RankingBallot } from "@/lib/domain/poll-kinds/ranking/kind";
import { Hyphenated } from "../../ui/hyphenated";
import type { BallotInputProps } from "../kind-ui";
import styles from "./ranking-ballot.module.css";

const isRanking = (draft: unknown): draft is string[] => Array.isArray(draft) && draft.every((id) => typeof id === "string");

type FocusTarget = { itemId: string; control: "up" | "down" | "handle" } | { itemId: null; control: "pool" };

/**
 * Ranks items three ways that all end in the same list: tap the unranked items
 * in order of preference, drag rows by their handle (pointer, touch, or the
 * keyboard via dnd-kit), or use the up/down buttons. Every change is announced
 * to screen readers.
 */
export function RankingBallotInput({ poll, ballot, draft, busy, submitLabel, onDraft, onSubmit }: BallotInputProps<RankingBallot>) {
  const t = useTranslations("ranking");
  const items = poll.items;
  const [ranked, setRanked] = useState<string[]>(() => {
    const start = isRanking(draft) ? draft : (ballot?.ranking ?? []);
    return start.filter((id, index) => items.some((item) => item.id === id) && start.indexOf(id) === index);
  });
  const [announcement, setAnnouncement] = useState("");
  const [focusTarget, setFocusTarget] = useState<FocusTarget | null>(null);
  const controls = useRef(new Map<string, HTMLButtonElement | null>());
  const labelOf = (id: string) => items.find((item) => item.id === id)?.label ?? "";
  const unranked = items.filter((item) => !ranked.includes(item.id));
  const total = items.length;

  useEffect(() => onDraft(ranked.length > 0 ? ranked : null), [ranked, onDraft]);

  // Keep focus on the control that was used, even though its row moved in the DOM.
  useEffect(() => {
    if (!focusTarget) return;
    const key = focusTarget.itemId ? `${focusTarget.itemId}:${focusTarget.control}` : "pool";
    const preferred = controls.current.get(key);
    const fallback = focusTarget.itemId
      ? controls.current.get(`${focusTarget.itemId}:${focusTarget.control === "up" ? "down" : "up"}`)
      : undefined;
    const usable = (element: HTMLButtonElement | null | undefined) =>
      element?.isConnected && !element.disabled ? element : null;
    const target =
      usable(preferred) ??
      usable(fallback) ??
      usable(controls.current.get("pool")) ??
      usable(controls.current.get(`${focusTarget.itemId}:handle`)) ??
      usable(controls.current.get(`${ranked[0]}:handle`));
    target?.focus();
    setFocusTarget(null);
  }, [focusTarget, ranked]);

  function add(itemId: string) {
    const next = [...ranked, itemId];
    setRanked(next);
    setAnnouncement(t("announceAdded", { label: labelOf(itemId), position: next.length, total }));
    // Stay in the pool while it has items; after the last one, land on the item just ranked.
    setFocusTarget(next.length < total ? { itemId: null, control: "pool" } : { itemId, control: "up" });
  }

  function move(itemId: string, by: -1 | 1) {
    const from = ranked.indexOf(itemId);
    const to = from + by;
    if (from < 0 || to < 0 || to >= ranked.length) return;
    setRanked(arrayMove(ranked, from, to));
    setAnnouncement(t("announceMoved", { label: labelOf(itemId), position: to + 1, total }));
    setFocusTarget({ itemId, control: by < 0 ? "up" : "down" });
  }

  function remove(itemId: string) {
    setRanked(ranked.filter((id) => id !== itemId));
    setAnnouncement(t("announceRemoved", { label: labelOf(itemId) }));
    setFocusTarget({ itemId: null, control: "pool" });
  }

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 120, tolerance: 8 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  function onDragEnd({ active, over }: DragEndEvent) {
    if (!over || active.id === over.id) return;
    setRanked((current) => arrayMove(current, current.indexOf(String(active.id)), current.indexOf(String(over.id))));
  }

  const positionOf = (id: string | number) => ranked.indexOf(String(id)) + 1;
  const announcements: Announcements = {
    onDragStart: ({ active }) => t("dragStart", { label: labelOf(String(active.id)) }),
    onDragOver: ({ active, over }) =>
      over ? t("dragOver", { label: labelOf(String(active.id)), position: positionOf(over.id) }) : undefined,
    onDragEnd: ({ active, over }) =>
      over ? t("dragEnd", { label: labelOf(String(active.id)), position: positionOf(over.id) }) : undefined,
    onDragCancel: ({ active }) => t("dragCancel", { label: labelOf(String(active.id)) }),
  };

  return (
    <form
      className={styles.ballot}
      onSubmit={(event) => {
        event.preventDefault();
        if (ranked.length > 0 && !busy) onSubmit({ type: "ranking", ranking: ranked });
      }}
    >
      <p className={styles.instructions}>{t("instructions")}</p>

      <section aria-labelledby="ranked-heading" className={styles.section}>
        <h2 id="ranked-heading" className={styles.sectionTitle}>
          {t("ranked")}
        </h2>
        {ranked.length === 0 ? <p className={styles.empty}>{t("rankedEmpty")}</p> : null}
        <DndContext
          sensors={sensors}
          collisionDetection={closestCenter}
          onDragEnd={onDragEnd}
          accessibility={{ announcements, screenReaderInstructions: { draggable: t("dragInstructions") } }}
        >
          <SortableContext items={ranked} strategy={verticalListSortingStrategy}>
            <ol className={styles.rankedList}>
              {ranked.map((itemId, index) => (
                <SortableRow
                  key={itemId}
                  itemId={itemId}
                  label={labelOf(itemId)}
                  position={index + 1}
                  isFirst={index === 0}
                  isLast={index === ranked.length - 1}
                  onMove={move}
                  onRemove={remove}
                  registerControl={(key, element) => controls.current.set(`${itemId}:${key}`, element)}
                />
              ))}
            </ol>
          </SortableContext>
        </DndContext>
        {ranked.length >= 2 ? <p className={styles.hint}>{t("reorderHint")}</p> : null}
      </section>

      <section aria-labelledby="unranked-heading" className={styles.section}>
        <h2 id="unranked-heading" className={styles.sectionTitle}>
          {t("unranked")}
        </h2>
        {unranked.length === 0 ? (
          <p className={styles.empty}>{t("allRanked")}</p>
        ) : (
          <>
            {/* Before the first tap the instructions above say it. */}
            {ranked.length > 0 ? <p className={styles.hint}>{t("unrankedHint")}</p> : null}
            <ul className={styles.pool}>
              {unranked.map((item, index) => (
                <li key={item.id}>
                  <button
                    type="button"
                    className={styles.poolItem}
                    ref={(element) => {
                      if (index === 0) controls.current.set("pool", element);
                    }}
                    onClick={() => add(item.id)}
                  >
                    <span className={styles.plus} aria-hidden="true">
                      +
                    </span>
                    {/* The name comes from the content, so it starts with the visible label (WCAG 2.5.3), without its soft hyphens. */}
                    <span>
                      <Hyphenated text={item.label} />
                      <span className="sr-only"> – {t("addPosition", { position: ranked.length + 1 })}</span>
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      {/* Sticky only once there is something to send: a disabled button should not cover the first items of a short screen. */}
      <div className={styles.submitBar} data-sticky={ranked.length > 0 || undefined}>
        {ranked.length > 0 && ranked.length < total ? <p className={styles.hint}>{t("partialHint")}</p> : null}
        <button type="submit" className="button button-block" disabled={ranked.length === 0 || busy}>
          {submitLabel}
        </button>
      </div>

      <div className="sr-only" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
    </form>
  );
}

function SortableRow(props: {
  itemId: string;
  label: string;
  position: number;
  isFirst: boolean;
  isLast: boolean;
  onMove: (itemId: string, by: -1 | 1) => void;
  onRemove: (itemId: string) => void;
  registerControl: (key: "up" | "down" | "handle", element: HTMLButtonElement | null) => void;
}) {
  const t = useTranslations("ranking");
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: props.itemId,
  });

  return (
    <li
      ref={setNodeRef}
      className={styles.row}
      data-dragging={isDragging || undefined}
      style={{ transform: CSS.Transform.toString(transform), transition }}
    >
      <button
        type="button"
        className={styles.handle}
        // Begins with the position it shows (WCAG 2.5.3).
        aria-label={t("dragHandle", { label: props.label, position: props.position })}
        ref={(element) => {
          setActivatorNodeRef(element);
          props.registerControl("handle", element);
        }}
        {...attributes}
        {...listeners}
      >
        <svg viewBox="0 0 6 16" width="6" height="16" aria-hidden="true" className={styles.grip}>
          <g fill="currentColor">
            <circle cx="3" cy="2" r="1.4" />
            <circle cx="3" cy="8" r="1.4" />
            <circle cx="3" cy="14" r="1.4" />
          </g>
        </svg>
        <span className={styles.position}>{props.position}</span>
      </button>
      <span className={styles.label}>
        <Hyphenated text={props.label} />
      </span>
      <span className={styles.actions}>
        <button
          type="button"
          className="icon-button"
          aria-label={t("moveUp", { label: props.label })}
          disabled={props.isFirst}
          ref={(element) => props.registerControl("up", element)}
          onClick={() => props.onMove(props.itemId, -1)}
        >
          <Chevron direction="up" />
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={t("moveDown", { label: props.label })}
          disabled={props.isLast}
          ref={(element) => props.registerControl("down", element)}
          onClick={() => props.onMove(props.itemId, 1)}
        >
          <Chevron direction="down" />
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={t("remove", { label: props.label })}
          onClick={() => props.onRemove(props.itemId)}
        >
          <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
            <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          </svg>
        </button>
      </span>
    </li>
  );
}

function Chevron({ direction }: { direction: "up" | "down" }) {
  return (
    <svg viewBox="0 0 16 16" width="18" height="18" aria-hidden="true">
      <path
        d={direction === "up" ? "M3 10l5-5 5 5" : "M3 6l5 5 5-5"}
        fill="none"
        stroke="currentColor"
        strokeWidth="2.2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
