"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { isErrorCode } from "@/lib/domain/errors";
import { ErrorNotice } from "../ui/error-notice";
import { downloadExport, type ExportFormat } from "./download-export";
import styles from "./results.module.css";

const FORMATS: ExportFormat[] = ["csv", "xlsx", "json"];

/** One button per export format; each downloads the whole event with the moderator's credentials. */
export function ExportButtons({ code, token }: { code: string; token?: string }) {
  const t = useTranslations("results");
  const tErrors = useTranslations("errors");
  const locale = useLocale();
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [error, setError] = useState("");

  async function download(format: ExportFormat) {
    setBusy(format);
    setError("");
    const failed = await downloadExport({ code, token, format, locale }).catch(() => "INTERNAL_ERROR");
    setBusy(null);
    if (failed) setError(tErrors(isErrorCode(failed) ? failed : "INTERNAL_ERROR"));
  }

  return (
    <div className={styles.exportButtons}>
      {FORMATS.map((format) => (
        <button key={format} type="button" className="button button-small button-secondary" disabled={busy !== null} onClick={() => download(format)}>
          {busy === format ? t("downloading") : t(`format.${format}`)}
        </button>
      ))}
      <ErrorNotice message={error} />
    </div>
  );
}
