import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ResultsArchive } from "@/components/results/results-archive";
import { requestOrigin } from "../../_lib/request-origin";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("results"))("metaTitle") };
}

/** The moderator's results page after the session; the data comes by the moderator's credentials (see ResultsArchive). */
export default async function ResultsPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  return <ResultsArchive code={decodeURIComponent(code)} origin={await requestOrigin()} />;
}
