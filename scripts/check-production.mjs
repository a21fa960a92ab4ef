// npm run check:production: the production path, walked in a fresh clone of the committed HEAD
// (CI runs it after npm test, when its 20 minutes allow; .ci/run). Each step must hold or the check stops with what it saw:
//  1. npm install                      (clean; --reuse-node-modules copies this checkout's instead,
//                                       which CI uses: .ci/run has just run npm install there)
//  2. npm start with no build          builds (what a new user's first start does), then serves;
//                                       migrates, imports, makes a secret; the build holds sw.js
//  3. npm start again                  serves at once, without building
//  4. npm prune --omit=dev             the build tools are gone
//  5. npm start with no devDependency at all (those npm keeps as optional peers of
//     dependencies are moved away), on a new database: serves, migrates and imports again
//     and the postinstall, run without the Prisma CLI, skips generating instead of failing
//  6. a source file changes: npm start names the file and says how to rebuild, since a
//     production install cannot build (the rebuild itself is step 2's path; the staleness rules
//     are unit-tested in scripts/build-stamp.test.ts)
// One build in all: the check runs in CI, whose whole budget is 20 minutes.
// Uses PORT (default 3418) on 127.0.0.1. Prints each step's time.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const source = path.resolve(import.meta.dirname, "..");
const port = Number(process.env.PORT ?? 3418);
const base = `http://127.0.0.1:${port}`;
const reuse = process.argv.includes("--reuse-node-modules");
const tmp = mkdtempSync(path.join(os.tmpdir(), "tcp-srs-production-"));
const app = path.join(tmp, "app");
const started = Date.now();
// The check's own environment must not leak a database or secret into the clone's start.
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", PORT: String(port), HOSTNAME: "127.0.0.1" };
for (const k of ["DATABASE_URL", "NEXTAUTH_SECRET", "AUTH_SECRET", "NEXTAUTH_URL", "NODE_ENV"]) delete env[k];

class CheckFailed extends Error {}
const fail = (what) => {
  throw new CheckFailed(what);
};

async function step(name, fn) {
  const t = Date.now();
  process.stdout.write(`\n━━ ${name} ━━\n`);
  await fn();
  console.log(`ok: ${name} (${((Date.now() - t) / 1000).toFixed(0)} s)`);
}

function npm(args, { quiet = false } = {}) {
  const r = spawnSync("npm", args, { cwd: app, env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  if (!quiet || r.status !== 0)
    process.stdout.write(
      `${r.stdout ?? ""}${r.stderr ?? ""}`
        .split("\n")
        .filter((l) => !l.includes("install-scripts"))
        .slice(-15)
        .join("\n") + "\n",
    );
  if (r.status !== 0) fail(`npm ${args.join(" ")} exited ${r.status}`);
  return `${r.stdout}${r.stderr}`;
}

/** Runs npm start until the home page answers 200; returns its output so far, then stops it. */
async function startAndServe(limitMs) {
  const child = spawn("npm", ["start"], { cwd: app, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  child.stdout.on("data", (c) => (log += c));
  child.stderr.on("data", (c) => (log += c));
  let exited = null;
  child.on("exit", (code) => (exited = code));
  const deadline = Date.now() + limitMs;
  let status = 0;
  try {
    while (Date.now() < deadline && exited === null) {
      status = await fetch(`${base}/`).then(
        (r) => r.status,
        () => 0,
      );
      if (status === 200) break;
      await new Promise((r) => setTimeout(r, 1000));
    }
    if (status !== 200) fail(`npm start: no 200 from ${base}/ (${exited !== null ? `exited ${exited}` : "timed out"}). Output:\n${log.slice(-3000)}`);
    const study = await fetch(`${base}/study`);
    const html = await study.text();
    if (study.status !== 200 || (!html.includes("Review session") && !html.includes("복습 세션")))
      fail(`GET /study: ${study.status}, no review session in the page`);
    const pack = await (await fetch(`${base}/api/study/offline`)).json();
    if (!Array.isArray(pack.cards) || pack.cards.length === 0) fail("GET /api/study/offline: no cards (content not imported?)");
    return log;
  } finally {
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {}
    await new Promise((r) => (exited !== null ? r() : child.on("exit", r)));
  }
}

function installedDevDependencies() {
  const { devDependencies = {} } = JSON.parse(readFileSync(path.join(app, "package.json"), "utf8"));
  return Object.keys(devDependencies).filter((name) => existsSync(path.join(app, "node_modules", name, "package.json")));
}

const mustHave = (log, re, what) => re.test(log) || fail(`npm start did not ${what}. Output:\n${log.slice(-3000)}`);
const mustNotHave = (log, re, what) => !re.test(log) || fail(`npm start should not ${what}. Output:\n${log.slice(-3000)}`);

try {
  await step("fresh clone of HEAD", () => {
    execFileSync("git", ["clone", "--quiet", source, app], { stdio: "inherit" });
    console.log(execFileSync("git", ["-C", app, "log", "-1", "--format=%h %s"], { encoding: "utf8" }).slice(0, 100));
  });

  await step(reuse ? "npm install (node_modules copied from this checkout)" : "npm install", () => {
    if (reuse) cpSync(path.join(source, "node_modules"), path.join(app, "node_modules"), { recursive: true, verbatimSymlinks: true });
    npm(["install", "--no-audit", "--no-fund"], { quiet: true });
  });

  await step("npm start without a build: builds, then serves; migrates, imports, keeps a secret", async () => {
    const log = await startAndServe(900_000);
    mustHave(log, /Building: /, "build first");
    mustHave(log, /Applied \d+ migration\(s\)/, "apply migrations");
    mustHave(log, /Study content: \d+ new/, "import the content");
    if (!existsSync(path.join(app, "public", "sw.js"))) fail("the build wrote no public/sw.js");
    if (!existsSync(path.join(app, "data", "auth-secret"))) fail("no data/auth-secret");
  });

  await step("npm start again serves without building", async () => {
    const log = await startAndServe(180_000);
    mustNotHave(log, /Building:/, "build again");
  });

  let kept = [];
  await step("npm prune --omit=dev", () => {
    npm(["prune", "--omit=dev", "--no-audit", "--no-fund"], { quiet: true });
    const gone = ["tsx", "esbuild", "@serwist/cli", "vitest", "eslint"].filter((p) => existsSync(path.join(app, "node_modules", p, "package.json")));
    if (gone.length) fail(`devDependencies still installed: ${gone.join(", ")}`);
    // npm keeps an installed optional peer of a dependency (@prisma/client names prisma and
    // typescript, next names @playwright/test): the next step hides those too, to show the
    // app never needs them.
    kept = installedDevDependencies();
    console.log(`kept by npm as optional peers of dependencies: ${kept.join(", ") || "none"}`);
  });

  await step("npm start without any devDependency, on a new database: serves, migrates, imports", async () => {
    const hidden = path.join(tmp, "hidden");
    const moves = kept.map((name) => [path.join(app, "node_modules", name), path.join(hidden, name)]);
    for (const [from, to] of moves) {
      mkdirSync(path.dirname(to), { recursive: true });
      renameSync(from, to);
    }
    try {
      if (installedDevDependencies().length) fail(`still installed: ${installedDevDependencies().join(", ")}`);
      rmSync(path.join(app, "data"), { recursive: true, force: true });
      const log = await startAndServe(180_000);
      mustNotHave(log, /Building:/, "build");
      mustHave(log, /Applied \d+ migration\(s\)/, "apply migrations");
      mustHave(log, /Study content: \d+ new/, "import the content");
      mustHave(log, /Generated a session secret/, "generate a session secret");
      // What `npm install --omit=dev` runs after installing: without the Prisma CLI it must
      // skip generating (the build holds the clients), not fail the install.
      const out = npm(["run", "postinstall"], { quiet: true });
      if (!/client generation skipped/.test(out)) fail(`the postinstall did not skip client generation:\n${out.slice(-2000)}`);
    } finally {
      for (const [from, to] of moves) renameSync(to, from);
    }
  });

  await step("after a source change, the production install names the file and says how to rebuild", async () => {
    appendFileSync(path.join(app, "app", "page.tsx"), "\n// changed by check-production\n");
    const r = spawnSync("npm", ["start"], { cwd: app, env, encoding: "utf8", timeout: 60_000 });
    const out = `${r.stdout}${r.stderr}`;
    if (r.status === 0) fail(`npm start served a build older than its sources:\n${out.slice(-2000)}`);
    if (!/app\/page\.tsx changed since the last build/.test(out) || !/npm run build/.test(out))
      fail(`npm start did not say which file changed and how to rebuild:\n${out.slice(-2000)}`);
  });

  console.log(`\nproduction check: all steps held in ${((Date.now() - started) / 1000).toFixed(0)} s`);
} catch (e) {
  console.error(`\nproduction check FAILED: ${e instanceof CheckFailed ? e.message : (e?.stack ?? e)}`);
  process.exitCode = 1;
} finally {
  if (!process.argv.includes("--keep")) rmSync(tmp, { recursive: true, force: true });
  else console.log(`kept ${tmp}`);
}
