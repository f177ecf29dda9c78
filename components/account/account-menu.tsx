"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import styles from "./account.module.css";
import { signInHref, useMe } from "./use-me";

/** Sign in, or who is signed in with their events and sign-out; nothing where sign-in is not set up. */
export function AccountMenu() {
  const t = useTranslations("account");
  const me = useMe();
  const path = usePathname();
  if (!me?.signInAvailable) return null;
  if (!me.account) {
    return (
      <a className="button button-quiet button-small" href={signInHref(path === "/" ? "/events" : path)}>
        {t("signIn")}
      </a>
    );
  }
  return (
    <div className={styles.menu}>
      <span className={styles.name}>{me.account.name}</span>
      <Link className="button button-quiet button-small" href="/events">
        {t("myEvents")}
      </Link>
      <form method="post" action="/auth/logout">
        <button type="submit" className="button button-quiet button-small">
          {t("signOut")}
        </button>
      </form>
    </div>
  );
}
