import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Handout } from "@/components/results/handout";
import { requestOrigin } from "../../_lib/request-origin";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("handout"))("metaTitle") };
}

export default async function HandoutPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  return <Handout code={decodeURIComponent(code)} origin={await requestOrigin()} />;
}
