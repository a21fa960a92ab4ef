import { fill } from "@/app/_i18n/fill";
import type { Metadata } from "next";
import Link from "next/link";
import { getMessages } from "@/app/_i18n/server";
import { currentUser } from "@/app/_server/auth/current-user";
import { fetchDrillStatus, type DrillStatus } from "@/app/_server/queries/drill-status";
import { fetchInterviewPrompts } from "@/app/_server/queries/interview-prompts";
import { PageHeader } from "@/app/_ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).t.interview.title };
}

export default async function InterviewPromptsPage() {
  const { locale, t } = await getMessages();
  const [prompts, user] = await Promise.all([fetchInterviewPrompts(locale), currentUser()]);
  const status = user ? await fetchDrillStatus(user.id, "interview", new Date()) : new Map<string, DrillStatus>();
  // Due prompts first, as the study loop would bring them; the rest in content order.
  const ordered = [...prompts].sort((a, b) => Number(!!status.get(b.id)?.due) - Number(!!status.get(a.id)?.due));
  return (
    <>
      <Link href="/drills" className="text-sm text-accent underline">
        ← {t.drills.title}
      </Link>
      <PageHeader title={t.interview.title} intro={t.interview.intro} />
      <section aria-labelledby="prompts-h">
        <h2 id="prompts-h" className="sr-only">
          {t.interview.prompts}
        </h2>
        <ol className="space-y-2">
          {ordered.map((p) => {
            const s = status.get(p.id);
            return (
              <li key={p.id}>
                <Link
                  href={`/drills/interview/${p.id}`}
                  className="flex items-center justify-between gap-3 rounded-lg border border-border bg-card p-4 hover:border-accent"
                >
                  <span className="font-medium">
                    {s?.due ? <span className="mr-2 rounded bg-accent px-1.5 py-0.5 text-xs font-semibold text-accent-fg">{t.interview.due}</span> : null}
                    {p.prompt}
                  </span>
                  <span className="shrink-0 text-right text-sm text-muted">
                    {p.seconds.short}s / {p.seconds.detailed}s
                    <span className="block">
                      {s?.lastScore != null ? fill(t.interview.lastScore, { score: Math.round(s.lastScore * 100) }) : t.interview.notYet}
                    </span>
                  </span>
                </Link>
              </li>
            );
          })}
        </ol>
      </section>
    </>
  );
}
