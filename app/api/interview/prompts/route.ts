import { NextResponse } from "next/server";
import { route } from "@/app/_server/http/route";
import { fetchInterviewPrompts } from "@/app/_server/queries/interview-prompts";

/** The interview prompts, in `?locale=` or the visitor's language. No sign-in needed. */
export const GET = route({ who: "none" }, async ({ locale }) => {
  const language = await locale();
  return NextResponse.json({ locale: language, prompts: await fetchInterviewPrompts(language) });
});
