import NextAuth from "next-auth";
import { NextRequest } from "next/server";
import { authOptions } from "@/app/_server/auth/options";
import { signOutClearsGuest } from "@/app/_server/auth/sign-out";
import { readCappedBody } from "@/app/_server/http/body";
import { problem } from "@/app/_server/http/json";

type Ctx = { params: Promise<{ nextauth: string[] }> };

// next-auth reads the whole body itself; a sign-in form is a few hundred bytes, so the body is
// read here through the capped reader first and handed on only when it is that small.
const MAX_AUTH_BODY = 16 * 1024;

async function handler(req: Request, ctx: Ctx) {
  if (req.method === "POST") {
    const body = await readCappedBody(req, MAX_AUTH_BODY, 10_000);
    if (!body.ok)
      return body.reason === "timeout"
        ? problem(408, "timeout", "The body did not arrive within 10 seconds.")
        : problem(413, "too_large", `The body is larger than ${MAX_AUTH_BODY} bytes.`);
    req = new NextRequest(req.url, { method: req.method, headers: req.headers, body: body.bytes as BodyInit });
  }
  const params = await ctx.params;
  // next-auth v4 types its handler's result as any; in a route handler it is a Response.
  const res = (await NextAuth(req as never, { params } as never, authOptions())) as Response;
  const action = params.nextauth.join("/");
  if (req.method === "POST" && action === "signout") return signOutClearsGuest(res);
  // The session names the signed-in user: no shared cache may keep it.
  if (action === "session") res.headers.set("cache-control", "private, no-store");
  return res;
}

export { handler as GET, handler as POST };
