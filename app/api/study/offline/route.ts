import { NextResponse } from "next/server";
import { getLocale } from "@/app/_i18n/server";
import { currentUser } from "@/app/_server/auth/current-user";
import { getDb } from "@/app/_server/db/client";
import { fetchOfflinePack } from "@/app/_server/study/offline-pack";
import { fetchStudySettings } from "@/app/_server/study/settings";
import { defaultSettings } from "@/app/_domain/scheduling";

/** The caller's cards for the next two days, kept by the service worker for studying offline. */
export async function GET() {
  const [user, locale] = await Promise.all([currentUser(), getLocale()]);
  const db = getDb();
  const settings = user ? await fetchStudySettings(db, user.id) : defaultSettings;
  const pack = await fetchOfflinePack(db, user?.id ?? null, settings, locale, new Date());
  // The worker stores it on purpose; no HTTP cache should.
  return NextResponse.json(pack, { headers: { "cache-control": "private, no-store" } });
}
