import type { Metadata } from "next";
import Link from "next/link";
import { getMessages } from "@/app/_i18n/server";
import { fetchInterviewPrompts } from "@/app/_server/queries/interview-prompts";
import { PageHeader } from "@/app/_ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).t.interview.title };
}

export default async function InterviewPromptsPage() {
  const { locale, t } = await getMessages();
  const prompts = await fetchInterviewPrompts(locale);
  return (
    <>
      <Link href="/drills" className="text-sm text-accent underline">← {t.drills.title}</Link>
      <PageHeader title={t.interview.title} intro={t.interview.intro} />
      <section aria-labelledby="prompts-h">
        <h2 id="prompts-h" className="sr-only">{t.interview.prompts}</h2>
        <ol className="space-y-2">
          {prompts.map((p) => (
            <li key={p.id}>
              <Link href={`/drills/interview/${p.id}`} className="flex items-center justify-between gap-3 rounded-lg border border-border bg-card p-4 hover:border-accent">
                <span className="font-medium">{p.prompt}</span>
                <span className="shrink-0 text-sm text-muted">{p.seconds.short}s / {p.seconds.detailed}s</span>
              </Link>
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
