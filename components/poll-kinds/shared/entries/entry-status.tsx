"use client";

import { useTranslations } from "next-intl";
import type { EntryStatus } from "@/lib/domain/entries/text-entry";
import styles from "./entries.module.css";

/** Where an entry stands, in words: waiting for review, shown, or hidden by the moderator. */
export function EntryStatusBadge({ status }: { status: EntryStatus }) {
  const t = useTranslations("entries");
  return (
    <span className={styles.status} data-status={status}>
      {t(`status.${status}`)}
    </span>
  );
}

/** The audience's view of what the moderator holds back: how many entries wait and how many were hidden. */
export function ModerationCounts({ pending, hidden, className }: { pending: number; hidden: number; className?: string }) {
  const t = useTranslations("entries");
  if (pending === 0 && hidden === 0) return null;
  return (
    <p className={className ?? styles.counts} data-testid="moderation-counts">
      {[pending > 0 ? t("pendingCount", { count: pending }) : null, hidden > 0 ? t("hiddenCount", { count: hidden }) : null]
        .filter(Boolean)
        .join(" · ")}
    </p>
  );
}
