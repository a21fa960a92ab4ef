import NextAuth from "next-auth";
import { authOptions } from "@/app/_server/auth/options";
import { signOutClearsGuest } from "@/app/_server/auth/sign-out";

type Ctx = { params: Promise<{ nextauth: string[] }> };

async function handler(req: Request, ctx: Ctx) {
  const params = await ctx.params;
  const res: Response = await NextAuth(req as never, { params } as never, authOptions());
  return req.method === "POST" && params.nextauth.join("/") === "signout" ? signOutClearsGuest(res) : res;
}

export { handler as GET, handler as POST };
