import type { Metadata } from "next";
import { getMessages, getTheme } from "../_i18n/server";
import { PageHeader } from "../_ui/page-header";
import { PreferencesForm } from "../_ui/preferences-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).t.settings.title };
}

export default async function SettingsPage() {
  const [{ locale, t }, theme] = await Promise.all([getMessages(), getTheme()]);
  return (
    <>
      <PageHeader title={t.settings.title} intro={t.settings.intro} />
      <section className="rounded-lg border border-border bg-card p-4">
        <PreferencesForm t={t} locale={locale} theme={theme} />
      </section>
    </>
  );
}
