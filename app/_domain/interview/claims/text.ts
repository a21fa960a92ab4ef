import { disassemble } from "es-hangul";
import { matchesOf } from "./matches";

/**
 * An answer prepared for reading: every Hangul syllable is taken apart into its letters (jamo),
 * so that a stem matches every ending (보내 is a prefix of 보냅니다, 보냄 and 보냈다, 끊 of 끊어),
 * full-width letters and typographic dashes are folded as NFKC does, and `origin[i]` keeps the
 * position in the learner's own text of every character, so evidence can be shown where it was
 * written. Case is kept: state names are told from ordinary words by it (CLOSED, not "closed").
 */
export type Prepared = {
  original: string;
  text: string;
  /** `text` in lower case, same length: concepts are matched case-sensitively on it, which is faster. */
  lower: string;
  /** 16 bits a position while the answer is shorter than 65,536 characters: half the copy. */
  origin: Int32Array | Uint16Array;
  sentences: Sentence[];
};
export type Sentence = { start: number; end: number; clauses: Clause[] };
export type Clause = { start: number; end: number };

// Keyed by code point: a lookup needs no one-character string cut from the answer first.
const cache = new Map<number, string>();
function fold(cp: number): string {
  let out = cache.get(cp);
  if (out !== undefined) return out;
  const ch = String.fromCodePoint(cp);
  out = ch.normalize("NFKC");
  if (/[\u2010-\u2015\u2212]/.test(out)) out = "-";
  else if (/[\u2018\u2019]/.test(out)) out = "'";
  else if (/[\u201c\u201d]/.test(out)) out = '"';
  else if (/[\u00a0\t]/.test(out)) out = " ";
  // Arrows drawn with other glyphs are the plain one the readers know: ⇒ ➡ ⟶ ➔ as →, ⇐ ⬅ ⟵ as ←,
  // and the emoji presentation selector after ➡️ is nothing to read.
  else if (/[\u21d2\u21e8\u2794\u279c\u27a1\u27f6\u27f9\u21a6]/.test(out)) out = "→";
  else if (/[\u21d0\u21e6\u2b05\u27f5\u27f8]/.test(out)) out = "←";
  else if (out === "\ufe0f") out = "";
  else if (/[\uac00-\ud7a3]/.test(out)) out = disassemble(out);
  if (cache.size < 20_000) cache.set(cp, out);
  return out;
}

/** Korean written in syllables, as the prepared text spells it (for patterns written by hand). */
export function jamo(s: string): string {
  let out = "";
  for (const ch of s) out += /[\uac00-\ud7a3]/.test(ch) ? disassemble(ch) : ch;
  return out;
}

/** Whether the ">" at `at` opens a quoted line: only spaces, tabs or other ">" before it on its line. */
function quoteMark(s: string, at: number): boolean {
  for (let k = at - 1; k >= 0; k -= 1) {
    const c = s.charCodeAt(k);
    if (c === 10) return true;
    if (c !== 32 && c !== 9 && c !== 62) return false;
  }
  return true;
}

// Inline HTML as pages copied from a blog or a README carry it ("<b>FIN_WAIT_2</b> 상태", "<br>"): the
// tags are left out as Markdown's marks are. Its "<" and ">" would otherwise read as arrows between peers.
const INLINE_TAG = /<\/?(?:b|strong|em|i|u|s|code|kbd|mark|sup|sub|span|font|br)\b[^<>\n]{0,80}>/iy;
/** The length of the inline HTML tag at `at`, or 0. */
function tagAt(s: string, at: number): number {
  INLINE_TAG.lastIndex = at;
  return INLINE_TAG.test(s) ? INLINE_TAG.lastIndex - at : 0;
}

let originBuffer = new Int32Array(0);
let narrowBuffer = new Uint16Array(0);
// The pieces of the text, kept between calls as the positions are: a list grown from empty for every
// answer was a tenth of what preparing one allocated. Entries past the last answer's are cut off
// before the join; the strings left in it are the cached letters and slices of that last answer.
const parts: string[] = [];
// A state's name written in Hangul, as many Korean notes spell it: "타임 웨이트", "타임웨잇", "클로즈 웨이트",
// "핀 웨이트 2", "라스트 액". It is read as the English name, so every rule that knows TIME_WAIT knows it.
const HANGUL_STATE = /(타임|클로즈|핀)\s?(?:웨이트|웨잇)|(라스트)\s?액/y;
const HANGUL_STATE_NAME: Record<string, string> = { 타임: "TIME_WAIT", 클로즈: "CLOSE_WAIT", 핀: "FIN_WAIT", 라스트: "LAST_ACK" };
function stateInHangul(answer: string, i: number): { name: string; length: number } | null {
  const first = answer.charCodeAt(i);
  // Stryker disable next-line ConditionalExpression: the first letter only spares the pattern most syllables.
  if (first !== 0xd0c0 && first !== 0xd074 && first !== 0xd540 && first !== 0xb77c) return null;
  const before = answer.charCodeAt(i - 1);
  if (before >= 0xac00 && before <= 0xd7a3) return null;
  HANGUL_STATE.lastIndex = i;
  const m = HANGUL_STATE.exec(answer);
  if (!m) return null;
  return { name: HANGUL_STATE_NAME[(m[1] ?? m[2])!]!, length: m[0].length };
}

export function prepare(answer: string): Prepared {
  // One pass, no per-character strings: runs of plain ASCII are copied whole, and positions go to
  // a buffer kept between calls, sized for the longest expansion (a syllable is at most 5 letters
  // once taken apart) and copied out at the length used: a new zeroed array five times the
  // answer's length for every answer cost more than filling it. A position fits in 16 bits while
  // the answer is shorter than 65,536 characters, which halves the copy.
  const size = answer.length * 5 + 1;
  const narrow = answer.length < 0x10000;
  if (narrow && narrowBuffer.length < size) narrowBuffer = new Uint16Array(size);
  if (!narrow && originBuffer.length < size) originBuffer = new Int32Array(size);
  const origin = narrow ? narrowBuffer : originBuffer;
  let count = 0;
  let n = 0;
  let run = 0;
  for (let i = 0; i < answer.length;) {
    const code = answer.charCodeAt(i);
    // Markdown's code spans and bold (`TIME_WAIT`, **FIN_WAIT_2**, __ACK__) are how answers on GitHub and
    // blogs set names apart: the marks are left out, so "`TIME_WAIT`를" reads as "TIME_WAIT를". A single
    // * or _ stays: 2*MSL, FIN_WAIT_2.
    // A quoted line's "> " (Markdown's blockquote) is left out likewise; a ">" inside a line is an arrow.
    const skip =
      code === 96
        ? 1
        : (code === 42 || code === 95) && answer.charCodeAt(i + 1) === code
          ? 2
          : code === 62 && quoteMark(answer, i)
            ? 1 + +(answer.charCodeAt(i + 1) === 32)
            : 0;
    if (skip) {
      if (run < i) parts[count++] = answer.slice(run, i);
      i += skip;
      run = i;
      continue;
    }
    const tag = code === 60 ? tagAt(answer, i) : 0;
    if (tag) {
      if (run < i) parts[count++] = answer.slice(run, i);
      // A line break (<br>) still ends the line; other tags only mark words.
      if ((answer.charCodeAt(i + 1) | 32) === 98 && (answer.charCodeAt(i + 2) | 32) === 114) {
        parts[count++] = "\n";
        origin[n++] = i;
      }
      i += tag;
      run = i;
      continue;
    }
    if (code < 0x80 && code !== 9) {
      origin[n++] = i;
      i += 1;
      continue;
    }
    const named = code >= 0xac00 && code <= 0xd7a3 ? stateInHangul(answer, i) : null;
    if (named) {
      if (run < i) parts[count++] = answer.slice(run, i);
      parts[count++] = named.name;
      // The name's last letter stands for the word's last letter, so a span that ends on it keeps the word whole.
      for (let k = 1; k < named.name.length; k += 1) origin[n++] = i;
      origin[n++] = i + named.length - 1;
      i += named.length;
      run = i;
      continue;
    }
    if (run < i) parts[count++] = answer.slice(run, i);
    const cp = answer.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const f = fold(cp);
    parts[count++] = f;
    for (let k = 0; k < f.length; k += 1) origin[n++] = i;
    i += width;
    run = i;
  }
  if (run < answer.length) parts[count++] = answer.slice(run);
  origin[n] = answer.length;
  parts.length = count;
  const text = count === 1 ? parts[0]! : parts.join("");
  let lower = text.toLowerCase();
  // A few letters change length in lower case (İ); positions must not move.
  if (lower.length !== text.length) lower = [...text].map((c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c)).join("");
  return { original: answer, text, lower, origin: origin.slice(0, n + 1), sentences: splitSentences(text) };
}

/** The learner's own words for a span of the prepared text. */
export function originalSpan(p: Prepared, start: number, end: number): [number, number] {
  const s = p.origin[Math.max(0, Math.min(start, p.origin.length - 1))]!;
  // The end maps through the last character inside the span, so a folded syllable is kept whole.
  const lastInside = p.origin[Math.max(start, Math.min(end - 1, p.origin.length - 1))]!;
  const e = Math.min(p.original.length, lastInside + charLength(p.original, lastInside));
  return [s, Math.max(s, e)];
}

/** What `\s` matches: ASCII and Unicode white space, line ends and the byte-order mark. */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}
/** Whether text[start, end) holds anything but white space: `/\S/` on the slice, without cutting it. */
function hasWord(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i += 1) if (!isSpace(text.charCodeAt(i))) return true;
  return false;
}
/** Whether text[start, end) holds a bracket that opens: ( or [. */
function hasOpening(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 40 || c === 91) return true;
  }
  return false;
}

function charLength(s: string, at: number): number {
  const c = s.codePointAt(at);
  return c !== undefined && c > 0xffff ? 2 : 1;
}

// A sentence ends at . ! ? 。 or a line break, but not inside a number (2.5), an abbreviation
// (e.g.), a list marker (1.) or a dotted name (net.ipv4.tcp_fin_timeout, sysctl.conf).
const WRAPPED_BEFORE = new RegExp(
  `[\\u3131-\\u318e](?:${["가", "는", "은", "을", "를", "에게", "에서", "와", "과", "의", "고", "며", "면서", "면", "서", "지만"].map(jamo).join("|")}),?[ \\t]*$`,
);
// A slash before a side heading its own part ("서버: …, CLOSE_WAIT 상태 / 클라이언트: …") ends the part, as a
// line break between the two would.
const SENTENCE_END = new RegExp(
  `[!?。\\n]|\\.(?![\\d_a-z])|/(?=[ \\t]*(?:${["클라이언트", "서버"].map(jamo).join("|")}|[Cc]lient|[Ss]erver|[AB])[ \\t]*:)`,
  "g",
);
const WRAPPED_EN_LINE = /[a-z][a-z,(]?[ \t]*$/;
const WRAPPED_EN_NEXT = /^[ \t]*(?:[a-z]|\((?!\d))(?![\w()-]*:)/;
// A line that ends in one of these words stops in the middle of a phrase, whatever the next line starts with.
const WRAPPED_EN_WORD = /\b(?:the|a|an|its|their|to|of|with|from|and|or|in|on|for|by|that|is|are|was|were)[ \t]*$/i;
const NEW_ITEM = /^[ \t]*(?:[-*•#>]|\d+[.)]|[A-Z][\w-]*\s*:)/;
const WORD_NEXT = /^[ \t]*[A-Za-z(]/;
const KOREAN_NEXT = /^[ \t]*[\u3131-\u318e]/;
const LIST_NUMBER = /^\s*(?:\d{1,2}|[a-z])$/i;
const ABBREVIATION = /(?:^|\s)(?:e\.g|i\.e|vs|etc)$/i;
function wrappedEnglish(text: string, start: number, at: number): boolean {
  const lineStart = Math.max(start, text.lastIndexOf("\n", at - 1) + 1);
  if (at - lineStart < 40) return false;
  const next = text.slice(at + 1, at + 40);
  if (WRAPPED_EN_WORD.test(text.slice(at - 8, at)) && WORD_NEXT.test(next) && !NEW_ITEM.test(next)) return true;
  return WRAPPED_EN_LINE.test(text.slice(at - 4, at)) && WRAPPED_EN_NEXT.test(next);
}

function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const quoted = quotedRanges(text);
  const connectives = connectivesOf(text);
  // test() rather than a list of matches: every mark is one character, so lastIndex says where it is,
  // and no match array is built for each line and full stop. Nothing in the loop uses SENTENCE_END,
  // and the loop runs until test() fails, which leaves its lastIndex at 0.
  SENTENCE_END.lastIndex = 0;
  while (SENTENCE_END.test(text)) {
    const at = SENTENCE_END.lastIndex - 1;
    const mark = text.charCodeAt(at);
    const lineEnd = mark === 10;
    const fullStop = mark === 46;
    const end = at + 1;
    // "접속해도 될까?" said by a peer in a dialogue line, or "SYN(내 말 들려?)" glossed in brackets,
    // does not end the line's sentence.
    if (!lineEnd && insideQuote(quoted, at, fullStop)) continue;
    // A Korean line wrapped after a particle or a connective ("…보낸 ACK 메세지가⏎도착하지 않으면") goes on.
    if (lineEnd && WRAPPED_BEFORE.test(text.slice(Math.max(start, at - 8), at)) && KOREAN_NEXT.test(text.slice(at + 1, at + 4))) continue;
    // An English paragraph hard-wrapped in the middle of a sentence ("…the method used to establish⏎and
    // tear down…"): a long line that ends in a lower-case word goes on into a line that starts with one,
    // unless that line opens with a label ("tcp_fin_timeout: …").
    if (lineEnd && wrappedEnglish(text, start, at)) continue;
    if (fullStop && (LIST_NUMBER.test(text.slice(start, at)) || ABBREVIATION.test(text.slice(Math.max(start, at - 4), at)))) continue;
    push(out, text, start, end, connectives);
    start = end;
  }
  push(out, text, start, text.length, connectives);
  return out;
}

/**
 * Double-quoted words within one line ("...", “...” folded to "): a peer's line in a dialogue;
 * and a short gloss in brackets ("SYN(내 말 들려?)"), where only a full stop still ends a sentence
 * ("(SYN-SENT, ESTABLISHED…) …" lists, it does not go on).
 */
const QUOTED = /"[^"\n]{1,160}"|\([^()\n]{1,60}\)/g;
/** Whether the mark at `at` stands inside a quotation, or inside a gloss in brackets unless it is a full stop. */
function insideQuote(quoted: [number, number, boolean][], at: number, fullStop: boolean): boolean {
  for (let k = 0; k < quoted.length; k += 1) {
    const [a, b, paren] = quoted[k]!;
    if (at > a && at < b && (!paren || !fullStop)) return true;
  }
  return false;
}
function quotedRanges(text: string): [number, number, boolean][] {
  const out: [number, number, boolean][] = [];
  for (const m of matchesOf(QUOTED, text)) out.push([m.index, m.index + m[0].length - 1, m[0][0] === "("]);
  return out;
}

function push(out: Sentence[], text: string, start: number, end: number, connectives: [number, number][]) {
  if (!hasWord(text, start, end)) return;
  out.push({ start, end, clauses: splitClauses(text, start, end, connectives) });
}

/** Where each Korean or English connective starts and where the clause after it begins, found once over the answer. */
function connectivesOf(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const re of [KO_CONNECTIVE, EN_CONNECTIVE]) for (const m of matchesOf(re, text)) out.push([m.index, m.index + m[0].length]);
  return out;
}

// Clauses end at , ; and at Korean connective endings (보내고, 받으며, 보내면, 보낸 뒤, 있지만,
// 있으므로 ...) and English "and/but/while/then" followed by a new subject, and "when/once" inside a
// sentence ("moves to ESTABLISHED when the client sends the ACK": the ACK is the client's). Nothing splits inside
// brackets, so "SYN-ACK (seq=y, ack=x+1)" stays one. "-고 있다", "-고 싶다" are one predicate with
// its auxiliary ("잡고 있지 않다"), not two clauses, and so is "-고 나다" ("받고 나면", "받고 난 뒤"):
// the clause ends after 나면/나서/난 뒤, where the subject before it still holds. 다음 ends a clause only after a verb (보낸 다음),
// not before a noun (다음 요청, 다음 단계).
const KO_CONNECTIVE = new RegExp(
  `(?<=[\\u3131-\\u318e])(?<!ㄷㅏ|ㄹㅏ|ㅈㅏ|ㄴㅑ)(?:${["고", "며", "면서", "면", "지만", "는데", "은데", "니까", "므로", "아서", "어서", "해서", "여서", "고서", "다가", "는 동안"].map(jamo).join("|")})(?=\\s)(?!\\s*(?:ㅇㅣㅆ|ㅅㅣㅍ|ㄴㅏ(?:ㅁㅕㄴ|ㅅㅓ|ㄴㅣ|ㅈㅏ|ㄴ\\s)))|(?<=[\\u3131-\\u314e][ㅏㅓㅐㅕㅘㅝㅙ])(?<!ㄹㅏ|ㄹㅐ)ㅅㅓ(?=\\s)|(?<=\\s)(?:${["뒤", "후", "뒤에", "후에", "때", "때문에", "경우", "경우에", "경우에는", "경우엔"].map(jamo).join("|")})(?=[\\s,])|(?<=[ㄴㄹ]\\s)(?:${["다음", "다음에"].map(jamo).join("|")})(?=[\\s,])`,
  "g",
);
// A colon after a few words of prose opens a clause of its own when a side follows it: "both sides
// retransmit: the server resends its SYN-ACK, …" (not a label: "Step 1: the client …" has no verb before it).
const EN_CONNECTIVE =
  /(?:\s(?:and then|and|but|while|whereas|then|so|after which)|(?<=[A-Za-z0-9)])\s(?:when|once|as soon as))\s(?=(?:the |a |an |its |it |they |both |each |[AB]\b|client|server|host|peer|active|passive))|:(?<=\b[a-z]+\s+[a-z]+\s+[a-z]{2,}:)\s(?=the (?:client|server|host|peer|sender|receiver|other|first|second|active|passive)\b)/gi;

const FLAG_BEFORE = /\b(?:SYN|ACK|FIN|RST)\s*$/;
const FLAG_AFTER = /^\s*(?:SYN|ACK|FIN|RST)\b/;
const APPOSITION = /^\s*(?:(?:now|still|already|which\s+is|who\s+is)\s+)?(?:in|at)\s+(?:the\s+)?[A-Z][A-Z_-]{3,}|^\s*(?:which|who)\b/;

// Work space of splitClauses, kept between sentences and answers: the cuts of a sentence and the
// bracket depth at each of its letters. A list of cuts grown by push, then sorted (which copies it),
// and a new array of depths for every sentence were most of what splitting an answer allocated.
let cutBuffer = new Int32Array(64);
let depthBuffer = new Uint8Array(256);
function splitClauses(text: string, start: number, end: number, connectives: [number, number][]): Clause[] {
  if (cutBuffer.length < end - start + connectives.length + 1) cutBuffer = new Int32Array(2 * (end - start + connectives.length + 1));
  if (depthBuffer.length < end - start) depthBuffer = new Uint8Array(2 * (end - start));
  const cuts = cutBuffer;
  let count = 0;
  let depth = 0;
  // Depth inside brackets, kept only for a sentence that has any; every letter's is written before it is read.
  const depthAt = hasOpening(text, start, end) ? depthBuffer : null;
  for (let i = start; i < end; i += 1) {
    const c = text.charCodeAt(i);
    if (depthAt) depthAt[i - start] = depth;
    if (c === 40 || c === 91)
      depth += 1; // ( [
    else if ((c === 41 || c === 93) && depth > 0)
      depth -= 1; // ) ]
    else if (depth === 0 && (c === 59 || c === 124))
      cuts[count++] = i + 1; // ; |
    // An apposition stays with its noun: "the peer, now in CLOSE_WAIT, still sends".
    // …nor does a list of flags: "다시 ACK, FIN을 보낸다".
    else if (
      depth === 0 &&
      c === 44 &&
      !APPOSITION.test(text.slice(i + 1, i + 40)) &&
      !(FLAG_BEFORE.test(text.slice(Math.max(start, i - 4), i)) && FLAG_AFTER.test(text.slice(i + 1, i + 6)))
    )
      cuts[count++] = i + 1; // ,
  }
  // The cuts above come in order; each connective's is put in its place among them.
  for (const [at, cut] of connectives)
    if (at >= start && at < end && !depthAt?.[at - start]) {
      let j = count++;
      for (; j > 0 && cuts[j - 1]! > cut; j -= 1) cuts[j] = cuts[j - 1]!;
      cuts[j] = cut;
    }
  // The sentence's end comes last either way.
  cuts[count++] = end;
  const clauses = new Array<Clause>(count);
  let kept = 0;
  let from = start;
  for (let k = 0; k < count; k += 1) {
    const c = cuts[k]!;
    if (c <= from || c > end) continue;
    if (hasWord(text, from, c)) clauses[kept++] = { start: from, end: c };
    from = c;
  }
  clauses.length = kept;
  return clauses;
}
