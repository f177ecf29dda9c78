"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { EVENT_TITLE_MAX_LENGTH } from "@/lib/domain/poll";
import { ErrorNotice } from "../ui/error-notice";

/** Creates an event through the HTTP API and opens its moderator screen. */
export function CreateEventForm() {
  const t = useTranslations("create");
  const tErrors = useTranslations("errors");
  const router = useRouter();
  const [title, setTitle] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState("");

  return (
    <form
      onSubmit={async (event) => {
        event.preventDefault();
        setBusy(true);
        setError("");
        try {
          const response = await fetch("/api/events", {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ title }),
          });
          const body = await response.json();
          if (!response.ok) throw new Error(body.error ?? "INTERNAL_ERROR");
          router.push(`/moderate/${body.moderatorToken}?created=1`);
        } catch (cause) {
          const code = cause instanceof Error ? cause.message : "INTERNAL_ERROR";
          setError(tErrors.has(code) ? tErrors(code) : tErrors("INTERNAL_ERROR"));
          setBusy(false);
        }
      }}
    >
      <div className="field">
        <label htmlFor="event-title">{t("titleLabel")}</label>
        <input
          id="event-title"
          className="input"
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          placeholder={t("titlePlaceholder")}
          maxLength={EVENT_TITLE_MAX_LENGTH}
          required
        />
      </div>
      <ErrorNotice message={error} />
      <button type="submit" className="button button-block" disabled={busy || title.trim() === ""}>
        {busy ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
