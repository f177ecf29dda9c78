"use client";

import { useFormatter, useTranslations } from "next-intl";
import { ExportButtons } from "../results/export-buttons";
import styles from "./moderator.module.css";

/**
 * Taking the results home: when retention deletes the event, the exports, and
 * the links to the results page and the printable handout. The results page
 * gets the secret token in the fragment, which never reaches a server log.
 */
export function ExportPanel(props: { code: string; token?: string; deletesOn: string }) {
  const t = useTranslations("results");
  const format = useFormatter();
  const resultsHref = `/results/${props.code}${props.token ? `#${props.token}` : ""}`;
  return (
    <section className={styles.share} aria-labelledby="export-heading">
      <h2 id="export-heading" className={styles.panelHeading}>
        {t("panelHeading")}
      </h2>
      <p className="hint" data-testid="deletes-on">
        {t("deletesOn", { date: format.dateTime(new Date(props.deletesOn), { dateStyle: "long" }) })}
      </p>
      <div className={styles.exportRow}>
        <ExportButtons code={props.code} token={props.token} />
        <a className="button button-small button-quiet" href={resultsHref} target="_blank" rel="noreferrer">
          {t("openResults")}
        </a>
        <a className="button button-small button-quiet" href={`/handout/${props.code}`} target="_blank" rel="noreferrer">
          {t("openHandout")}
        </a>
      </div>
    </section>
  );
}
