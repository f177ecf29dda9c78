"use client";

import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";

/** Switches between German and English; remembered in a cookie, no reload of live connections. */
export function LanguageSwitch({ className }: { className?: string }) {
  const locale = useLocale();
  const t = useTranslations("common");
  const router = useRouter();
  const next = locale === "de" ? "en" : "de";

  return (
    <button
      type="button"
      className={className ?? "button button-quiet button-small"}
      lang={next}
      aria-label={t("switchToLabel")}
      onClick={() => {
        document.cookie = `${LOCALE_COOKIE}=${next}; path=/; max-age=31536000; samesite=lax`;
        router.refresh();
      }}
    >
      {t("switchTo")}
    </button>
  );
}
