import { NextResponse } from "next/server";
import { listScenarios } from "@/app/_domain/tcp";
import { route } from "@/app/_server/http/route";

/** The simulator's scenarios in the caller's language (?locale=ko|en overrides). */
export const GET = route({ who: "none" }, async ({ locale }) => NextResponse.json(listScenarios(await locale())));
