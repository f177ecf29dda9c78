import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OperatorContact } from "@/components/statements/operator-contact";
import { StatementPage } from "@/components/statements/statement-page";
import { operatorDetails } from "../_lib/operator";
import { requestOrigin } from "../_lib/request-origin";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("statements.accessibility"))("title") };
}

const GAPS = ["images", "wordcloud", "projector", "qr"] as const;

/** In the form BITV 2.0 § 7 and the EU model statement ask for: scope, status, gaps, how it was made, feedback, enforcement. */
export default async function AccessibilityPage() {
  const t = await getTranslations("statements.accessibility");
  const tStatements = await getTranslations("statements");
  const operator = await operatorDetails();
  const contact = operator.accessibilityContact;
  return (
    <StatementPage title={t("title")}>
      <p>{t("scope", { operator: operator.name ?? t("operatorFallback"), origin: await requestOrigin() })}</p>
      <h2>{t("statusHeading")}</h2>
      <p>{t("status")}</p>
      <h2>{t("gapsHeading")}</h2>
      <ul>
        {GAPS.map((key) => (
          <li key={key}>{t(`gaps.${key}`)}</li>
        ))}
      </ul>
      <h2>{t("methodHeading")}</h2>
      <p>{t("method")}</p>
      <h2>{t("feedbackHeading")}</h2>
      {contact ? (
        <>
          <p>{t("feedback")}</p>
          <p>{contact.includes("@") && !contact.includes(" ") ? <a href={`mailto:${contact}`}>{contact}</a> : contact}</p>
        </>
      ) : (
        <p>{t("feedbackUnset")}</p>
      )}
      <h3>{tStatements("contactHeading")}</h3>
      <OperatorContact operator={operator} />
      <h2>{t("enforcementHeading")}</h2>
      <p>{t("enforcement")}</p>
      <p>
        {operator.enforcementBody.name}
        <br />
        <a href={operator.enforcementBody.url}>{operator.enforcementBody.url}</a>
      </p>
    </StatementPage>
  );
}
