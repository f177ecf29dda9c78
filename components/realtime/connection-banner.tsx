"use client";

import { useTranslations } from "next-intl";
import type { ConnectionState } from "./use-socket";

/** Tells people, politely, when the live connection is down; silent while all is well. */
export function ConnectionBanner({ state, className }: { state: ConnectionState; className?: string }) {
  const t = useTranslations("common");
  return (
    <div role="status" className={className}>
      {state === "reconnecting" ? <p className="notice">{t("reconnecting")}</p> : null}
      {state === "offline" ? <p className="notice notice-warning">{t("offline")}</p> : null}
    </div>
  );
}
