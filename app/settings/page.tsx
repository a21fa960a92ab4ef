import type { Metadata } from "next";
import { getMessages, getTheme } from "../_i18n/server";
import { currentUser } from "../_server/auth/current-user";
import { getDb } from "../_server/db/client";
import { fetchTopicSummaries } from "../_server/queries/topics";
import { defaultSettings } from "@/app/_domain/scheduling";
import { fetchStudySettings } from "../_server/study/settings";
import { PageHeader } from "../_ui/page-header";
import { PreferencesForm } from "../_ui/preferences-form";
import { StudySettingsForm } from "../_ui/study-settings-form";
import { OptimizerPanel } from "../_ui/optimizer-panel";
import { DataSection } from "../_ui/data-section";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).t.settings.title };
}

export default async function SettingsPage() {
  const [{ locale, t }, theme, user] = await Promise.all([getMessages(), getTheme(), currentUser()]);
  const [values, topics] = await Promise.all([user ? fetchStudySettings(getDb(), user.id) : defaultSettings, fetchTopicSummaries(locale)]);
  return (
    <>
      <PageHeader title={t.settings.title} intro={t.settings.intro} />
      <section aria-labelledby="appearance" className="mb-6 rounded-lg border border-border bg-card p-4">
        <h2 id="appearance" className="mb-3 text-lg font-semibold">
          {t.settings.appearance}
        </h2>
        {/* Keyed by the saved values: a select keeps its first defaultValue, so after a save the form is remounted to show what was saved. */}
        <PreferencesForm key={`${locale}-${theme}`} t={t} locale={locale} theme={theme} />
      </section>
      <section aria-labelledby="study-settings" className="rounded-lg border border-border bg-card p-4">
        <h2 id="study-settings" className="text-lg font-semibold">
          {t.settings.study}
        </h2>
        <p className="mb-4 mt-1 text-sm text-muted">{t.settings.studyIntro}</p>
        {/* fetchStudySettings returns the defaults object itself when nothing was ever saved. */}
        <StudySettingsForm t={t.settings} values={values} saved={values !== defaultSettings} />
      </section>
      <section aria-labelledby="optimizer" className="mt-6 rounded-lg border border-border bg-card p-4">
        <h2 id="optimizer" className="text-lg font-semibold">
          {t.settings.optimizer.title}
        </h2>
        <p className="mb-4 mt-1 text-sm text-muted">{t.settings.optimizer.intro}</p>
        <OptimizerPanel t={t.settings.optimizer} usingPersonal={!!values.fsrsParameters} signedIn={!!user && !user.isGuest} />
      </section>
      <section aria-labelledby="data" className="mt-6 rounded-lg border border-border bg-card p-4">
        <h2 id="data" className="text-lg font-semibold">
          {t.settings.data.title}
        </h2>
        <p className="mb-4 mt-1 text-sm text-muted">{t.settings.data.intro}</p>
        <DataSection t={t.settings.data} hasUser={!!user} topics={topics} />
      </section>
    </>
  );
}
