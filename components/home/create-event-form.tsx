"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { EVENT_TITLE_MAX_LENGTH } from "@/lib/domain/poll";
import { signInHref, useMe } from "../account/use-me";
import { ErrorNotice } from "../ui/error-notice";

/**
 * Creates an event through the HTTP API and opens its console: by its code for
 * a signed-in owner, else by the secret link. Asks for the creation key, or
 * for a sign-in, where the operator requires one.
 */
export function CreateEventForm() {
  const t = useTranslations("create");
  const tErrors = useTranslations("errors");
  const tAccount = useTranslations("account");
  const router = useRouter();
  const me = useMe();
  const [title, setTitle] = useState("");
  const [key, setKey] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState("");

  if (me?.eventCreation === "signed-in" && !me.account) {
    return (
      <div>
        <p>{t("signInRequired")}</p>
        <a className="button" href={signInHref("/new")}>
          {tAccount("signIn")}
        </a>
      </div>
    );
  }
  const needsKey = me?.eventCreation === "key" && !me.account;

  return (
    <form
      onSubmit={async (event) => {
        event.preventDefault();
        setBusy(true);
        setError("");
        try {
          const response = await fetch("/api/events", {
            method: "POST",
            headers: { "content-type": "application/json", ...(needsKey ? { "x-creation-key": key } : {}) },
            body: JSON.stringify({ title }),
          });
          const body = await response.json();
          if (!response.ok) throw new Error(body.reason === "creation_key_required" ? "creation_key_required" : (body.error ?? "INTERNAL_ERROR"));
          router.push(me?.account ? `/console/${body.code}?created=1` : `/moderate/${body.moderatorToken}?created=1`);
        } catch (cause) {
          const code = cause instanceof Error ? cause.message : "INTERNAL_ERROR";
          setError(code === "creation_key_required" ? t("keyHint") : tErrors.has(code) ? tErrors(code) : tErrors("INTERNAL_ERROR"));
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
      {needsKey ? (
        <div className="field">
          <label htmlFor="creation-key">{t("keyLabel")}</label>
          <p className="hint" id="creation-key-hint">
            {t("keyHint")}
          </p>
          <input
            id="creation-key"
            className="input"
            type="password"
            autoComplete="off"
            aria-describedby="creation-key-hint"
            value={key}
            onChange={(event) => setKey(event.target.value)}
            required
          />
        </div>
      ) : null}
      <ErrorNotice message={error} />
      <button type="submit" className="button button-block" disabled={busy || title.trim() === ""}>
        {busy ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
