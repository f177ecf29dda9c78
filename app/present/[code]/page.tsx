import type { Metadata } from "next";
import { PresenterScreen } from "@/components/presenter/presenter-screen";
import { requestOrigin } from "../../_lib/request-origin";

export const metadata: Metadata = { title: "Leinwand / Big screen" };

export default async function PresentPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  return <PresenterScreen code={decodeURIComponent(code)} origin={await requestOrigin()} />;
}
