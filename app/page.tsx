import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { JoinForm } from "@/components/home/join-form";
import { LanguageSwitch } from "@/components/ui/language-switch";
import styles from "./home.module.css";

export default async function HomePage() {
  const t = await getTranslations("home");
  const tCommon = await getTranslations("common");
  return (
    <div className={styles.page}>
      <header className={styles.header}>
        <span className={styles.brand}>
          <BarometerMark /> Barometer
        </span>
        <LanguageSwitch />
      </header>
      <main id="main" className={styles.main}>
        <section className={styles.hero}>
          <h1 className={styles.title}>{t("title")}</h1>
          <p className={styles.tagline}>{t("tagline")}</p>
        </section>
        <section className={`card ${styles.joinCard}`} aria-labelledby="join-heading">
          <h2 id="join-heading">{t("joinHeading")}</h2>
          <JoinForm />
        </section>
        <section className={styles.createCard} aria-labelledby="create-heading">
          <h2 id="create-heading">{t("createHeading")}</h2>
          <p>{t("createText")}</p>
          <Link className="button button-secondary" href="/new">
            {t("create")}
          </Link>
        </section>
        <p className={styles.privacy}>{t("privacy")}</p>
      </main>
      <footer className={styles.footer}>{tCommon("footer")}</footer>
    </div>
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
