import "server-only";
import { PrismaAdapter } from "@next-auth/prisma-adapter";
import type { NextAuthOptions, User } from "next-auth";
import type { JWT } from "next-auth/jwt";
import CredentialsProvider from "next-auth/providers/credentials";
import GitHubProvider from "next-auth/providers/github";
import GoogleProvider from "next-auth/providers/google";
import { clientAddress } from "@/app/_domain/config/client-address";
import { getDb, type Db } from "../db/client";
import { sessionSecret } from "./secret";
import { checkCredentials, credentialsSchema } from "./sign-in";
import { SignInThrottle } from "./throttle";

const throttles = new WeakMap<Db, SignInThrottle>();
function throttleFor(db: Db): SignInThrottle {
  let t = throttles.get(db);
  if (!t) throttles.set(db, (t = new SignInThrottle(db)));
  return t;
}

/** next-auth's authorize: the same null for an unknown address and a wrong password. */
export async function authorizeCredentials(raw: unknown, headers: Record<string, unknown> | undefined, db: Db = getDb()) {
  const parsed = credentialsSchema.safeParse(raw);
  if (!parsed.success) return null;
  const header = (name: string) => {
    const v = headers?.[name];
    return typeof v === "string" ? v : null;
  };
  const outcome = await checkCredentials({ db, throttle: throttleFor(db) }, { ...parsed.data, address: clientAddress(header, process.env.TRUST_PROXY) });
  // next-auth hands a thrown message to the sign-in form as its error: say how long to wait.
  if (outcome.status === "throttled") throw new Error(`throttled:${Math.max(1, Math.ceil(outcome.retryAfterMs / 60_000))}`);
  return outcome.status === "ok" ? outcome.user : null;
}

function providers() {
  const list: NextAuthOptions["providers"] = [
    CredentialsProvider({
      name: "email",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      authorize: (raw, req) => authorizeCredentials(raw, req.headers),
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
  return [
    process.env.GITHUB_ID && process.env.GITHUB_SECRET ? "github" : null,
    process.env.GOOGLE_CLIENT_ID && process.env.GOOGLE_CLIENT_SECRET ? "google" : null,
  ].filter((p): p is string => p !== null);
}

export function authOptions(): NextAuthOptions {
  return {
    // Credentials sign-in requires JWT sessions; the adapter stores OAuth users and accounts.
    adapter: PrismaAdapter(getDb()),
    session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
    secret: sessionSecret(),
    providers: providers(),
    pages: { signIn: "/signin" },
    callbacks: {
      // next-auth passes `user` only on the sign-in that issues the token, though its type says always.
      jwt({ token, user }: { token: JWT; user?: User }) {
        if (user) token.sub = user.id;
        return token;
      },
      session({ session, token }) {
        if (session.user && token.sub) session.user.id = token.sub;
        return session;
      },
    },
  };
}
