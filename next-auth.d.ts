import type { DefaultSession } from "next-auth";

// The session callback (app/_server/auth/options.ts) puts the user's id on the session, so
// readers need no cast to find it.
declare module "next-auth" {
  interface Session {
    user?: DefaultSession["user"] & { id?: string };
  }
}
