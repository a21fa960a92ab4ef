import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { renderMarkdown } from "@/app/_domain/markdown/render-markdown";
import { getMessages } from "@/app/_i18n/server";
import { fetchInterviewPrompt, fetchInterviewPrompts } from "@/app/_server/queries/interview-prompts";
import { InterviewPractice } from "@/app/_ui/interview/interview-practice";
import { NeedsConnection } from "@/app/_ui/offline/needs-connection";
import { PageHeader } from "@/app/_ui/page-header";

type Params = Promise<{ id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const [{ locale, t }, { id }] = await Promise.all([getMessages(), params]);
  return { title: (await fetchInterviewPrompt(id, locale))?.prompt ?? t.interview.title };
}

export default async function InterviewPromptPage({ params }: { params: Params }) {
  const [{ locale, t }, { id }] = await Promise.all([getMessages(), params]);
  const [prompt, all] = await Promise.all([fetchInterviewPrompt(id, locale), fetchInterviewPrompts(locale)]);
  if (!prompt) notFound();
  const next = all[all.findIndex((p) => p.id === id) + 1];
  return (
    <>
      <Link href="/drills/interview" className="text-sm text-accent underline">
        ← {t.interview.back}
      </Link>
      <PageHeader title={t.interview.title} intro={t.interview.intro} />
      <NeedsConnection text={t.offline.interviewNeedsConnection} />
      <InterviewPractice
        key={prompt.id}
        prompt={{ id: prompt.id, promptHtml: renderMarkdown(prompt.prompt), seconds: prompt.seconds }}
        nextHref={next ? `/drills/interview/${next.id}` : null}
        locale={locale}
        t={t.interview}
        rt={t.review}
        offlineNote={t.offline.interviewNeedsConnection}
      />
    </>
  );
}
