"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";

const secondsUntil = (deadline: number | null) =>
  deadline === null ? null : Math.max(0, Math.ceil((deadline - Date.now()) / 1000));

/** Whole seconds until `closesAt` (never below 0), kept current; null without a deadline. */
export function useSecondsLeft(closesAt: string | null): number | null {
  const deadline = closesAt === null ? null : Date.parse(closesAt);
  const [seconds, setSeconds] = useState(() => secondsUntil(deadline));
  useEffect(() => {
    setSeconds(secondsUntil(deadline));
    if (deadline === null) return;
    const timer = window.setInterval(() => setSeconds(secondsUntil(deadline)), 250);
    return () => window.clearInterval(timer);
  }, [deadline]);
  return seconds;
}

/** "0:42" */
export function formatSeconds(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}

/**
 * The time left until voting closes by itself. The visible clock ticks every
 * second; screen readers get the text once (role="timer" is not live) and can
 * read it again whenever they like.
 */
export function Countdown({ closesAt, className }: { closesAt: string | null; className?: string }) {
  const t = useTranslations("common");
  const seconds = useSecondsLeft(closesAt);
  if (seconds === null) return null;
  return (
    // The server rendered the time left a moment earlier; the first tick corrects it.
    <p className={className} role="timer" data-urgent={seconds <= 10 || undefined} suppressHydrationWarning>
      <span className="sr-only">{t("timeLeft")}: </span>
      <span aria-hidden="true">⏱ </span>
      {formatSeconds(seconds)}
    </p>
  );
}
