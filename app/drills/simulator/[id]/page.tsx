import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { findScenario, referenceRun } from "@/app/_domain/tcp";
import { getMessages } from "@/app/_i18n/server";
import { PageHeader } from "@/app/_ui/page-header";
import { SimulatorBuilder } from "@/app/_ui/simulator/simulator-builder";

type Params = Promise<{ id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const [{ locale }, { id }] = await Promise.all([getMessages(), params]);
  return { title: findScenario(id)?.title[locale] ?? "Simulator" };
}

export default async function ScenarioPage({ params }: { params: Params }) {
  const [{ locale, t }, { id }] = await Promise.all([getMessages(), params]);
  const scenario = findScenario(id);
  if (!scenario) notFound();
  const demo = referenceRun(id, { clientIsn: 100, serverIsn: 300, ackOnFin: true, dataLen: 50 });
  return (
    <>
      <Link href="/drills/simulator" className="text-sm text-accent underline">
        ← {t.simulator.back}
      </Link>
      <PageHeader title={scenario.title[locale]} intro={scenario.description[locale]} />
      <SimulatorBuilder
        scenario={{ id, title: scenario.title[locale], initial: scenario.initial }}
        demo={demo}
        t={t.simulator}
        locale={locale}
        gradedHereNote={t.offline.simulatorGradedHere}
      />
    </>
  );
}
