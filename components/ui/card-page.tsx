import type { ReactNode } from "react";
import styles from "../../app/home.module.css";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";

/** A page around one card with a heading: the shape of the account pages (my events, an invitation, a failed sign-in). */
export function CardPage({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className={styles.page}>
      <SiteHeader />
      <main id="main" className={styles.main}>
        <section className="card">
          <h1>{title}</h1>
          {children}
        </section>
      </main>
      <SiteFooter />
    </div>
  );
}
