import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OperatorContact } from "@/components/statements/operator-contact";
import { StatementPage } from "@/components/statements/statement-page";
import { operatorDetails } from "../_lib/operator";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("statements.privacy"))("title") };
}

const STORED = ["token", "answers", "names", "moderators", "noAddresses"] as const;

export default async function PrivacyPage() {
  const t = await getTranslations("statements.privacy");
  const operator = await operatorDetails();
  return (
    <StatementPage title={t("title")}>
      <p>{t("intro")}</p>
      <h2>{t("controllerHeading")}</h2>
      <OperatorContact operator={operator} />
      <h2>{t("storedHeading")}</h2>
      <ul>
        {STORED.map((key) => (
          <li key={key}>{t(`stored.${key}`)}</li>
        ))}
      </ul>
      <h2>{t("retentionHeading")}</h2>
      <p data-testid="retention">{t("retention", { days: operator.retentionDays })}</p>
      <h2>{t("cookiesHeading")}</h2>
      <p>{t("cookies")}</p>
      <h2>{t("purposeHeading")}</h2>
      <p>{t("purpose")}</p>
      <h2>{t("rightsHeading")}</h2>
      <p>{t("rights")}</p>
      <h2>{t("dpoHeading")}</h2>
      <p>{operator.dataProtectionOfficer ?? t("dpoUnset")}</p>
    </StatementPage>
  );
}
