import { NextResponse, type NextRequest } from "next/server";
import { crossSiteProblem } from "@/app/_domain/config/same-origin";
import { originFacts } from "@/app/_server/http/origin";

/**
 * Server actions from another site are refused here with 403. Next.js refuses them too, but
 * by throwing inside the action handler, which answers 500 as if the server had failed.
 */
export function proxy(req: NextRequest) {
  const refused = req.method === "POST" ? crossSiteProblem(originFacts(req.headers)) : null;
  if (refused) return NextResponse.json({ error: { code: "cross_site", message: refused } }, { status: 403 });
  return NextResponse.next();
}

// Only server action calls (they carry a Next-Action header) pass through here.
export const config = { matcher: [{ source: "/:path*", has: [{ type: "header", key: "next-action" }] }] };
