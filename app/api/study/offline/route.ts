import { NextResponse } from "next/server";
import { defaultSettings } from "@/app/_domain/scheduling";
import { getDb } from "@/app/_server/db/client";
import { route } from "@/app/_server/http/route";
import { fetchOfflinePack } from "@/app/_server/study/offline-pack";
import { fetchStudySettings } from "@/app/_server/study/settings";

/** The caller's cards for the next two days, kept by the service worker for studying offline. */
export const GET = route({ who: "optional" }, async ({ user, locale }) => {
  const db = getDb();
  const settings = user ? await fetchStudySettings(db, user.id) : defaultSettings;
  const pack = await fetchOfflinePack(db, user?.id ?? null, settings, await locale(), new Date());
  // The worker stores it on purpose; no HTTP cache should.
  return NextResponse.json(pack, { headers: { "cache-control": "private, no-store" } });
});
