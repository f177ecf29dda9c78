import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ModeratorScreen } from "@/components/moderator/moderator-screen";
import { isOperatorMissing } from "../../_lib/operator";
import { requestOrigin } from "../../_lib/request-origin";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("common"))("metaModerate") };
}

export default async function ModeratePage(props: {
  params: Promise<{ token: string }>;
  searchParams: Promise<{ created?: string }>;
}) {
  const { token } = await props.params;
  const { created } = await props.searchParams;
  return (
    <ModeratorScreen credentials={{ token: decodeURIComponent(token) }} origin={await requestOrigin()} operatorMissing={await isOperatorMissing()} justCreated={created === "1"} />
  );
}
