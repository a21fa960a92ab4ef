import type { Metadata } from "next";
import Link from "next/link";
import { getMessages } from "@/app/_i18n/server";
import { fetchInterviewPrompts } from "@/app/_server/queries/interview-prompts";
import { fetchTopicSummaries } from "@/app/_server/queries/topics";
import { CaptureExplorer } from "@/app/_ui/captures/capture-explorer";
import { PageHeader } from "@/app/_ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).t.captures.title };
}

/** The capture is read in the browser: this page only brings the words and the study links. */
export default async function CapturesPage() {
  const { locale, t } = await getMessages();
  const [topics, prompts] = await Promise.all([fetchTopicSummaries(locale), fetchInterviewPrompts(locale)]);
  const titles = { topics: Object.fromEntries(topics.map((x) => [x.id, x.title])), prompts: Object.fromEntries(prompts.map((p) => [p.id, p.prompt])) };
  return (
    <>
      <Link href="/drills" className="text-sm text-accent underline">
        ← {t.drills.title}
      </Link>
      <PageHeader title={t.captures.title} intro={t.captures.intro} />
      <CaptureExplorer t={t.captures} locale={locale} titles={titles} />
    </>
  );
}
