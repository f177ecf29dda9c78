import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AttendeeScreen } from "@/components/attendee/attendee-screen";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("common"))("metaJoin") };
}

export default async function JoinPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  return <AttendeeScreen code={decodeURIComponent(code)} />;
}
