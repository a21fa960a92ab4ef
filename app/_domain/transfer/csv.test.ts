import { describe, expect, it } from "vitest";
import { csvField, fsrsReviewCsv, isReviewCsv, toCsv } from "./csv";

const T = new Date("2026-03-01T09:00:00.000Z");
const review = (over: Partial<Parameters<typeof fsrsReviewCsv>[0][number]> = {}) => ({
  cardId: "c1",
  reviewedAt: T,
  rating: 3,
  state: 0,
  durationMs: 1500,
  cram: false,
  undoneAt: null,
  ...over,
});

describe("csvField", () => {
  it.each([
    ["plain", "plain"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    ["cr\rhere", '"cr\rhere"'],
    ["", ""],
  ])("%j → %j", (input, expected) => expect(csvField(input)).toBe(expected));

  it("writes numbers as they are", () => expect(csvField(1772355600000)).toBe("1772355600000"));
});

describe("toCsv", () => {
  it("ends every record with CRLF, header first", () => {
    expect(toCsv(["a", "b"], [["x,y", 1]])).toBe('a,b\r\n"x,y",1\r\n');
  });
});

describe("fsrsReviewCsv", () => {
  it("uses the optimizer's header and epoch milliseconds, oldest first", () => {
    const later = new Date(T.getTime() + 60_000);
    const csv = fsrsReviewCsv([review({ cardId: "c2", reviewedAt: later, rating: 1, state: 2, durationMs: 0 }), review()]);
    expect(csv.split("\r\n")).toEqual([
      "card_id,review_time,review_rating,review_state,review_duration",
      `c1,${T.getTime()},3,0,1500`,
      `c2,${later.getTime()},1,2,0`,
      "",
    ]);
  });

  it("leaves out undone and cram reviews", () => {
    const csv = fsrsReviewCsv([review({ cardId: "kept" }), review({ cardId: "undone", undoneAt: T }), review({ cardId: "cram", cram: true })]);
    expect(csv).toContain("kept");
    expect(csv).not.toContain("undone");
    expect(csv).not.toContain("cram");
  });

  it("quotes a card id that holds a comma or a quote", () => {
    expect(fsrsReviewCsv([review({ cardId: 'odd,"id"' })])).toContain(`"odd,""id""",${T.getTime()}`);
  });
});

describe("fsrsReviewCsv order", () => {
  it("orders reviews at the same instant by card id, so the same log always gives the same file", () => {
    const csv = fsrsReviewCsv([review({ cardId: "b" }), review({ cardId: "a" }), review({ cardId: "c", reviewedAt: new Date(T.getTime() - 1) })]);
    expect(
      csv
        .split("\r\n")
        .slice(1, 4)
        .map((l) => l.split(",")[0]),
    ).toEqual(["c", "a", "b"]);
  });
});

describe("isReviewCsv", () => {
  it("knows the app's own CSV by its header, with or without a byte order mark", () => {
    const csv = fsrsReviewCsv([{ cardId: "a", reviewedAt: new Date(0), rating: 3, state: 0, durationMs: 1, cram: false, undoneAt: null }]);
    expect(isReviewCsv(csv)).toBe(true);
    expect(isReviewCsv(`\uFEFF${csv}`)).toBe(true);
    expect(isReviewCsv(`\uFEFF\n  ${csv}`)).toBe(true);
    expect(isReviewCsv('{"format":"tcp-srs-progress"}')).toBe(false);
    expect(isReviewCsv("card_id;review_time")).toBe(false);
  });
});
