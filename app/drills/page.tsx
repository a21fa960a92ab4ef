import type { Metadata } from "next";
import Link from "next/link";
import { plural } from "../_i18n/plural";
import { getMessages } from "../_i18n/server";
import { currentUser } from "../_server/auth/current-user";
import { fetchDueDrillCounts } from "../_server/queries/drill-status";
import { PageHeader } from "../_ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).t.drills.title };
}

export default async function DrillsPage() {
  const [{ t, locale }, user] = await Promise.all([getMessages(), currentUser()]);
  const due = user ? await fetchDueDrillCounts(user.id, new Date()) : { scenario: 0, interview: 0 };
  const drills = [
    { id: "simulator", href: "/drills/simulator", title: t.drills.simulator, intro: t.drills.simulatorIntro, due: due.scenario },
    { id: "interview", href: "/drills/interview", title: t.drills.interview, intro: t.drills.interviewIntro, due: due.interview },
    { id: "mock", href: "/drills/mock", title: t.mock.title, intro: t.interview.mockIntro, due: 0 },
    { id: "captures", href: "/drills/captures", title: t.captures.title, intro: t.captures.drillIntro, due: 0 },
  ];
  return (
    <>
      <PageHeader title={t.drills.title} intro={t.drills.intro} />
      <ul className="grid gap-4 sm:grid-cols-2">
        {drills.map((d) => (
          <li key={d.id} className="rounded-lg border border-border bg-card p-4">
            <h2 className="text-lg font-semibold">
              {d.href ? (
                <Link href={d.href} className="hover:underline">
                  {d.title}
                </Link>
              ) : (
                d.title
              )}
            </h2>
            <p className="mt-1 text-muted">{d.intro}</p>
            {d.due ? <p className="mt-2 text-sm font-semibold text-accent">{plural(t.drills.dueCount, d.due, locale)}</p> : null}
          </li>
        ))}
      </ul>
    </>
  );
}
