import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ModeratorScreen } from "@/components/moderator/moderator-screen";
import { isOperatorMissing } from "../../_lib/operator";
import { requestOrigin } from "../../_lib/request-origin";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("common"))("metaModerate") };
}

/** The console of a signed-in moderator, by the event's code: the account's role, not a secret link, lets them in. */
export default async function ConsolePage(props: { params: Promise<{ code: string }>; searchParams: Promise<{ created?: string }> }) {
  const { code } = await props.params;
  const { created } = await props.searchParams;
  return <ModeratorScreen credentials={{ code: decodeURIComponent(code) }} origin={await requestOrigin()} operatorMissing={await isOperatorMissing()} justCreated={created === "1"} />;
}
