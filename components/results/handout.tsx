"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { QrCode } from "../ui/qr-code";
import styles from "./handout.module.css";

/**
 * A printable A4 sheet to lay out on tables or pin up: the event's title, the
 * join QR code, the address and the code. Public: it says nothing the
 * projector does not.
 */
export function Handout({ code, origin }: { code: string; origin: string }) {
  const t = useTranslations("handout");
  const [title, setTitle] = useState<string | null>(null);
  const [notFound, setNotFound] = useState(false);
  const shownCode = code.toUpperCase();
  const joinUrl = `${origin}/join/${shownCode}`;
  const host = new URL(origin).host;

  useEffect(() => {
    void fetch(`/api/events/${encodeURIComponent(code)}/results`).then(async (response) => {
      if (response.status === 404) return setNotFound(true);
      const body = await response.json();
      setTitle(body.event?.title ?? "");
    });
  }, [code]);

  if (notFound) {
    return (
      <main id="main" className={styles.sheet}>
        <p>{t("notFound", { code: shownCode })}</p>
      </main>
    );
  }
  return (
    <main id="main" className={styles.sheet}>
      <button type="button" className={`button ${styles.print}`} onClick={() => window.print()}>
        {t("print")}
      </button>
      <p className={styles.event}>{title}</p>
      <h1 className={styles.title}>{t("title")}</h1>
      <p className={styles.scan}>{t("scan")}</p>
      <QrCode className={styles.qr} value={joinUrl} label={joinUrl} />
      <p className={styles.or}>{t("orOpen", { host })}</p>
      <p className={styles.code} data-testid="handout-code">
        {shownCode}
      </p>
      <p className={styles.url}>{joinUrl}</p>
      <p className={styles.steps}>{t("steps")}</p>
    </main>
  );
}
