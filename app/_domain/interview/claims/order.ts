/**
 * `xs.sort((a, b) => key(a) - key(b))`, skipped when the list is already in that order. Most lists
 * the grader sorts (a clause's verbs, a sentence's cuts, a point's matches) are built in order, and
 * `sort` copies its list into a work array every time. A stable sort of a list already in order
 * leaves it as it is, so skipping it changes nothing.
 */
export function sortedBy<T>(xs: T[], key: (x: T) => number): T[] {
  for (let i = 1; i < xs.length; i += 1) if (key(xs[i]!) < key(xs[i - 1]!)) return xs.sort((a, b) => key(a) - key(b));
  return xs;
}
