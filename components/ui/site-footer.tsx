import Link from "next/link";
import { useTranslations } from "next-intl";
import styles from "./site-footer.module.css";

/** The statements every screen links to (privacy, accessibility), with an optional line before them. */
export function SiteFooter({ note, className }: { note?: string; className?: string }) {
  const t = useTranslations("statements");
  return (
    <footer className={`${styles.footer} ${className ?? ""}`}>
      {note ? <p className={styles.note}>{note}</p> : null}
      <nav aria-label={t("footerLabel")}>
        <ul className={styles.links}>
          <li>
            <Link href="/privacy">{t("privacyLink")}</Link>
          </li>
          <li>
            <Link href="/accessibility">{t("accessibilityLink")}</Link>
          </li>
        </ul>
      </nav>
    </footer>
  );
}
