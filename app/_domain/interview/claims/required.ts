import type { Prepared } from "./text";

const WORD_LETTER = /[A-Za-z0-9_\-\u3131-\u318e]/;

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

/**
 * Words a pattern cannot match without, read from its source, so that a pattern whose words are
 * absent from an answer is not run over it at all (most answers name few of the things the grader
 * looks for, and a pattern V8 finds no literal in is tried from every position; most patterns fail
 * on a later group, "데이터 … 아직 … 도착하지 않은", whose words the answer lacks).
 *
 * What a match needs: a word, every one of a list (a sequence), or any one of a list (an
 * alternation). Only what is certain is kept: a run of plain letters, digits, `_`, `-` or Hangul
 * jamo; a letter made optional by `?`, `*` or `{0,…}` is dropped, and a letter that may repeat ends
 * its run. Spaces are never part of a word: the grader also scans a copy of the answer with parts
 * blanked out, where a blank could join two words. `null` needs nothing that can be looked up.
 */
export type Need = string | { all: Need[] } | { any: Need[] } | null;

/**
 * The words a pattern's matches contain, as a tree of all/any: a group that must occur (no `?`,
 * `*` or `{0,…}` after it) adds what it needs; a lookaround, a class, an escape and an optional
 * part add nothing. `null` for a pattern with the u or v flag, whose case folding matches letters
 * a lower-cased text does not show.
 */
export function needOf(re: RegExp): Need {
  if (re.unicode || re.flags.includes("v")) return null;
  const src = re.source;
  let i = 0;
  const lower = re.ignoreCase;
  const alternation = (): Need => {
    const alts: Need[] = [];
    let open = true;
    for (;;) {
      const n = sequence();
      if (n === null) open = false;
      else alts.push(n);
      if (src[i] === "|") i += 1;
      else break;
    }
    if (!open) return null;
    return alts.length === 1 ? alts[0]! : { any: alts };
  };
  const sequence = (): Need => {
    const all: Need[] = [];
    let run = "";
    const endRun = () => {
      if (run) all.push(lower ? run.toLowerCase() : run);
      run = "";
    };
    while (i < src.length && src[i] !== "|" && src[i] !== ")") {
      const c = src[i]!;
      let need: Need = null;
      let letter = "";
      if (c === "\\") i = afterEscape(src, i);
      else if (c === "[") {
        let j = i + 1;
        if (src[j] === "^") j += 1;
        while (j < src.length && src[j] !== "]") j += src[j] === "\\" ? 2 : 1;
        i = j + 1;
      } else if (c === "(") {
        let look = false;
        if (src[i + 1] === "?") {
          const kind = src[i + 2];
          look = kind === "=" || kind === "!" || (kind === "<" && (src[i + 3] === "=" || src[i + 3] === "!"));
          i = kind === ":" || kind === "=" || kind === "!" ? i + 3 : kind === "<" && look ? i + 4 : src.indexOf(">", i) + 1;
        } else i += 1;
        const inner = alternation();
        i += 1; // the closing parenthesis
        need = look ? null : inner;
      } else {
        if (WORD_LETTER.test(c)) letter = c;
        i += 1;
      }
      // The quantifier after the atom, if any: whether the atom may be absent, and whether it may repeat.
      let min = 1;
      let repeats = false;
      const q = src[i];
      if (q === "?" || q === "*") {
        min = 0;
        i += 1;
      } else if (q === "+") {
        repeats = true;
        i += 1;
      } else if (q === "{") {
        const m = QUANTIFIER_MIN.exec(src.slice(i));
        if (m) {
          min = Number(m[1]);
          repeats = true;
          i += m[0].length;
        }
      }
      if (min !== 1 || repeats) if (src[i] === "?") i += 1; // lazy
      if (letter && min > 0) {
        run += letter;
        if (repeats) endRun();
        continue;
      }
      endRun();
      if (min > 0 && need !== null) all.push(need);
    }
    endRun();
    return all.length === 0 ? null : all.length === 1 ? all[0]! : { all };
  };
  const need = alternation();
  return i < src.length ? null : need;
}
const QUANTIFIER_MIN = /^\{(\d+)(?:,\d*)?\}/;

// Whether each word is in the answer being graded, by the word's number (0 not looked up, 1 in it,
// 2 not): the same words (데이터, FIN, TIME) stand in many patterns, some 1,700 in all, and
// `includes` over an answer spelt in jamo, once for each, cost more than the patterns it spared.
// Each word goes into one of two tries as its pattern is first used (case-blind words apart: they
// are looked up in `lower`), and each answer is walked once through both. Kept between answers:
// nothing allocated per answer.
const wordIds = new Map<string, number>();
const wordOf: { word: string; lower: boolean }[] = [];
let found = new Int8Array(256);
let foundFor: Prepared | null = null;
/** How many words the last walk looked up: a word numbered later is looked up on its own. */
let walked = 0;

/**
 * The letters a word may hold (WORD_LETTER: letters, digits, _, - and jamo), numbered from 1; 0 for
 * any other, which no word holds. Fixed, so that a trie's rows never change width as words come.
 */
const letterOf = new Uint8Array(65536);
const WIDTH = (() => {
  let n = 0;
  // WORD_LETTER's letters are all ASCII or jamo: only those two ranges are tried.
  for (let c = 0; c < 0x318f; c = c === 127 ? 0x3131 : c + 1) if (WORD_LETTER.test(String.fromCharCode(c))) letterOf[c] = ++n;
  return n + 1;
})();

/**
 * A trie of words, its edges in one flat table: `next[node * WIDTH + letter]` is the node after
 * `letter` (0 for none: no edge leads back to the root); `ends[node]` the word that ends there, or -1.
 * A map keyed by node and letter cost most of the walk.
 *
 * An answer is read through it in one pass, one step a letter, as an Aho–Corasick automaton: `go`
 * is `next` with every missing edge filled in by where the longest suffix read so far leads (a
 * letter no word holds leads back to the root), and `dict[node]` is the nearest node down that
 * suffix chain where a word ends (0 for none). A walk of the trie from every position of the
 * answer took five steps or so a letter, each a look into a table of megabytes. The automaton is
 * built again before a walk when words were added since the last: a word may add only an end to
 * a path other words made ("kw" after "kwv"), which changes the suffix chains all the same.
 */
class Trie {
  next = new Int32Array(64 * WIDTH);
  ends = new Int32Array(64).fill(-1);
  nodes = 1;
  private go: Uint16Array | Int32Array = new Uint16Array(WIDTH);
  private dict = new Int32Array(1);
  /** Words added, and how many of them the automaton was built with. */
  private words = 0;
  private built = 0;

  add(word: string, id: number): void {
    let node = 0;
    for (let i = 0; i < word.length; i += 1) {
      const at = node * WIDTH + letterOf[word.charCodeAt(i)]!;
      let to = this.next[at]!;
      if (to === 0) {
        to = this.nodes++;
        if (to >= this.ends.length) this.grow();
        this.next[at] = to;
      }
      node = to;
    }
    this.ends[node] = id;
    this.words += 1;
  }

  private grow(): void {
    const next = new Int32Array(this.next.length * 2);
    next.set(this.next);
    this.next = next;
    const ends = new Int32Array(this.ends.length * 2).fill(-1);
    ends.set(this.ends);
    this.ends = ends;
  }

  /** Fills in `go` and `dict`, nodes in order of depth: a node's suffix is shorter, so its row is complete before. */
  private build(): void {
    const { next, ends, nodes } = this;
    // Half the table while node numbers fit in 16 bits.
    const go = nodes < 0x10000 ? new Uint16Array(nodes * WIDTH) : new Int32Array(nodes * WIDTH);
    const fail = new Int32Array(nodes);
    const dict = new Int32Array(nodes);
    const queue = new Int32Array(nodes);
    let tail = 0;
    for (let c = 1; c < WIDTH; c += 1) {
      const to = next[c]!;
      go[c] = to;
      if (to !== 0) queue[tail++] = to;
    }
    for (let head = 0; head < tail; head += 1) {
      const node = queue[head]!;
      const row = node * WIDTH;
      const suffixRow = fail[node]! * WIDTH;
      for (let c = 1; c < WIDTH; c += 1) {
        const to = next[row + c]!;
        if (to === 0) {
          go[row + c] = go[suffixRow + c]!;
          continue;
        }
        const suffix = go[suffixRow + c]!;
        fail[to] = suffix;
        dict[to] = ends[suffix]! >= 0 ? suffix : dict[suffix]!;
        go[row + c] = to;
        queue[tail++] = to;
      }
    }
    this.go = go;
    this.dict = dict;
    this.built = this.words;
  }

  /** Marks every word of the trie that occurs in `s`. */
  mark(s: string): void {
    if (this.built !== this.words) this.build();
    const { go, ends, dict } = this;
    let node = 0;
    for (let i = 0; i < s.length; i += 1) {
      node = go[node * WIDTH + letterOf[s.charCodeAt(i)]!]!;
      // The words that end here: this node's and its suffixes'. A word marked already had its
      // suffixes marked with it, so the chain stops there.
      for (let at = ends[node]! >= 0 ? node : dict[node]!; at !== 0; at = dict[at]!) {
        const id = ends[at]!;
        if (found[id] === 1) break;
        found[id] = 1;
      }
    }
  }
}
const caseTrie = new Trie();
const blindTrie = new Trie();

/** Starts the look-ups of a new answer: every word known so far is found present or absent in one walk. */
function lookUpWords(p: Prepared): void {
  if (found.length < wordOf.length) found = new Int8Array(wordOf.length * 2);
  walked = wordOf.length;
  found.fill(2, 0, walked);
  found.fill(0, walked);
  caseTrie.mark(p.text);
  blindTrie.mark(p.lower);
  foundFor = p;
}

/**
 * The needs of every pattern seen, one after another in one table, with their words numbered
 * (case-blind words apart from the others: they are looked up in `lower`): a word is
 * [WORD, its number], a group [ALL or ANY, where it ends, its parts…]. Objects for the groups
 * and lists of their parts lay scattered over the heap: walking them for an answer cost as much as
 * finding the words. The table only grows, as the word lists do: mayMatch is for the grader's own
 * patterns, made once when their modules load, never for a pattern made per answer.
 */
const WORD = 0;
const ALL = 1;
const ANY = 2;
let program = new Int32Array(4096);
let programLength = 0;
function emit(value: number): number {
  if (programLength === program.length) {
    const more = new Int32Array(program.length * 2);
    more.set(program);
    program = more;
  }
  program[programLength] = value;
  return programLength++;
}

function wordId(word: string, lower: boolean): number {
  const key = `${lower ? "i" : "c"}${word}`;
  let id = wordIds.get(key);
  if (id === undefined) {
    id = wordOf.length;
    wordIds.set(key, id);
    wordOf.push({ word, lower });
    (lower ? blindTrie : caseTrie).add(word, id);
  }
  return id;
}

/** Writes a need into the table: where it starts, or -1 for a need of nothing. */
function compile(need: Need, lower: boolean): number {
  if (need === null) return -1;
  if (typeof need === "string") {
    const at = emit(WORD);
    emit(wordId(need, lower));
    return at;
  }
  const at = emit("all" in need ? ALL : ANY);
  const end = emit(0);
  // Words before groups: a word is one look-up, and it settles an `all` it lacks or an `any` it holds.
  // No part is null: needOf leaves out of a sequence what needs nothing, and an alternation with such
  // a part needs nothing as a whole.
  const parts = "all" in need ? need.all : need.any;
  for (const n of parts) if (typeof n === "string") compile(n, lower);
  for (const n of parts) if (typeof n !== "string") compile(n, lower);
  program[end] = programLength;
  return at;
}

/** Whether word number `id` is in the answer. */
function has(id: number, p: Prepared): boolean {
  const f = found[id];
  if (f === 1) return true;
  if (f === 2) return false;
  if (id >= found.length) {
    const more = new Int8Array(wordOf.length * 2);
    more.set(found);
    found = more;
  }
  // A word first met in this answer (its pattern was never used before) is looked up on its own.
  if (id >= walked && found[id] === 0) {
    const w = wordOf[id]!;
    found[id] = (w.lower ? p.lower : p.text).includes(w.word) ? 1 : 2;
  }
  return found[id] === 1;
}

/** Whether the need written at `at` holds in the answer. */
function holds(at: number, p: Prepared): boolean {
  if (program[at] === WORD) return has(program[at + 1]!, p);
  const all = program[at] === ALL;
  const end = program[at + 1]!;
  for (let part = at + 2; part < end; part = program[part] === WORD ? part + 2 : program[part + 1]!) if (holds(part, p) !== all) return !all;
  return all;
}

const known = new WeakMap<RegExp, number>();
/**
 * False only when the pattern cannot match anywhere in the answer: what it needs (needOf) is not
 * in it (looked up in the lower-case text for a case-blind pattern). True says nothing.
 */
export function mayMatch(re: RegExp, p: Prepared): boolean {
  if (foundFor !== p) lookUpWords(p);
  let need = known.get(re);
  if (need === undefined) known.set(re, (need = compile(needOf(re), re.ignoreCase)));
  return need < 0 || holds(need, p);
}
