import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PresenterScreen } from "@/components/presenter/presenter-screen";
import { requestOrigin } from "../../_lib/request-origin";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("common"))("metaPresent") };
}

export default async function PresentPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  return <PresenterScreen code={decodeURIComponent(code)} origin={await requestOrigin()} />;
}
