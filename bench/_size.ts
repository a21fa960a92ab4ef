import { guestToken } from "@/app/_server/auth/guest-token";
import { startServer } from "@/bench/server";
import { writeFileSync } from "node:fs";
const server = await startServer(3310, { DATABASE_URL: "file:/tmp/progress-bench-keep.db", NEXTAUTH_SECRET: "bench-secret" });
try {
  const html = await (await fetch(server.url + "/progress", { headers: { cookie: `guest=${guestToken("user-0", "bench-secret")}`, "accept-language": "en" } })).text();
  writeFileSync("/tmp/progress.html", html);
} finally { server.stop(); }
