// @ts-check
// npm run build: the production build and everything npm start runs from it.
// 1. `next build` (Turbopack), with this build's id inlined for the pages;
// 2. .next/start/prepare.mjs: migrations, content import and the session secret bundled to
//    plain JavaScript, so npm start needs no TypeScript tooling (devDependencies can be pruned);
// 3. public/sw.js: the service worker, built by Serwist after Next has written every asset, so
//    its precache list is this build's (Serwist's "configurator" mode, which works with
//    Turbopack because it never hooks into the bundler);
// 4. .next/build-stamp.json: the hashes of the sources built (see build-stamp.mjs).
// Build-time tools (esbuild, Serwist) are imported only here, never by npm start itself.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { sourceHashes, writeStamp } from "./build-stamp.mjs";

const root = path.resolve(import.meta.dirname, "..");

// Packages stay imports resolved at run time (all of them are dependencies); only our own
// TypeScript is compiled in. "server-only" guards Next's bundles and means nothing here.
/** @type {import("esbuild").Plugin} */
const serverOnlyIsEmpty = {
  name: "server-only-is-empty",
  setup(b) {
    b.onResolve({ filter: /^server-only$/ }, () => ({ path: "server-only", namespace: "empty" }));
    b.onLoad({ filter: /.*/, namespace: "empty" }, () => ({ contents: "" }));
  },
};

/** Bundles scripts/prepare.ts into .next/start/prepare.mjs (about a second). */
export async function bundleStart() {
  const esbuild = await import("esbuild");
  const outfile = path.join(root, ".next", "start", "prepare.mjs");
  mkdirSync(path.dirname(outfile), { recursive: true });
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: ["scripts/prepare.ts"],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    plugins: [serverOnlyIsEmpty],
    logLevel: "warning",
    legalComments: "none",
  });
  return outfile;
}

/**
 * Builds public/sw.js with this build's precache list and id.
 * @param {string} buildId
 */
async function buildServiceWorker(buildId) {
  const { serwist } = await import("@serwist/next/config");
  const { runBuildCommand } = await import("@serwist/cli");
  const config = await serwist(
    {
      swSrc: "app/_pwa/sw.ts",
      swDest: "public/sw.js",
      // Every page is rendered per request (per learner and language), so none is precached;
      // the worker caches pages as they are visited instead (app/_pwa/sw.ts).
      precachePrerendered: false,
      globIgnores: ["public/robots.txt"],
      esbuildOptions: { define: { __APP_BUILD__: JSON.stringify(buildId), "process.env.NODE_ENV": JSON.stringify("production") }, legalComments: "none" },
    },
    undefined,
    { cwd: root, isDev: false },
  );
  await runBuildCommand({ config, watch: false });
}

export async function build() {
  const buildId = randomBytes(6).toString("hex");
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NEXT_PUBLIC_APP_BUILD: buildId };
  const next = spawnSync(path.join(root, "node_modules", ".bin", "next"), ["build"], { cwd: root, stdio: "inherit", env });
  if (next.status !== 0) throw new Error(`next build failed (exit ${next.status ?? next.signal})`);
  await bundleStart();
  await buildServiceWorker(buildId);
  writeStamp(root, buildId, sourceHashes(root));
  return buildId;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  try {
    const id = await build();
    console.log(`Build ${id} ready.`);
  } catch (e) {
    console.error(`npm run build stopped: ${e instanceof Error ? e.message : e}`);
    process.exit(1);
  }
}
