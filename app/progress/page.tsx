import type { Metadata } from "next";
import { getMessages } from "../_i18n/server";
import { PageHeader } from "../_ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).t.progress.title };
}

export default async function ProgressPage() {
  const { t } = await getMessages();
  return <PageHeader title={t.progress.title} intro={t.progress.intro} />;
}
