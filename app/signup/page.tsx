import type { Metadata } from "next";
import Link from "next/link";
import { warmPasswordPolicy } from "../_domain/auth/password-policy";
import { getMessages } from "../_i18n/server";
import { PageHeader } from "../_ui/page-header";
import { SignUpForm } from "../_ui/auth-forms";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).t.auth.signUp };
}

export default async function SignUpPage() {
  const { t } = await getMessages();
  // Ranking zxcvbn's dictionaries takes a moment: done once, after this page is sent, rather
  // than while someone waits for their sign-up.
  setTimeout(warmPasswordPolicy, 0);
  return (
    <>
      <PageHeader title={t.auth.signUp} intro={t.auth.signUpIntro} />
      <SignUpForm t={t.auth} />
      <p className="mt-6 text-sm">
        {t.auth.haveAccount}{" "}
        <Link href="/signin" className="text-accent underline">
          {t.auth.signIn}
        </Link>
      </p>
    </>
  );
}
