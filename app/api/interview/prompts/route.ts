import { NextResponse } from "next/server";
import { isLocale } from "@/app/_i18n/messages";
import { getLocale } from "@/app/_i18n/server";
import { problem } from "@/app/_server/http/json";
import { fetchInterviewPrompts } from "@/app/_server/queries/interview-prompts";

/** The interview prompts, in `?locale=` or the visitor's language. No sign-in needed. */
export async function GET(req: Request) {
  const asked = new URL(req.url).searchParams.get("locale");
  if (asked !== null && !isLocale(asked)) return problem(400, "invalid", 'locale: must be "ko" or "en"');
  const locale = asked ?? (await getLocale());
  return NextResponse.json({ locale, prompts: await fetchInterviewPrompts(locale) });
}
