"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ErrorNotice } from "../ui/error-notice";
import { signInHref, useMe } from "./use-me";

/** An invitation to co-moderate: sign in first, then accept, then on to the console. */
export function AcceptInvite({ token }: { token: string }) {
  const t = useTranslations("account");
  const me = useMe();
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState("");

  if (!me) return <p role="status">{t("loading")}</p>;
  if (!me.signInAvailable) return <p>{t("signInUnavailable")}</p>;
  if (!me.account) {
    return (
      <div>
        <p>{t("inviteSignIn")}</p>
        <a className="button" href={signInHref(`/invite/${token}`)}>
          {t("signIn")}
        </a>
      </div>
    );
  }
  return (
    <div>
      <p>{t("inviteAccept", { name: me.account.name })}</p>
      <ErrorNotice message={error} />
      <button
        type="button"
        className="button"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          setError("");
          const response = await fetch("/api/invites/accept", {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ token }),
          });
          const body = (await response.json()) as { code?: string };
          if (response.ok && body.code) router.push(`/console/${body.code}`);
          else {
            setError(t("inviteInvalid"));
            setBusy(false);
          }
        }}
      >
        {t("acceptInvite")}
      </button>
    </div>
  );
}
