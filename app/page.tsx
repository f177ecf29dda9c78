import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { JoinForm } from "@/components/home/join-form";
import { SiteFooter } from "@/components/ui/site-footer";
import { SiteHeader } from "@/components/ui/site-header";
import styles from "./home.module.css";

export default async function HomePage() {
  const t = await getTranslations("home");
  const tCommon = await getTranslations("common");
  return (
    <div className={styles.page}>
      <SiteHeader />
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
      <SiteFooter note={tCommon("footer")} />
    </div>
  );
}

