import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseContent } from "./parse-content";
import { dumpCards, readCardBody } from "./stored-card";

const dir = path.join(process.cwd(), "content");
const content = parseContent(
  readdirSync(dir)
    .filter((f) => f.endsWith(".md") && !/^readme/i.test(f))
    .map((name) => ({ name, text: readFileSync(path.join(dir, name), "utf8") })),
);
const stored = dumpCards(content.cards);
const rowOf = (id: string, body: Record<string, unknown>) => ({ id, bodyKo: JSON.stringify(body), bodyEn: "{}" });

describe("readCardBody", () => {
  it("reads back every card of the content exactly as dumpCards wrote it, in both languages", () => {
    const rows = new Map<string, { id: string; bodyKo: string; bodyEn: string }>();
    for (const d of stored) {
      const row = rows.get(d.id) ?? { id: d.id, bodyKo: "", bodyEn: "" };
      row[d.locale === "ko" ? "bodyKo" : "bodyEn"] = JSON.stringify(d);
      rows.set(d.id, row);
    }
    for (const d of stored) expect(readCardBody(rows.get(d.id)!, d.locale)).toEqual(d);
    expect(stored.some((d) => d.rubric) && stored.some((d) => d.spot) && stored.some((d) => d.options) && stored.some((d) => d.concept)).toBe(true);
  });

  it("names the card, the language and the field of a body that is not what the importer writes", () => {
    const mcq = stored.find((d) => d.kind === "mcq" && d.locale === "ko")!;
    expect(() => readCardBody(rowOf("m-1", { ...mcq, options: [{ text: "a", correct: "yes" }] }), "ko")).toThrow(
      /^stored card m-1 \(ko\): options\.0\.correct: .*boolean.*; run npm run content:import/,
    );
    expect(() => readCardBody(rowOf("m-1", { ...mcq, prompt: undefined }), "ko")).toThrow(/^stored card m-1 \(ko\): prompt: /);
    expect(() => readCardBody(rowOf("m-1", { ...mcq, kind: "essay" }), "ko")).toThrow(/^stored card m-1 \(ko\): kind: /);
    expect(() => readCardBody({ id: "m-1", bodyKo: "{", bodyEn: "{}" }, "ko")).toThrow(/^stored card m-1 \(ko\): not JSON/);
    expect(() => readCardBody(rowOf("m-1", mcq), "en")).toThrow(/^stored card m-1 \(en\): /);
  });

  it("checks a stored rubric with the content schema (a misconception the grader cannot check)", () => {
    const interview = stored.find((d) => d.kind === "interview" && d.locale === "ko")!;
    const rubric = { ...interview.rubric!, wrong: [{ id: "w", misconception: "not-checked-anywhere" }] };
    expect(() => readCardBody(rowOf("iv", { ...interview, rubric }), "ko")).toThrow(/rubric\.wrong\.0: the grader has no check for "not-checked-anywhere"/);
  });
});
