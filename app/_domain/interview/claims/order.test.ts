import { describe, expect, it } from "vitest";
import { sortedBy } from "./order";

describe("sortedBy", () => {
  it("returns a list already in order as it is", () => {
    const xs = [{ at: 1 }, { at: 1 }, { at: 4 }];
    const before = [...xs];
    expect(sortedBy(xs, (x) => x.at)).toBe(xs);
    expect(xs).toEqual(before);
  });
  it("sorts a list out of order in place, keeping equal keys in their order", () => {
    const xs = [
      { at: 3, id: "a" },
      { at: 1, id: "b" },
      { at: 3, id: "c" },
      { at: 1, id: "d" },
    ];
    expect(sortedBy(xs, (x) => x.at).map((x) => x.id)).toEqual(["b", "d", "a", "c"]);
    expect(xs.map((x) => x.id)).toEqual(["b", "d", "a", "c"]);
  });
  it("gives what sort gives on every order of a small list", () => {
    const lists = [[2, 0, 1, 0], [0, 1, 2, 2], [5], [], [3, 2, 1]];
    for (const xs of lists) expect(sortedBy([...xs], (x) => x)).toEqual([...xs].sort((a, b) => a - b));
  });
  it("gives what a stable sort gives on short and long lists with ties, in place", () => {
    // A seeded generator: the same lists on every run.
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) % 6;
    for (const n of [2, 3, 5, 8, 20, 32, 33, 60]) {
      for (let round = 0; round < 20; round += 1) {
        const xs = Array.from({ length: n }, (_, id) => ({ at: next(), id }));
        const want = [...xs].sort((a, b) => a.at - b.at).map((x) => x.id);
        expect(sortedBy(xs, (x) => x.at).map((x) => x.id)).toEqual(want);
        expect(xs.map((x) => x.id)).toEqual(want);
      }
    }
  });
});
