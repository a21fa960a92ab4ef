// npm start: everything a fresh clone needs, then `next start`.
// 1. checks DATABASE_URL (fails fast, before a long build), 2. builds when no build exists,
// 3. applies migrations and imports the study content, 4. keeps a session secret under data/,
// 5. serves on PORT/HOSTNAME and prints the URL.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
process.chdir(root);
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const bin = (name) => path.join(root, "node_modules", ".bin", name);

function run(cmd, args, what) {
  const r = spawnSync(cmd, args, { stdio: "inherit", env });
  if (r.status !== 0) {
    if (what) console.error(`npm start stopped: ${what} failed (exit ${r.status ?? r.signal}).`);
    process.exit(r.status || 1);
  }
}

// Prepare first checks the configuration; it exits with one clear line when it is wrong.
run(bin("tsx"), ["scripts/prepare.ts", "--check-only"]);

if (!existsSync(path.join(root, ".next", "BUILD_ID"))) {
  console.log("No production build yet: building (about a minute)...");
  run(bin("next"), ["build"], "next build");
}

run(bin("tsx"), ["scripts/prepare.ts"]);

if (!env.NEXTAUTH_SECRET && !env.AUTH_SECRET) {
  const file = path.join(root, "data", "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
    console.log("Generated a session secret in data/auth-secret.");
  }
  env.NEXTAUTH_SECRET = env.AUTH_SECRET = readFileSync(file, "utf8").trim();
}

const port = env.PORT || "3000";
const host = env.HOSTNAME || "0.0.0.0";
const shownHost = host === "0.0.0.0" || host === "::" ? "localhost" : host;
const url = `http://${shownHost}:${port}`;
env.NEXTAUTH_URL ??= url;

const server = spawn(bin("next"), ["start", "-p", port, "-H", host], { stdio: ["inherit", "pipe", "inherit"], env });
let announced = false;
server.stdout.on("data", (chunk) => {
  process.stdout.write(chunk);
  if (!announced && /Ready|started server/i.test(String(chunk))) {
    announced = true;
    console.log(`\n  TCP handshake trainer is running at ${url}\n`);
  }
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
