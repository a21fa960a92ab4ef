/**
 * `xs.sort((a, b) => key(a) - key(b))`, skipped when the list is already in that order. Most lists
 * the grader sorts (a clause's verbs, a sentence's cuts, a point's matches) are built in order, and
 * `sort` copies its list into a work array every time. A stable sort of a list already in order
 * leaves it as it is, so skipping it changes nothing.
 */
export function sortedBy<T>(xs: T[], key: (x: T) => number): T[] {
  for (let i = 1; i < xs.length; i += 1)
    if (key(xs[i]!) < key(xs[i - 1]!)) return xs.length <= SHORT ? insertionSort(xs, key) : xs.sort((a, b) => key(a) - key(b));
  return xs;
}
/** Lists up to this long are sorted in place by insertion, which copies nothing. */
const SHORT = 32;

/**
 * The stable sort `sort` makes, done in place: the lists sorted here (a claim's spans, a clause's
 * verbs, a point's matches) hold a few items, and `sort` copied each into a work array first. A
 * stable sort by numbers has one result, so both give the same order; a NaN key, which `sort`
 * counts as equal to anything, is left to `sort`.
 */
function insertionSort<T>(xs: T[], key: (x: T) => number): T[] {
  for (const x of xs) if (Number.isNaN(key(x))) return xs.sort((a, b) => key(a) - key(b));
  for (let i = 1; i < xs.length; i += 1) {
    const x = xs[i]!;
    const k = key(x);
    let j = i - 1;
    for (; j >= 0 && key(xs[j]!) > k; j -= 1) xs[j + 1] = xs[j]!;
    xs[j + 1] = x;
  }
  return xs;
}

/**
 * `xs.filter(test)` for the short lists read for every clause (its sides, its verbs): the result is
 * made at most the list's length and cut to what passed. `filter` collects into a work array with
 * room for 16 at the first item kept, then copies it out, which for a list of two or three cost
 * more than the list itself.
 */
export function keep<T>(xs: T[], test: (x: T) => boolean): T[] {
  const out = new Array<T>(xs.length);
  let kept = 0;
  for (let i = 0; i < xs.length; i += 1) if (test(xs[i]!)) out[kept++] = xs[i]!;
  out.length = kept;
  return out;
}
