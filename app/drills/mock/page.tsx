import type { Metadata } from "next";
import Link from "next/link";
import { randomInt } from "node:crypto";
import { planMock } from "@/app/_domain/interview";
import { getMessages } from "@/app/_i18n/server";
import { misconceptionLabels } from "@/app/_server/content/misconception-labels";
import { fetchMockPool, type MockQuestion } from "@/app/_server/queries/mock-pool";
import { fetchTopicTitles } from "@/app/_server/queries/topics";
import { MockInterview, type MockScreenQuestion } from "@/app/_ui/interview/mock-interview";
import { NeedsConnection } from "@/app/_ui/offline/needs-connection";
import { PageHeader } from "@/app/_ui/page-header";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).t.mock.title };
}

// The rubric stays on the server (it grades); the screen gets what it shows.
function forScreen(q: MockQuestion): MockScreenQuestion {
  const { kind, id, topic, misconceptions, followUp, promptHtml, answerHtml, seconds, segments } = q;
  return { kind, id, topic, misconceptions, promptHtml, answerHtml, seconds, ...(followUp ? { followUp } : {}), ...(segments ? { segments } : {}) };
}

export default async function MockInterviewPage() {
  const { locale, t } = await getMessages();
  const [pool, topicTitles] = await Promise.all([fetchMockPool(locale), fetchTopicTitles(locale)]);
  const plan = planMock(pool, randomInt(2 ** 31));
  return (
    <>
      <Link href="/drills" className="text-sm text-accent underline">
        ← {t.drills.title}
      </Link>
      <PageHeader title={t.mock.title} intro={t.mock.intro} />
      <NeedsConnection text={t.offline.mockNeedsConnection} />
      <MockInterview
        plan={plan.map((p) => forScreen(pool.find((q) => q.id === p.id)!))}
        followUps={pool.filter((q) => q.kind === "interview").map(forScreen)}
        topicTitles={topicTitles}
        misconceptionLabels={Object.fromEntries(misconceptionLabels(locale))}
        locale={locale}
        t={t.mock}
        it={t.interview}
        offlineNote={t.offline.mockNeedsConnection}
      />
    </>
  );
}
