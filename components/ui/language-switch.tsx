"use client";

import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useTransition } from "react";
import { setLocale } from "@/app/_actions/set-locale";

/** Switches between German and English; remembered in a cookie, no reload of live connections. */
export function LanguageSwitch({ className }: { className?: string }) {
  const locale = useLocale();
  const t = useTranslations("common");
  const router = useRouter();
  const next = locale === "de" ? "en" : "de";
  const [pending, startTransition] = useTransition();

  return (
    <button
      type="button"
      className={className ?? "button button-quiet button-small"}
      lang={next}
      aria-label={t("switchToLabel")}
      disabled={pending}
      onClick={() =>
        startTransition(async () => {
          await setLocale(next);
          router.refresh();
        })
      }
    >
      {t("switchTo")}
    </button>
  );
}
