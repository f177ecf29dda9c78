import type { Metadata } from "next";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { AttendeeScreen } from "@/components/attendee/attendee-screen";
import { pageData } from "@/lib/pages/page-data";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("common"))("metaJoin") };
}

/**
 * The phone's page, rendered with the event as it is now: the question and
 * the answer controls are in the first paint, before any script has run or
 * the socket has connected.
 */
export default async function JoinPage({ params }: { params: Promise<{ code: string }> }) {
  const code = decodeURIComponent((await params).code);
  const cookieHeader = (await headers()).get("cookie") ?? undefined;
  // Not known (the database is busy): the phone fetches it over the socket, as after a reconnect.
  const initial = await pageData()
    ?.attendeeView(code, cookieHeader)
    .catch(() => undefined);
  return <AttendeeScreen code={code} initial={initial} />;
}
