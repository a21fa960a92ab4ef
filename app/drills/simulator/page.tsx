import type { Metadata } from "next";
import Link from "next/link";
import { listScenarios } from "@/app/_domain/tcp";
import { getMessages } from "@/app/_i18n/server";
import { currentUser } from "@/app/_server/auth/current-user";
import { fetchDrillStatus, type DrillStatus } from "@/app/_server/queries/drill-status";
import { PageHeader } from "@/app/_ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).t.simulator.title };
}

export default async function SimulatorPage() {
  const [{ locale, t }, user] = await Promise.all([getMessages(), currentUser()]);
  const status = user ? await fetchDrillStatus(user.id, "scenario", new Date()) : new Map<string, DrillStatus>();
  const scenarios = listScenarios(locale).sort((a, b) => Number(!!status.get(`sim-${b.id}`)?.due) - Number(!!status.get(`sim-${a.id}`)?.due));
  return (
    <>
      <PageHeader title={t.simulator.title} intro={t.simulator.intro} />
      <p className="-mt-3 mb-6">
        <Link href="/drills/captures" className="text-accent underline">
          {t.captures.simulatorLink}
        </Link>
      </p>
      <ul className="grid gap-3 sm:grid-cols-2">
        {scenarios.map((s) => (
          <li key={s.id} className="flex flex-col rounded-lg border border-border bg-card p-4">
            <h2 className="font-semibold">
              {status.get(`sim-${s.id}`)?.due ? (
                <span className="mr-2 rounded bg-accent px-1.5 py-0.5 text-xs font-semibold text-accent-fg">{t.interview.due}</span>
              ) : null}
              <Link href={`/drills/simulator/${s.id}`} className="hover:underline">
                {s.title}
              </Link>
            </h2>
            <p className="mt-1 flex-1 text-sm text-muted">{s.description}</p>
            <p className="mt-2 text-sm">
              {t.simulator.initial}:{" "}
              <span className="font-mono">
                {s.initial.client} / {s.initial.server}
              </span>{" "}
              · {s.steps} {t.simulator.steps}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
