"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

/** Copies a text and says so; falls back to selecting it where the clipboard API is unavailable (plain HTTP). */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const t = useTranslations("moderator");
  const [copied, setCopied] = useState(false);

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      const area = document.createElement("textarea");
      area.value = text;
      document.body.append(area);
      area.select();
      document.execCommand("copy");
      area.remove();
    }
    setCopied(true);
    setTimeout(() => setCopied(false), 2000);
  }

  return (
    <button type="button" className="button button-quiet button-small" onClick={copy} aria-label={`${t("copy")}: ${label}`}>
      <span aria-live="polite">{copied ? t("copied") : t("copy")}</span>
    </button>
  );
}
