import type { Metadata } from "next";
import { getMessages } from "../_i18n/server";
import { fetchTopicSummaries } from "../_server/queries/topics";
import { PageHeader } from "../_ui/page-header";
import { TopicList } from "../_ui/topic-list";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).t.study.title };
}

export default async function StudyPage() {
  const { locale, t } = await getMessages();
  const topics = await fetchTopicSummaries(locale);
  return (
    <>
      <PageHeader title={t.study.title} intro={t.study.intro} />
      <h2 id="study-topics" className="sr-only">{t.home.topicsHeading}</h2>
      <TopicList topics={topics} cardsLabel={t.home.cards} emptyText={t.home.empty} headingId="study-topics" />
    </>
  );
}
