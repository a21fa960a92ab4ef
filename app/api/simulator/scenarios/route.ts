import { NextResponse } from "next/server";
import { listScenarios } from "@/app/_domain/tcp";
import { getLocale } from "@/app/_i18n/server";

/** The simulator's scenarios in the caller's language (?locale=ko|en overrides). */
export async function GET(req: Request) {
  const asked = new URL(req.url).searchParams.get("locale");
  const locale = asked === "ko" || asked === "en" ? asked : await getLocale();
  return NextResponse.json(listScenarios(locale));
}
