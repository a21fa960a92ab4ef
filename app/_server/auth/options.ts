import "server-only";
import { PrismaAdapter } from "@next-auth/prisma-adapter";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import GitHubProvider from "next-auth/providers/github";
import GoogleProvider from "next-auth/providers/google";
import { z } from "zod";
import { Throttle } from "@/app/_domain/config/throttle";
import { getDb } from "../db/client";
import { verifyPassword } from "./password";
import { sessionSecret } from "./secret";

// Ten failures per account and twenty per address in fifteen minutes.
const perAccount = new Throttle(10, 15 * 60_000);
const perAddress = new Throttle(20, 15 * 60_000);

const credentials = z.object({ email: z.email().max(254).transform((e) => e.toLowerCase()), password: z.string().min(1).max(200) });

function clientAddress(headers: Record<string, unknown> | undefined): string {
  const forwarded = headers?.["x-forwarded-for"];
  return (typeof forwarded === "string" ? forwarded.split(",")[0]?.trim() : undefined) || "local";
}

export class SignInThrottledError extends Error {}

function providers() {
  const list: NextAuthOptions["providers"] = [
    CredentialsProvider({
      name: "email",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(raw, req) {
        const parsed = credentials.safeParse(raw);
        if (!parsed.success) return null;
        const { email, password } = parsed.data;
        const now = Date.now();
        const address = clientAddress(req?.headers);
        if (perAccount.retryAfter(email, now) > 0 || perAddress.retryAfter(address, now) > 0) {
          throw new Error("throttled");
        }
        const user = await getDb().user.findUnique({ where: { email } });
        if (!user?.passwordHash || !(await verifyPassword(password, user.passwordHash))) {
          perAccount.fail(email, now);
          perAddress.fail(address, now);
          return null;
        }
        perAccount.reset(email);
        return { id: user.id, email: user.email, name: user.name };
      },
    }),
  ];
  if (process.env.GITHUB_ID && process.env.GITHUB_SECRET) {
    list.push(GitHubProvider({ clientId: process.env.GITHUB_ID, clientSecret: process.env.GITHUB_SECRET }));
  }
  if (process.env.GOOGLE_CLIENT_ID && process.env.GOOGLE_CLIENT_SECRET) {
    list.push(GoogleProvider({ clientId: process.env.GOOGLE_CLIENT_ID, clientSecret: process.env.GOOGLE_CLIENT_SECRET }));
  }
  return list;
}

export function oauthProviderIds(): string[] {
  return [process.env.GITHUB_ID && process.env.GITHUB_SECRET ? "github" : null, process.env.GOOGLE_CLIENT_ID && process.env.GOOGLE_CLIENT_SECRET ? "google" : null].filter(
    (p): p is string => p !== null,
  );
}

export function authOptions(): NextAuthOptions {
  return {
    // Credentials sign-in requires JWT sessions; the adapter stores OAuth users and accounts.
    adapter: PrismaAdapter(getDb() as never),
    session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
    secret: sessionSecret(),
    providers: providers(),
    pages: { signIn: "/signin" },
    callbacks: {
      jwt({ token, user }) {
        if (user) token.sub = user.id;
        return token;
      },
      session({ session, token }) {
        if (session.user && token.sub) (session.user as { id?: string }).id = token.sub;
        return session;
      },
    },
  };
}
