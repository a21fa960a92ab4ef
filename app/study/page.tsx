import type { Metadata } from "next";
import { getMessages } from "../_i18n/server";
import { currentUser } from "../_server/auth/current-user";
import { getDb } from "../_server/db/client";
import { fetchTopicSummaries } from "../_server/queries/topics";
import { fetchAfterSession, fetchStudySession } from "../_server/study/session";
import { defaultSettings, schedulerSettingsOf } from "@/app/_domain/scheduling";
import { fetchStudySettings } from "../_server/study/settings";
import { PageHeader } from "../_ui/page-header";
import { ResumableSession } from "../_ui/study/resumable-session";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).t.study.title };
}

type Search = Promise<{ topic?: string; cram?: string }>;

export default async function StudyPage({ searchParams }: { searchParams: Search }) {
  const [{ locale, t }, user, params] = await Promise.all([getMessages(), currentUser(), searchParams]);
  const db = getDb();
  const settings = user ? await fetchStudySettings(db, user.id) : defaultSettings;
  const topics = await fetchTopicSummaries(locale);
  const topic = topics.some((x) => x.id === params.topic) ? params.topic : undefined;
  const cram = params.cram === "1";
  const now = new Date();
  const session = await fetchStudySession(db, user?.id ?? null, settings, { topic, cram, now, locale });
  const after = await fetchAfterSession(
    db,
    user?.id ?? null,
    session.cards.map((c) => c.id),
    now,
  );
  return (
    <>
      <PageHeader title={t.study.title} intro={t.study.intro} />
      <form method="get" className="mb-6 flex flex-wrap items-end gap-3 rounded-lg border border-border bg-card p-3">
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-medium">{t.study.topicFilter}</span>
          <select name="topic" defaultValue={topic ?? ""} className="rounded-md border border-border bg-card px-2 py-1.5">
            <option value="">{t.study.allTopics}</option>
            {topics.map((x) => (
              <option key={x.id} value={x.id}>
                {x.title}
              </option>
            ))}
          </select>
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="cram" value="1" defaultChecked={cram} className="size-4" />
          {t.study.cram}
        </label>
        <button type="submit" className="rounded-md border border-border px-3 py-1.5 text-sm font-medium">
          {t.study.start}
        </button>
      </form>
      <ResumableSession
        key={`${topic ?? "all"}-${cram}`}
        cards={session.cards}
        settings={schedulerSettingsOf(settings)}
        cram={cram}
        t={t.review}
        nothingDue={t.study.nothingDue}
        owner={user?.id ?? null}
        next={{ locale, ...after }}
        renderedAt={new Date().toISOString()}
        topic={topic}
        limits={{ newPerDay: settings.newPerDay, reviewsPerDay: settings.reviewsPerDay }}
        timeZone={settings.timeZone}
        rolloverHour={settings.rolloverHour}
      />
    </>
  );
}
