import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SiteFooter } from "@/components/ui/site-footer";
import { SiteHeader } from "@/components/ui/site-header";
import styles from "./home.module.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("common"))("notFoundTitle") };
}

/** Every unknown address: branded, in the visitor's language, with a way on. */
export default async function NotFound() {
  const t = await getTranslations("common");
  return (
    <div className={styles.page}>
      <SiteHeader />
      <main id="main" className={styles.main}>
        <section className={styles.hero}>
          <p className={styles.errorCode} aria-hidden="true">
            404
          </p>
          <h1 className={styles.title}>{t("notFoundTitle")}</h1>
          <p className={styles.tagline}>{t("notFoundText")}</p>
        </section>
        <p>
          <Link className="button" href="/">
            {t("home")}
          </Link>
        </p>
      </main>
      <SiteFooter />
    </div>
  );
}
