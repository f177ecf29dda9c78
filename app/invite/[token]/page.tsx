import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AcceptInvite } from "@/components/account/accept-invite";
import { CardPage } from "@/components/ui/card-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("inviteTitle") };
}

export default async function InvitePage(props: { params: Promise<{ token: string }> }) {
  const { token } = await props.params;
  const t = await getTranslations("account");
  return (
    <CardPage title={t("inviteTitle")}>
      <AcceptInvite token={decodeURIComponent(token)} />
    </CardPage>
  );
}
