import Link from "next/link";
import { getMessages } from "./_i18n/server";

export default async function NotFound() {
  const { t } = await getMessages();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t.notFound.title}</h1>
      <Link href="/" className="text-accent underline">
        {t.notFound.back}
      </Link>
    </div>
  );
}
