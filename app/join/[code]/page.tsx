import type { Metadata } from "next";
import { AttendeeScreen } from "@/components/attendee/attendee-screen";

export const metadata: Metadata = { title: "Abstimmen / Vote" };

export default async function JoinPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  return <AttendeeScreen code={decodeURIComponent(code)} />;
}
