import { useFormatter, useTranslations } from "next-intl";
import type { RankingPollResults } from "@/lib/domain/poll-kinds/ranking/kind";
import type { ResultsProps } from "../kind-ui";

/** The result as a table: what screen readers get instead of the chart, and a fallback without SVG. */
export function RankingResultsTable({ poll, results, className }: ResultsProps<RankingPollResults> & { className?: string }) {
  const t = useTranslations("presenter");
  const format = useFormatter();
  return (
    <table className={className}>
      <caption>
        {t("tableCaption", { question: poll.question })} – {t("ballots", { count: results.ballotCount })}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t("rank")}</th>
          <th scope="col">{t("item")}</th>
          <th scope="col">{t("score")}</th>
          <th scope="col">{t("averageRank", { value: "" }).trim()}</th>
        </tr>
      </thead>
      <tbody>
        {results.items.map((item) => (
          <tr key={item.itemId}>
            <td>{item.rank}</td>
            <th scope="row">{item.label}</th>
            <td>{item.score}</td>
            <td>
              {item.averageRank === null ? "–" : format.number(item.averageRank, { maximumFractionDigits: 1 })} (
              {t("firstShare", { value: format.number(item.firstPlaceShare, { style: "percent" }) })})
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
