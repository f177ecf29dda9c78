import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CardPage } from "@/components/ui/card-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("signInFailedTitle") };
}

export default async function SignInFailedPage() {
  const t = await getTranslations("account");
  return (
    <CardPage title={t("signInFailedTitle")}>
      <p>{t("signInFailedText")}</p>
      <a className="button" href="/auth/login?returnTo=%2Fevents">
        {t("signInAgain")}
      </a>
    </CardPage>
  );
}
