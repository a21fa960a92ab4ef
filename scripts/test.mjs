// npm test: every check, in order, then one summary line ("N passed, N failed").
// Stages: types, lint, format, content, unit, integration on SQLite, integration on PostgreSQL (when
// reachable; required with CI=true), production build, two app instances on one PostgreSQL
// database (same rule), Playwright end-to-end in Chromium.
// CI has 20 minutes on two cores. Stages that leave a core idle run side by side: the static
// checks (tsc and prettier each use one core, beside type-aware lint), and the two integration
// passes (files one after another, each mostly waiting on its database). A stage run beside others
// prints its output when it ends, so logs never interleave.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";

const root = path.resolve(import.meta.dirname, "..");
process.chdir(root);
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const baseEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_NO_WARNINGS: "1" };
const tmp = mkdtempSync(path.join(os.tmpdir(), "tcp-srs-test-"));
// This run's PostgreSQL databases share a prefix, so cleaning up never drops another run's.
const pgPrefix = `tcp_srs_test_${path.basename(tmp).replace(/\W+/g, "_").toLowerCase()}_`;
const results = [];
let passed = 0;
let failed = 0;
let skipped = 0;

async function stage(name, cmd, args, { env = {}, count, quiet = false } = {}) {
  const started = Date.now();
  if (!quiet) console.log(`\n━━ ${name} ━━`);
  const child = spawn(cmd, args, { stdio: quiet ? ["ignore", "pipe", "pipe"] : "inherit", env: { ...baseEnv, ...env } });
  const output = [];
  if (quiet) for (const stream of [child.stdout, child.stderr]) stream.on("data", (chunk) => output.push(chunk));
  const status = await new Promise((resolve) => {
    child.on("error", () => resolve(null));
    child.on("close", (code) => resolve(code));
  });
  if (quiet) {
    console.log(`\n━━ ${name} ━━`);
    process.stdout.write(Buffer.concat(output));
  }
  const ok = status === 0;
  const counted = count?.();
  if (counted) {
    passed += counted.passed;
    failed += counted.failed + (ok || counted.failed > 0 ? 0 : 1);
    skipped += counted.skipped ?? 0;
  } else if (ok) passed += 1;
  else failed += 1;
  results.push({ name, ok, seconds: ((Date.now() - started) / 1000).toFixed(1), counted });
  return ok;
}

/** Stages side by side, each printing when it ends; the summary keeps the order they were given in. */
async function together(...stages) {
  const from = results.length;
  const done = await Promise.all(stages.map(([name, cmd, args, options]) => stage(name, cmd, args, { ...options, quiet: true })));
  const order = stages.map(([name]) => name);
  results.splice(from, Infinity, ...results.slice(from).sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name)));
  return done;
}

/** A PostgreSQL stage with no server to run on: a failure under CI, where it is required; else skipped. */
function withoutPostgres(name) {
  const where = "set TEST_POSTGRES_URL or run it on 127.0.0.1:5432";
  if (process.env.CI === "true") {
    console.log(`\n━━ ${name} ━━\nfailed: CI=true requires PostgreSQL (${where})`);
    failed += 1;
    results.push({ name, ok: false, seconds: "0.0" });
  } else {
    console.log(`\n━━ ${name} ━━\nskipped: no PostgreSQL reachable (${where})`);
    skipped += 1;
  }
}

function vitestCounts(file) {
  return () => {
    if (!existsSync(file)) return null;
    const j = JSON.parse(readFileSync(file, "utf8"));
    return { passed: j.numPassedTests, failed: j.numFailedTests, skipped: j.numPendingTests + j.numTodoTests };
  };
}

/** A vitest project as a stage: [name, cmd, args, options] for stage() or together(). */
function vitest(name, project, env = {}) {
  const out = path.join(tmp, `${name.replace(/\W+/g, "-")}.json`);
  return [
    name,
    bin("vitest"),
    ["run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${out}`],
    { env, count: vitestCounts(out) },
  ];
}

async function postgresUrl() {
  const url = process.env.TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return url;
  } catch {
    return null;
  }
}

async function dropTestDatabases(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query("SELECT datname FROM pg_database WHERE starts_with(datname, $1)", [pgPrefix]);
  for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  await client.end();
}

const pgUrl = await postgresUrl();
await together(
  ["types", bin("tsc"), ["--noEmit"]],
  ["lint", bin("eslint"), ["--max-warnings=0", "."]],
  ["format", bin("prettier"), ["--check", "."]],
  ...(existsSync("scripts/content-check.ts") ? [["content", bin("tsx"), ["scripts/content-check.ts"]]] : []),
);
await stage(...vitest("unit", "unit"));
if (pgUrl) {
  await together(
    vitest("integration (SQLite)", "integration", { TEST_DB_PROVIDER: "sqlite" }),
    vitest("integration (PostgreSQL)", "integration", { TEST_DB_PROVIDER: "postgresql", TEST_POSTGRES_URL: pgUrl, TEST_PG_PREFIX: pgPrefix }),
  );
  await dropTestDatabases(pgUrl).catch(() => {});
} else {
  await stage(...vitest("integration (SQLite)", "integration", { TEST_DB_PROVIDER: "sqlite" }));
  withoutPostgres("integration (PostgreSQL)");
}

// The same build npm start makes (with its stamp), so the end-to-end server starts without building.
if (await stage("build", process.execPath, ["scripts/build.mjs"])) {
  // Two `next start` instances on one fresh PostgreSQL database, a rating through each
  // (scripts/two-instances.mjs): cheap, it reuses the build just made.
  if (pgUrl) await stage("two instances on one PostgreSQL", process.execPath, ["scripts/two-instances.mjs", pgUrl, pgPrefix]);
  else withoutPostgres("two instances on one PostgreSQL");
  const report = path.join(tmp, "playwright.json");
  await stage("end-to-end (Chromium)", bin("playwright"), ["test", "--reporter=list,json"], {
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: report },
    count: () => {
      if (!existsSync(report)) return null;
      const s = JSON.parse(readFileSync(report, "utf8")).stats;
      // A flaky test (failed, then passed on retry) is counted as failed, and the summary names how
      // many of the failures were flaky.
      return { passed: s.expected, failed: s.unexpected + s.flaky, skipped: s.skipped, flaky: s.flaky };
    },
  });
} else {
  console.log("skipped: end-to-end tests need a successful build");
}

rmSync(tmp, { recursive: true, force: true });
console.log("\n━━ summary ━━");
for (const r of results) {
  const detail = r.counted
    ? ` (${r.counted.passed} passed, ${r.counted.failed} failed${r.counted.flaky ? `, of which ${r.counted.flaky} flaky: passed only on retry` : ""}${r.counted.skipped ? `, ${r.counted.skipped} skipped` : ""})`
    : "";
  console.log(`${r.ok ? "ok  " : "FAIL"} ${r.name}${detail} ${r.seconds}s`);
}
console.log(`\nsummary: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed === 0 ? 0 : 1);
