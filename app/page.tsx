import Link from "next/link";
import { getMessages } from "./_i18n/server";
import { fetchTopicSummaries } from "./_server/queries/topics";
import { TopicList } from "./_ui/topic-list";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const { locale, t } = await getMessages();
  const topics = await fetchTopicSummaries(locale);
  return (
    <div className="space-y-8">
      <section>
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{t.appName}</h1>
        <p className="mt-2 max-w-prose text-muted">{t.tagline}</p>
        <div className="mt-4 flex flex-wrap gap-3">
          <Link href="/study" className="rounded-md bg-accent px-4 py-2 font-medium text-accent-fg">
            {t.home.startStudy}
          </Link>
          <Link href="/drills" className="rounded-md border border-border bg-card px-4 py-2 font-medium">
            {t.home.openDrills}
          </Link>
        </div>
      </section>
      <section>
        <h2 id="topics-heading" className="mb-3 text-lg font-semibold">
          {t.home.topicsHeading}
        </h2>
        <TopicList topics={topics} cards={t.home.cards} locale={locale} emptyText={t.home.empty} headingId="topics-heading" />
      </section>
    </div>
  );
}
