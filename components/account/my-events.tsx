"use client";

import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import type { Role } from "@/lib/domain/access/policy";
import styles from "./account.module.css";
import { signInHref, useMe } from "./use-me";

interface MyEvent {
  code: string;
  title: string;
  createdAt: string;
  role: Role;
}

/** The events a signed-in moderator owns or co-moderates, each opening its console. */
export function MyEvents() {
  const t = useTranslations("account");
  const format = useFormatter();
  const me = useMe();
  const [events, setEvents] = useState<MyEvent[] | null>(null);

  useEffect(() => {
    if (!me?.account) return;
    fetch("/api/me/events", { cache: "no-store" })
      .then((response) => response.json() as Promise<{ events?: MyEvent[] }>)
      .then((body) => setEvents(body.events ?? []))
      .catch(() => setEvents([]));
  }, [me]);

  if (!me) return <p role="status">{t("loading")}</p>;
  if (!me.account) {
    return (
      <div>
        <p>{me.signInAvailable ? t("signInToSee") : t("signInUnavailable")}</p>
        {me.signInAvailable ? (
          <a className="button" href={signInHref("/events")}>
            {t("signIn")}
          </a>
        ) : null}
      </div>
    );
  }
  return (
    <div>
      <p className="hint">{t("signedInAs", { name: me.account.name })}</p>
      {events === null ? <p role="status">{t("loading")}</p> : null}
      {events?.length === 0 ? <p>{t("noEvents")}</p> : null}
      {events && events.length > 0 ? (
        <ul className={styles.events}>
          {events.map((event) => (
            <li key={event.code} className={styles.event}>
              <div>
                <div className={styles.eventTitle}>{event.title}</div>
                <div className={styles.meta}>
                  {t("eventMeta", { code: event.code, date: format.dateTime(new Date(event.createdAt), { dateStyle: "medium" }) })} ·{" "}
                  {t(`role.${event.role}`)}
                </div>
              </div>
              <Link className="button button-small" href={`/console/${event.code}`} aria-label={t("openConsoleNamed", { title: event.title })}>
                {t("openConsole")}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
      <p>
        <Link className="button button-secondary" href="/new">
          {t("newEvent")}
        </Link>
      </p>
    </div>
  );
}
