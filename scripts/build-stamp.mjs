// @ts-check
// The build stamp: a hash of every file the production build is made from, written next to
// the build. `npm start` compares it with the files on disk and rebuilds when any differs, so
// a `git pull` never leaves it serving an old build against new migrations and content.
// Only Node's own modules here: npm start reads the stamp after `npm prune --omit=dev` too.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

/** What the build reads: sources, the lock file, the Next and TypeScript configuration. */
export const BUILD_INPUTS = [
  "app",
  "public",
  "scripts",
  "prisma/models.prisma",
  "package.json",
  "package-lock.json",
  "next.config.js",
  "tsconfig.json",
  "postcss.config.mjs",
];

// Tests are not part of the build; the generated Prisma client follows from models.prisma and
// the lock file; public/sw.js is the build's own output. content/ is read at run time (npm
// start imports it), so editing a card never needs a rebuild.
const IGNORED = [/\.test\.[cm]?[jt]sx?$/, /^app\/_server\/db\/generated\//, /^public\/sw\.js(\.map)?$/, /(^|\/)\.DS_Store$/];

export const STAMP_FILE = path.join(".next", "build-stamp.json");

/**
 * @param {string} root
 * @param {string} input
 * @returns {string[]}
 */
function listFiles(root, input) {
  const full = path.join(root, input);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [input];
  return readdirSync(full, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) =>
      path
        .relative(root, path.join(e.parentPath ?? e.path, e.name))
        .split(path.sep)
        .join("/"),
    );
}

/**
 * Every build input (relative, "/"-separated) with the SHA-256 of its content.
 * @param {string} root
 * @returns {Record<string, string>}
 */
export function sourceHashes(root) {
  /** @type {Record<string, string>} */
  const files = {};
  for (const input of BUILD_INPUTS) {
    for (const rel of listFiles(root, input)) {
      if (IGNORED.some((re) => re.test(rel))) continue;
      files[rel] = createHash("sha256")
        .update(readFileSync(path.join(root, rel)))
        .digest("hex");
    }
  }
  return Object.fromEntries(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** @typedef {{ buildId: string; builtAt: string; files: Record<string, string> }} Stamp */

/**
 * @param {string} root
 * @returns {Stamp | null}
 */
export function readStamp(root) {
  try {
    const stamp = JSON.parse(readFileSync(path.join(root, STAMP_FILE), "utf8"));
    return stamp && typeof stamp.files === "object" && typeof stamp.buildId === "string" ? stamp : null;
  } catch {
    return null;
  }
}

/**
 * @param {string} root
 * @param {string} buildId
 * @param {Record<string, string>} [files]
 */
export function writeStamp(root, buildId, files = sourceHashes(root)) {
  writeFileSync(path.join(root, STAMP_FILE), JSON.stringify({ buildId, builtAt: new Date().toISOString(), files }, null, 1));
}

/**
 * The files that differ between two hash maps: changed, added or removed.
 * @param {Record<string, string>} before
 * @param {Record<string, string>} now
 */
export function changedFiles(before, now) {
  const names = new Set([...Object.keys(before), ...Object.keys(now)]);
  return [...names].filter((f) => before[f] !== now[f]).sort();
}

/**
 * Why the build on disk cannot be served as it is, or null when it matches the sources.
 * The reason names what changed, so a surprising rebuild explains itself.
 * @param {string} root
 * @returns {string | null}
 */
export function staleReason(root) {
  if (!existsSync(path.join(root, ".next", "BUILD_ID"))) return "no production build yet";
  const stamp = readStamp(root);
  if (!stamp) return "the build has no stamp (made by an older version or by next build alone)";
  for (const file of ["start/prepare.mjs"]) {
    if (!existsSync(path.join(root, ".next", file))) return `the build lacks .next/${file}`;
  }
  const changed = changedFiles(stamp.files, sourceHashes(root));
  if (changed.length === 0) return null;
  const shown = changed.slice(0, 3).join(", ");
  return `${shown}${changed.length > 3 ? ` and ${changed.length - 3} more` : ""} changed since the last build`;
}
