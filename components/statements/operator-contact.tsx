import { useTranslations } from "next-intl";
import type { OperatorDetails } from "@/app/_lib/operator";

/** The operator's name, address, e-mail and phone as configured; a notice when nothing is. */
export function OperatorContact({ operator }: { operator: OperatorDetails }) {
  const t = useTranslations("statements");
  if (!operator.name && !operator.email) return <p className="notice">{t("operatorUnset")}</p>;
  return (
    <address>
      {[operator.name, ...operator.addressLines].filter(Boolean).map((line) => (
        <span key={line}>
          {line}
        </span>
      ))}
      {operator.email ? (
        <span>
          {t.rich("email", { email: () => <a href={`mailto:${operator.email}`}>{operator.email}</a> })}
        </span>
      ) : null}
      {operator.phone ? <span>{t("phone", { phone: operator.phone })}</span> : null}
    </address>
  );
}
