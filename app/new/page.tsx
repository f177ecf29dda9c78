import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CreateEventForm } from "@/components/home/create-event-form";
import { SiteFooter } from "@/components/ui/site-footer";
import { SiteHeader } from "@/components/ui/site-header";
import styles from "../home.module.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("common"))("metaNew") };
}

export default async function NewEventPage() {
  const t = await getTranslations("create");
  return (
    <div className={styles.page}>
      <SiteHeader />
      <main id="main" className={styles.main}>
        <p>
          <Link href="/">← {t("back")}</Link>
        </p>
        <section className="card">
          <h1>{t("title")}</h1>
          <p className="hint">{t("intro")}</p>
          <CreateEventForm />
        </section>
      </main>
      <SiteFooter />
    </div>
  );
}
