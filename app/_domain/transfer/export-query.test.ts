import { describe, expect, it } from "vitest";
import { exportQuerySchema } from "./export-query";

/** The export route reads its query like this: URLSearchParams → object → schema. */
const read = (query: string) => {
  const parsed = exportQuerySchema.safeParse(Object.fromEntries(new URLSearchParams(query)));
  return parsed.success ? parsed.data : parsed.error.issues.map((i) => i.message);
};

describe("the progress export's query", () => {
  it("defaults to the JSON backup, and to a subdeck per topic for Anki", () => {
    expect(read("")).toEqual({ format: "json", decks: "topics" });
  });

  it("takes each format and each deck layout", () => {
    expect(read("format=json")).toEqual({ format: "json", decks: "topics" });
    expect(read("format=csv")).toEqual({ format: "csv", decks: "topics" });
    expect(read("format=apkg&decks=one")).toEqual({ format: "apkg", decks: "one" });
    expect(read("format=apkg&decks=topics")).toEqual({ format: "apkg", decks: "topics" });
  });

  it("ignores parameters it does not know, such as a cache buster", () => {
    expect(read("format=csv&t=12345")).toEqual({ format: "csv", decks: "topics" });
  });

  it("refuses an unknown format or deck layout, saying which values it takes", () => {
    expect(read("format=pdf")).toEqual(['format must be "json", "csv" or "apkg"']);
    expect(read("format=")).toEqual(['format must be "json", "csv" or "apkg"']);
    expect(read("format=apkg&decks=all")).toEqual(['decks must be "one" or "topics"']);
    expect(read("format=JSON&decks=One")).toEqual(['format must be "json", "csv" or "apkg"', 'decks must be "one" or "topics"']);
  });
});
