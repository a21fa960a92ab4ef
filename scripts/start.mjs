// @ts-check
// npm start: everything a fresh clone needs, then `next start`.
// 1. builds when the build on disk does not match the sources, the lock file or the Next
//    configuration (build-stamp.mjs says what changed), and starts at once otherwise; the
//    configuration is checked before a build, so a wrong DATABASE_URL fails in a second;
// 2. applies migrations, imports the study content and makes sure a session secret exists
//    (.next/start/prepare.mjs, bundled by the build);
// 3. serves on PORT/HOSTNAME (scripts/serve.mjs) and prints the URL.
// Serving needs only `dependencies`: after `npm run build`, `npm prune --omit=dev` is safe.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { staleReason } from "./build-stamp.mjs";

const root = path.resolve(import.meta.dirname, "..");
process.chdir(root);
/** @type {NodeJS.ProcessEnv} */
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const prepare = path.join(root, ".next", "start", "prepare.mjs");

/** @param {string[]} [args] */
function runPrepare(args = []) {
  const r = spawnSync(process.execPath, [prepare, ...args], { stdio: "inherit", env });
  if (r.status !== 0) process.exit(r.status || 1);
}

/** devDependencies that are not installed: a production install cannot build. */
function missingBuildTools() {
  const { devDependencies = {} } = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));
  return Object.keys(devDependencies).filter((name) => !existsSync(path.join(root, "node_modules", name, "package.json")));
}

const stale = staleReason(root);
if (stale) {
  const missing = missingBuildTools();
  if (missing.length > 0) {
    console.error(
      `npm start stopped: the build must be made again (${stale}), but the build tools are not installed (${missing.slice(0, 3).join(", ")}${missing.length > 3 ? ", …" : ""}; a production install without devDependencies). Run npm install && npm run build, then npm start.`,
    );
    process.exit(1);
  }
  console.log(`Building: ${stale} (a few minutes)...`);
  const { build, bundleStart } = await import("./build.mjs");
  await bundleStart();
  runPrepare(["--check-only"]);
  try {
    await build();
  } catch (e) {
    console.error(`npm start stopped: ${e instanceof Error ? e.message : e}.`);
    process.exit(1);
  }
}

runPrepare();

const port = env.PORT || "3000";
const host = env.HOSTNAME || "0.0.0.0";
const shownHost = host === "0.0.0.0" || host === "::" ? "localhost" : host;
const url = `http://${shownHost}:${port}`;
env.NEXTAUTH_URL ??= url;

// scripts/serve.mjs is `next start` plus the socket's address on every request (sign-in throttling).
const server = spawn(process.execPath, [path.join(root, "scripts", "serve.mjs")], {
  stdio: ["inherit", "pipe", "inherit"],
  env: { ...env, PORT: port, HOSTNAME: host },
});
let announced = false;
server.stdout.on("data", (chunk) => {
  process.stdout.write(chunk);
  if (!announced && /Ready|started server/i.test(String(chunk))) {
    announced = true;
    console.log(`\n  TCP handshake trainer is running at ${url}\n`);
  }
});
for (const signal of /** @type {const} */ (["SIGINT", "SIGTERM"])) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
