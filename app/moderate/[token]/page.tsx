import type { Metadata } from "next";
import { ModeratorScreen } from "@/components/moderator/moderator-screen";
import { requestOrigin } from "../../_lib/request-origin";

export const metadata: Metadata = { title: "Moderation" };

export default async function ModeratePage(props: {
  params: Promise<{ token: string }>;
  searchParams: Promise<{ created?: string }>;
}) {
  const { token } = await props.params;
  const { created } = await props.searchParams;
  return (
    <ModeratorScreen token={decodeURIComponent(token)} origin={await requestOrigin()} justCreated={created === "1"} />
  );
}
