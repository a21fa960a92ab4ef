import { describe, expect, it } from "vitest";
import { keep, sortedBy } from "./order";

describe("keep", () => {
  it("gives the items that pass, in their order, and no room after them", () => {
    const kept = keep([5, 2, 8, 3, 9], (x) => x > 4);
    expect(kept).toEqual([5, 8, 9]);
    expect(kept).toHaveLength(3);
    expect(keep([1, 2], () => false)).toEqual([]);
    expect(keep([], () => true)).toEqual([]);
  });

  it("makes a new list and leaves the one it was given as it was", () => {
    const xs = [1, 2, 3];
    const kept = keep(xs, () => true);
    expect(kept).toEqual([1, 2, 3]);
    expect(kept).not.toBe(xs);
    expect(xs).toEqual([1, 2, 3]);
  });
});

describe("sortedBy with a key that is not a number", () => {
  it("gives what sort gives, in place", () => {
    for (const keys of [
      [3, Number.NaN, 1, 2],
      [2, 1, Number.NaN],
      [Number.NaN, 5, 4, 3, 2, 1],
      // Here sort, which counts NaN as equal to anything, and an insertion sort part ways.
      [4, 0, 3, Number.NaN, 2, Number.NaN],
    ]) {
      const xs = keys.map((at, id) => ({ at, id }));
      const want = [...xs].sort((a, b) => a.at - b.at).map((x) => x.id);
      expect(sortedBy(xs, (x) => x.at).map((x) => x.id)).toEqual(want);
      expect(xs.map((x) => x.id)).toEqual(want);
    }
  });
});
