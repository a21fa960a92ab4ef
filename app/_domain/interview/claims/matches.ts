/**
 * Global forms of the grader's patterns, and every match of one in a text. Kept apart from the
 * lexicon so that text.ts, which the lexicon builds on, can use them too.
 */
const globals = new WeakMap<RegExp, RegExp>();
export function globally(re: RegExp): RegExp {
  if (re.global) return re;
  let g = globals.get(re);
  if (!g) {
    g = new RegExp(re.source, `${re.flags}g`);
    globals.set(re, g);
  }
  return g;
}

/**
 * Every match of a pattern in a text, from its start: the list `[...text.matchAll(globally(re))]`
 * gives, found by `exec` on the shared global form. matchAll copies the pattern and walks an
 * iterator on every call, which on a short answer cost about as much as the search itself. The
 * loop always runs to the end, so the global form is left at lastIndex 0 for the next caller.
 */
export function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  const g = globally(re);
  const out: RegExpExecArray[] = [];
  g.lastIndex = 0;
  for (let m = g.exec(text); m; m = g.exec(text)) {
    out.push(m);
    // An empty match moves on by one character, as matchAll does (no pattern here has the u flag).
    if (m[0] === "") g.lastIndex += 1;
  }
  return out;
}

/**
 * Whether some match of a pattern in a text passes `test`, stopping at the first that does: what
 * `matchesOf(re, text).some(test)` says, with no list made. The global form is left at lastIndex 0.
 */
export function someMatch(re: RegExp, text: string, test: (m: RegExpExecArray) => boolean): boolean {
  const g = globally(re);
  g.lastIndex = 0;
  for (let m = g.exec(text); m; m = g.exec(text)) {
    if (test(m)) {
      g.lastIndex = 0;
      return true;
    }
    if (m[0] === "") g.lastIndex += 1;
  }
  return false;
}
