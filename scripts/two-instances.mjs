// CI stage: two app instances on one PostgreSQL database, a rating driven through each.
// Reuses the production build in .next; prepares one fresh database (migrations, content)
// named with the run's prefix, starts `next start` twice on free ports with the same
// DATABASE_URL and session secret, rates one card as one guest through instance A and then B,
// checks both ratings are in the database and were applied one after the other (reps = 2),
// sends a few inputs that used to be 500s on PostgreSQL (a \u0000 in an id), then stops both
// servers and drops the database. Usage: node scripts/two-instances.mjs <postgres-url> <prefix>
import { spawn, spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import net from "node:net";
import path from "node:path";
import pg from "pg";

const root = path.resolve(import.meta.dirname, "..");
const [baseUrl, prefix = "tcp_srs_test_"] = process.argv.slice(2);
if (!baseUrl) throw new Error("usage: node scripts/two-instances.mjs <postgres-url> <prefix>");
const name = `${prefix}two_${process.pid}`;
const dbUrl = Object.assign(new URL(baseUrl), { pathname: `/${name}` }).toString();
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production", DATABASE_URL: dbUrl, NEXTAUTH_SECRET: randomUUID() };

const admin = async (sql, params) => {
  const client = new pg.Client({ connectionString: baseUrl });
  await client.connect();
  try {
    return await client.query(sql, params);
  } finally {
    await client.end();
  }
};
const inDb = async (sql, params) => {
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows;
  } finally {
    await client.end();
  }
};

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
    s.on("error", reject);
  });
}

async function start(port) {
  const proc = spawn(path.join(root, "node_modules", ".bin", "next"), ["start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: root,
    env: { ...env, NEXTAUTH_URL: `http://127.0.0.1:${port}` },
    stdio: "ignore",
    detached: true,
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    if (proc.exitCode !== null) throw new Error(`next start on ${port} exited with ${proc.exitCode}`);
    if (
      await fetch(`${url}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { url, stop: () => process.kill(-proc.pid, "SIGTERM") };
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`next start on ${port} did not answer within 30 s`);
}

const checks = [];
function check(what, ok, detail = "") {
  checks.push(ok);
  console.log(`${ok ? "ok  " : "FAIL"} ${what}${detail ? `: ${detail}` : ""}`);
}

const servers = [];
await admin(`CREATE DATABASE ${name}`);
try {
  const prepared = spawnSync(process.execPath, [path.join(root, ".next", "start", "prepare.mjs")], { cwd: root, env, stdio: "inherit" });
  if (prepared.status !== 0) throw new Error("prepare (migrations, content) failed");
  servers.push(await start(await freePort()), await start(await freePort()));
  const [a, b] = servers;
  const [{ id: cardId }] = await inDb(`SELECT id FROM "Card" WHERE "retiredAt" IS NULL AND kind = 'basic' ORDER BY id LIMIT 1`);

  const rate = (server, cookie) =>
    fetch(`${server.url}/api/reviews`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ id: randomUUID(), cardId, rating: 3, reviewedAt: new Date().toISOString(), durationMs: 1000 }),
    });
  const first = await rate(a);
  const cookie = first.headers.get("set-cookie")?.split(";")[0];
  check("a rating through instance A", first.status === 201 && !!cookie, `status ${first.status}`);
  const second = await rate(b, cookie);
  check("a rating through instance B, same guest", second.status === 201, `status ${second.status}`);
  const logs = await inDb(`SELECT "userId", count(*)::int AS n FROM "ReviewLog" WHERE "cardId" = $1 GROUP BY "userId"`, [cardId]);
  check("both ratings are in the database, under one user", logs.length === 1 && logs[0].n === 2, JSON.stringify(logs));
  const states = await inDb(`SELECT reps FROM "CardState" WHERE "cardId" = $1`, [cardId]);
  check("the second was computed from the first (reps = 2)", states.length === 1 && states[0].reps === 2, JSON.stringify(states));

  // Inputs that reached PostgreSQL as a 500 (it refuses \u0000 in text); no sign-in needed.
  const nul = [
    [
      "POST /api/interview/grade",
      () =>
        fetch(`${a.url}/api/interview/grade`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ promptId: "iv\u0000", answer: "SYN" }),
        }),
    ],
    ["GET /api/topics/%00/apkg", () => fetch(`${b.url}/api/topics/%00/apkg`)],
    [
      "POST /api/reviews (cardId)",
      () =>
        fetch(`${b.url}/api/reviews`, {
          method: "POST",
          headers: { "content-type": "application/json", cookie },
          body: JSON.stringify({ id: randomUUID(), cardId: "a\u0000", rating: 3, reviewedAt: new Date().toISOString() }),
        }),
    ],
  ];
  for (const [what, send] of nul) {
    const res = await send();
    const body = await res.json().catch(() => null);
    check(`${what} with a \\u0000 id is 400 with a message`, res.status === 400 && typeof body?.error?.message === "string", `status ${res.status}`);
  }
} finally {
  for (const s of servers) {
    try {
      s.stop();
    } catch {
      /* already gone */
    }
  }
  // FORCE: a server still closing its pool must not keep the database alive.
  await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch((e) => console.error(`could not drop ${name}: ${e.message}`));
}
const failed = checks.filter((ok) => !ok).length;
console.log(`${checks.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
