import type { Prepared } from "./text";

/**
 * Words a pattern cannot match without, read from its source, so that a pattern whose words are
 * all absent from an answer is not run over it at all (most answers name few of the things the
 * grader looks for, and a pattern V8 finds no literal in is tried from every position).
 *
 * One word per top-level alternative: a match of the pattern contains at least one of them. Only
 * what is certain is kept: a run of plain letters, digits, `_`, `-` or Hangul jamo written at the
 * top level, outside any group or class; a letter made optional by `?`, `*` or `{…}` is dropped,
 * and a letter repeated by `+` ends its run. Spaces are never part of a word: the grader also
 * scans a copy of the answer with parts blanked out, where a blank could join two words.
 * `null` when some alternative has no such word, or the pattern has the u flag (whose case
 * folding matches letters a lower-cased text does not show).
 */
export function requiredWords(re: RegExp): string[] | null {
  if (re.unicode || re.flags.includes("v")) return null;
  const src = re.source;
  const words: string[] = [];
  let best = "";
  let run = "";
  let depth = 0;
  const endRun = () => {
    if (run.length > best.length) best = run;
    run = "";
  };
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (c === "\\") {
      endRun();
      i = afterEscape(src, i);
    } else if (c === "[") {
      endRun();
      // A class is one letter of several: it can never be part of a required word.
      let j = i + 1;
      if (src[j] === "^") j += 1;
      while (j < src.length && src[j] !== "]") j += src[j] === "\\" ? 2 : 1;
      i = j + 1;
    } else if (c === "(") {
      endRun();
      depth += 1;
      i += 1;
    } else if (c === ")") {
      depth -= 1;
      i += 1;
    } else if (depth > 0) i += 1;
    else if (c === "|") {
      endRun();
      if (!best) return null;
      words.push(best);
      best = "";
      i += 1;
    } else if (c === "?" || c === "*" || (c === "{" && QUANTIFIER.test(src.slice(i)))) {
      // The letter before may be absent; a `?` after another quantifier finds the run already ended.
      run = run.slice(0, -1);
      endRun();
      i = c === "{" ? src.indexOf("}", i) + 1 : i + 1;
    } else if (c === "+") {
      endRun();
      i += 1;
    } else if (WORD_LETTER.test(c)) {
      run += c;
      i += 1;
    } else {
      endRun();
      i += 1;
    }
  }
  endRun();
  if (!best) return null;
  words.push(best);
  return re.ignoreCase ? words.map((w) => w.toLowerCase()) : words;
}
const WORD_LETTER = /[A-Za-z0-9_\-\u3131-\u318e]/;
const QUANTIFIER = /^\{\d+(?:,\d*)?\}/;

/** Where an escape ends: `\u3131` and `\x41` are one letter, `\12` one back reference. */
function afterEscape(src: string, i: number): number {
  const next = src[i + 1];
  if (next === "u") return src[i + 2] === "{" ? src.indexOf("}", i) + 1 : i + 6;
  if (next === "x") return i + 4;
  if (next === "c") return i + 3;
  if (next === "k" && src[i + 2] === "<") return src.indexOf(">", i) + 1;
  let j = i + 2;
  if (next !== undefined && next >= "0" && next <= "9") while (j < src.length && src[j]! >= "0" && src[j]! <= "9") j += 1;
  return j;
}

const known = new WeakMap<RegExp, string[] | null>();
/**
 * False only when the pattern cannot match anywhere in the answer: none of its required words is
 * in it (looked up in the lower-case text for a case-blind pattern). True says nothing.
 */
export function mayMatch(re: RegExp, p: Prepared): boolean {
  let words = known.get(re);
  if (words === undefined) known.set(re, (words = requiredWords(re)));
  if (!words) return true;
  const text = re.ignoreCase ? p.lower : p.text;
  for (const w of words) if (text.includes(w)) return true;
  return false;
}
