import type { ReactNode } from "react";
import styles from "../../app/home.module.css";
import { SiteFooter } from "../ui/site-footer";
import { SiteHeader } from "../ui/site-header";
import statement from "./statement.module.css";

/** A legal statement: long text, readable line length, the footer with both statements. */
export function StatementPage({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className={styles.page}>
      <SiteHeader />
      <main id="main" className={styles.main}>
        <article className={`card ${statement.statement}`}>
          <h1>{title}</h1>
          {children}
        </article>
      </main>
      <SiteFooter />
    </div>
  );
}
