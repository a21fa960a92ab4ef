import type { Metadata } from "next";
import { getMessages } from "../_i18n/server";
import { PageHeader } from "../_ui/page-header";

// The service worker shows this page (kept when it installed) for a page never opened online.
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).t.offline.pageTitle, robots: { index: false } };
}

export default async function OfflinePage() {
  const { t } = await getMessages();
  return (
    <>
      <PageHeader title={t.offline.pageTitle} intro={t.offline.pageBody} />
      {/* A plain link: a full navigation, which the worker answers from its cache. */}
      <a href="/study" className="inline-block rounded-md bg-accent px-4 py-2 font-medium text-accent-fg">
        {t.offline.goStudy}
      </a>
    </>
  );
}
