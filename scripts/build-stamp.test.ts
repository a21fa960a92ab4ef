import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { changedFiles, sourceHashes, staleReason, writeStamp } from "./build-stamp.mjs";

let root: string;
const put = (rel: string, text: string) => {
  mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
  writeFileSync(path.join(root, rel), text);
};

beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), "stamp-"));
  put("app/page.tsx", "export default 1;");
  put("app/page.test.ts", "test");
  put("app/_server/db/generated/sqlite/client.ts", "generated");
  put("public/robots.txt", "User-agent: *");
  put("public/sw.js", "built");
  put("scripts/prepare.ts", "prepare");
  put("prisma/models.prisma", "model A {}");
  put("prisma/sqlite/migrations/1/migration.sql", "CREATE TABLE a;");
  put("content/topic.md", "# cards");
  put("package.json", "{}");
  put("package-lock.json", "{}");
  put("next.config.js", "export default {};");
  put(".next/BUILD_ID", "x");
  put(".next/start/prepare.mjs", "bundle");
  writeStamp(root, "b1");
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("build stamp", () => {
  it("matches the sources it was written for", () => {
    expect(staleReason(root)).toBeNull();
  });

  it.each(["app/page.tsx", "public/robots.txt", "scripts/prepare.ts", "prisma/models.prisma", "package-lock.json", "next.config.js", "package.json"])(
    "names %s when it changed since the build",
    (file) => {
      put(file, "changed");
      expect(staleReason(root)).toBe(`${file} changed since the last build`);
    },
  );

  it("notices an added and a removed source file, and says how many more changed", () => {
    put("app/new.tsx", "x");
    rmSync(path.join(root, "app/page.tsx"));
    put("public/a.png", "x");
    put("public/b.png", "x");
    expect(staleReason(root)).toBe("app/new.tsx, app/page.tsx, public/a.png and 1 more changed since the last build");
  });

  it("is still current after changes that need no build: content, migrations, tests, generated client, the worker output", () => {
    put("content/topic.md", "# other cards");
    put("prisma/sqlite/migrations/2/migration.sql", "ALTER TABLE a;");
    put("app/page.test.ts", "another test");
    put("app/_server/db/generated/sqlite/client.ts", "regenerated");
    put("public/sw.js", "rebuilt");
    put("data/app.db", "db");
    expect(staleReason(root)).toBeNull();
  });

  it("asks for a build when there is none, none stamped, or the start bundle is missing", () => {
    rmSync(path.join(root, ".next/start/prepare.mjs"));
    expect(staleReason(root)).toBe("the build lacks .next/start/prepare.mjs");
    rmSync(path.join(root, ".next/build-stamp.json"));
    expect(staleReason(root)).toMatch(/has no stamp/);
    rmSync(path.join(root, ".next/BUILD_ID"));
    expect(staleReason(root)).toBe("no production build yet");
  });

  it("hashes content, not modification times", () => {
    const before = sourceHashes(root);
    put("app/page.tsx", "export default 1;");
    expect(changedFiles(before, sourceHashes(root))).toEqual([]);
  });
});
