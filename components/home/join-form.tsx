"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { JOIN_CODE_LENGTH, normalizeJoinCode } from "@/lib/domain/join-code";

/** Type the code from the projector, go to the event. Lenient on case, spaces and dashes. */
export function JoinForm() {
  const t = useTranslations("home");
  const router = useRouter();
  const [value, setValue] = useState("");
  const [invalid, setInvalid] = useState(false);
  const hintId = useId();
  const errorId = useId();

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const code = normalizeJoinCode(value);
        if (!code) return setInvalid(true);
        router.push(`/join/${code}`);
      }}
    >
      <div className="field">
        <label htmlFor="join-code">{t("codeLabel")}</label>
        <input
          id="join-code"
          className="input"
          style={{ fontFamily: "var(--font-mono)", fontSize: "1.6rem", letterSpacing: "0.2em", textTransform: "uppercase" }}
          value={value}
          onChange={(event) => {
            setValue(event.target.value);
            setInvalid(false);
          }}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          // Room for "DS 24 NW", "ds-24-nw" or a pasted code with spaces around it; normalizeJoinCode decides.
          maxLength={JOIN_CODE_LENGTH * 4}
          aria-invalid={invalid}
          aria-describedby={invalid ? `${hintId} ${errorId}` : hintId}
        />
        <span id={hintId} className="hint">
          {t("codeHint")}
        </span>
        {invalid ? (
          <span id={errorId} className="error-text" role="alert">
            {t("codeInvalid")}
          </span>
        ) : null}
      </div>
      <button type="submit" className="button button-block">
        {t("join")}
      </button>
    </form>
  );
}
