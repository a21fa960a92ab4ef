import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";

const front = "---\nid: misconceptions\norder: 0\ntitle:\n  ko: 오개념\n  en: Misconceptions\n---\n";
const good = `${front}\n## two-way-enough\n### ko\n두 개면 충분하다\n### en\nTwo segments are enough\n`;

let dir = "";
async function labelsModule(text: string | null) {
  dir = mkdtempSync(path.join(os.tmpdir(), "labels-"));
  mkdirSync(path.join(dir, "content"));
  if (text !== null) writeFileSync(path.join(dir, "content", "misconceptions.md"), text);
  vi.spyOn(process, "cwd").mockReturnValue(dir);
  vi.resetModules();
  return import("./misconception-labels");
}
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

describe("misconception labels", () => {
  it("reads each label in the learner's language", async () => {
    const { misconceptionLabels } = await labelsModule(good);
    expect(misconceptionLabels("ko").get("two-way-enough")).toBe("두 개면 충분하다");
    expect(misconceptionLabels("en").get("two-way-enough")).toBe("Two segments are enough");
  });

  it("a broken file fails with its place and what is wrong, not with empty labels", async () => {
    const { misconceptionLabels } = await labelsModule(`${front}\n## two-way-enough\n### ko\n두 개면 충분하다\n`);
    expect(() => misconceptionLabels("en")).toThrow(/content\/misconceptions\.md:9: .*a one-line ### ko and ### en label/);
  });

  it("a file whose headings are at the wrong level defines nothing, and says so", async () => {
    const { misconceptionLabels } = await labelsModule(`${front}\n### two-way-enough\n두 개면 충분하다\n`);
    expect(() => misconceptionLabels("en")).toThrow(/content\/misconceptions\.md:8: defines no misconceptions: each is a "## <kebab-case id>" heading/);
  });

  it("a missing file names the file", async () => {
    const { misconceptionLabels } = await labelsModule(null);
    expect(() => misconceptionLabels("ko")).toThrow(/Misconception labels: cannot read .*content\/misconceptions\.md \(ENOENT/);
  });

  it("a failure is not kept: the file, once fixed, is read on the next call", async () => {
    const { misconceptionLabels } = await labelsModule(`${front}\n# wrong level\n`);
    expect(() => misconceptionLabels("ko")).toThrow(/defines no misconceptions/);
    writeFileSync(path.join(dir, "content", "misconceptions.md"), good);
    expect(misconceptionLabels("ko").get("two-way-enough")).toBe("두 개면 충분하다");
  });
});
