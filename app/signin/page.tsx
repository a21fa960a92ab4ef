import type { Metadata } from "next";
import Link from "next/link";
import { getMessages } from "../_i18n/server";
import { oauthProviderIds } from "../_server/auth/options";
import { PageHeader } from "../_ui/page-header";
import { SignInForm } from "../_ui/auth-forms";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).t.auth.signIn };
}

export default async function SignInPage() {
  const { t } = await getMessages();
  return (
    <>
      <PageHeader title={t.auth.signIn} intro={t.auth.signInIntro} />
      <SignInForm t={t.auth} providers={oauthProviderIds()} />
      <p className="mt-6 text-sm">
        {t.auth.noAccount}{" "}
        <Link href="/signup" className="text-accent underline">
          {t.auth.signUp}
        </Link>
      </p>
    </>
  );
}
