"use client";

import { useTranslations } from "next-intl";
import { CopyButton } from "../ui/copy-button";
import styles from "./moderator.module.css";

/** The three links of an event: for phones, for the projector, and the secret one for moderators. */
export function SharePanel(props: { origin: string; code: string; token?: string; justCreated: boolean }) {
  const t = useTranslations("moderator");
  const attendee = `${props.origin}/join/${props.code}`;
  const presenter = `${props.origin}/present/${props.code}`;
  const moderator = `${props.origin}/moderate/${props.token}`;

  return (
    <section className={styles.share} aria-label={t("attendeeLink")}>
      {/* Only the secret link's holder must save it; a signed-in owner finds the event under their account. */}
      {props.justCreated ? <p className="notice notice-success">{props.token ? t("createdNotice") : t("createdNoticeAccount")}</p> : null}
      <div className={styles.shareRow}>
        <span className={styles.shareLabel}>{t("attendeeLink")}</span>
        <a className={styles.shareUrl} href={attendee} target="_blank" rel="noreferrer">
          {attendee}
        </a>
        <CopyButton text={attendee} label={t("attendeeLink")} />
      </div>
      <div className={styles.shareRow}>
        <span className={styles.shareLabel}>{t("presenterLink")}</span>
        <a className={styles.shareUrl} href={presenter} target="_blank" rel="noreferrer">
          {presenter}
        </a>
        <a className="button button-quiet button-small" href={presenter} target="_blank" rel="noreferrer">
          {t("openPresenter")}
        </a>
      </div>
      {props.token ? (
        <details className={styles.secret} open={props.justCreated}>
          <summary>{t("secretLink")}</summary>
          <p className="hint">{t("secretLinkHint")}</p>
          <div className={styles.shareRow}>
            <code className={styles.shareUrl}>{moderator}</code>
            <CopyButton text={moderator} label={t("secretLink")} />
          </div>
        </details>
      ) : null}
    </section>
  );
}
