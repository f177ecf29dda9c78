"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef } from "react";

/**
 * A modal "are you sure?" built on <dialog>: focus is trapped, lands on the
 * first button (Cancel, the safe choice) and Escape cancels, all natively.
 */
export function ConfirmDialog(props: {
  open: boolean;
  title: string;
  text: string;
  confirmLabel?: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const t = useTranslations("moderator");
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const textId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (props.open && !dialog.open) dialog.showModal();
    if (!props.open && dialog.open) dialog.close();
  }, [props.open]);

  return (
    <dialog ref={ref} aria-labelledby={titleId} aria-describedby={textId} onCancel={props.onCancel}>
      <h2 id={titleId}>{props.title}</h2>
      <p id={textId}>{props.text}</p>
      <div style={{ display: "flex", gap: "0.75rem", justifyContent: "flex-end", flexWrap: "wrap" }}>
        <button type="button" className="button button-quiet" onClick={props.onCancel}>
          {t("cancel")}
        </button>
        <button type="button" className="button button-danger" onClick={props.onConfirm}>
          {props.confirmLabel ?? t("confirm")}
        </button>
      </div>
    </dialog>
  );
}
