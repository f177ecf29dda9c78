import Link from "next/link";
import { AccountMenu } from "../account/account-menu";
import { LanguageSwitch } from "./language-switch";
import styles from "./site-header.module.css";

/** The brand, sign-in (where an identity provider is set up) and the language switch, on the start page and the pages around it. */
export function SiteHeader() {
  return (
    <header className={styles.header}>
      <Link href="/" className={styles.brand}>
        <BarometerMark /> Barometer
      </Link>
      <div className={styles.tools}>
        <AccountMenu />
        <LanguageSwitch />
      </div>
    </header>
  );
}

function BarometerMark() {
  return (
    <svg viewBox="0 0 24 24" width="26" height="26" aria-hidden="true">
      <rect x="3" y="4" width="18" height="4" rx="2" fill="#f5b700" />
      <rect x="3" y="10" width="13" height="4" rx="2" fill="currentColor" />
      <rect x="3" y="16" width="8" height="4" rx="2" fill="currentColor" opacity="0.6" />
    </svg>
  );
}
