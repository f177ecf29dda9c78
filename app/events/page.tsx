import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MyEvents } from "@/components/account/my-events";
import { CardPage } from "@/components/ui/card-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("myEvents") };
}

export default async function MyEventsPage() {
  const t = await getTranslations("account");
  return (
    <CardPage title={t("myEvents")}>
      <MyEvents />
    </CardPage>
  );
}
