import { describe, expect, it } from "vitest";
import { messages } from "./messages";

type Leaf = { key: string; text: string };
const leaves = (o: object, p = ""): Leaf[] =>
  Object.entries(o as Record<string, unknown>).flatMap(([k, v]) =>
    typeof v === "object" && v !== null ? leaves(v, `${p}${k}.`) : typeof v === "string" ? [{ key: `${p}${k}`, text: v }] : [],
  );
const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

describe("messages", () => {
  const ko = leaves(messages.ko);
  const en = leaves(messages.en);

  it("has the same keys in both languages", () => {
    expect(en.map((l) => l.key)).toEqual(ko.map((l) => l.key));
  });

  it("fills the same placeholders in both languages, so no value is dropped or left as {name}", () => {
    const enText = new Map(en.map((l) => [l.key, l.text]));
    const differ = ko
      .filter((l) => enText.has(l.key) && placeholders(l.text).join() !== placeholders(enText.get(l.key)!).join())
      .map((l) => `${l.key}: ko {${placeholders(l.text).join()}} en {${placeholders(enText.get(l.key)!).join()}}`);
    expect(differ).toEqual([]);
  });

  it("gives every count a plural form: no English '(s)' and no bare number before a plural noun", () => {
    const bad = en
      .filter((l) => /\(s\)|\{n\} (reviews|cards|days|drills|ratings|interviews)\b/.test(l.text) && !/\.other$/.test(l.key))
      .map((l) => `${l.key}: ${l.text}`);
    expect(bad).toEqual([]);
  });
});
