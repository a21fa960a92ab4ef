import NextAuth from "next-auth";
import { authOptions } from "@/app/_server/auth/options";
import { signOutClearsGuest } from "@/app/_server/auth/sign-out";

type Ctx = { params: Promise<{ nextauth: string[] }> };

async function handler(req: Request, ctx: Ctx) {
  const params = await ctx.params;
  const res: Response = await NextAuth(req as never, { params } as never, authOptions());
  const action = params.nextauth.join("/");
  if (req.method === "POST" && action === "signout") return signOutClearsGuest(res);
  // The session names the signed-in user: no shared cache may keep it.
  if (action === "session") res.headers.set("cache-control", "private, no-store");
  return res;
}

export { handler as GET, handler as POST };
