"use client";

import { useTranslations } from "next-intl";
import type { PollStatus } from "@/lib/domain/poll";

/** "Live" (when shown on the screens) and the poll's status, as badges. */
export function PollBadges({ status, live, liveLabel }: { status: PollStatus; live: boolean; liveLabel: string }) {
  const t = useTranslations("moderator");
  const statusClass = status === "open" ? "badge-open" : status === "closed" ? "badge-closed" : "";
  return (
    <>
      {live ? (
        <span className="badge badge-live">
          <span className="live-dot" aria-hidden="true" />
          {liveLabel}
        </span>
      ) : null}
      <span className={`badge ${statusClass}`}>{t(`status_${status}`)}</span>
    </>
  );
}
