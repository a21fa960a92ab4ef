import type { Metadata } from "next";
import { getMessages } from "../_i18n/server";
import { currentUser } from "../_server/auth/current-user";
import { getDb } from "../_server/db/client";
import { fetchProgress, progressScope } from "../_server/queries/progress";
import { fetchStudySettings } from "../_server/study/settings";
import { PageHeader } from "../_ui/page-header";
import { ProgressView } from "../_ui/progress/progress-view";
import { EmptyProgress } from "../_ui/progress/summary-cards";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).t.progress.title };
}

export default async function ProgressPage() {
  const [{ locale, t }, user] = await Promise.all([getMessages(), currentUser()]);
  const db = getDb();
  const settings = user ? await fetchStudySettings(db, user.id) : null;
  const progress = user && settings ? await fetchProgress(progressScope(db, user.id, settings, new Date(), locale)) : null;
  return (
    <>
      <PageHeader title={t.progress.title} intro={t.progress.intro} />
      {progress?.started && settings ? (
        <ProgressView progress={progress} dailyGoal={settings.dailyGoal} desiredRetention={settings.desiredRetention} locale={locale} t={t.progress} />
      ) : (
        <EmptyProgress t={t.progress.empty} />
      )}
    </>
  );
}
