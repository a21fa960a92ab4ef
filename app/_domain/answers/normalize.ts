/**
 * Tolerant comparison of a typed answer with the expected text. What is forgiven, and why:
 * - case, and full-width forms (NFKC): a Korean IME types ＳＹＮ or ｓｅｑ＝１００;
 * - white space, and spaces around operators: "x + 1" is "x+1";
 * - "-", "_" or a space inside a name: TIME_WAIT (sockets, netstat), TIME-WAIT (RFC 9293)
 *   and "time wait" are one state;
 * - "+" or "/" between two words: SYN+ACK, SYN-ACK and SYN/ACK are one segment;
 * - a Korean particle typed after the answer (the sentence goes on after the blank: "101으로").
 * Never forgiven: digits and operators between numbers, so x+1 is not x-1 and 100 is not 101.
 */

/** What was forgiven, so the learner sees why an answer that looked different was accepted. */
export type Forgiven = "case" | "width" | "spacing" | "separator" | "particle";

const PARTICLES = [
  "으로서",
  "으로",
  "에서",
  "까지",
  "부터",
  "이라고",
  "라고",
  "이다",
  "입니다",
  "은",
  "는",
  "이",
  "가",
  "을",
  "를",
  "로",
  "와",
  "과",
  "의",
  "에",
  "도",
  "만",
  "다",
];

/** The canonical form both sides are compared in. */
export function canonical(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .trim()
    .replace(/\s*([+=,():;→<>/])\s*/g, "$1")
    .replace(/(?<=\p{L})[+/](?=\p{L})/gu, "")
    .replace(/(?<=[\p{L}\p{N}])[\s_\u2010-\u2014-]+(?=[\p{L}\p{N}])/gu, "")
    .replace(/\s+/g, "")
    .replace(/[.。]$/, "");
}

function forgivenBetween(given: string, expected: string): Forgiven[] {
  const out: Forgiven[] = [];
  const g = given.trim();
  const n = g.normalize("NFKC");
  const letters = (x: string) => x.replace(/[^\p{L}]/gu, "");
  const bare = (x: string) => x.toLowerCase().replace(/\s+/g, "");
  if (n !== g) out.push("width");
  if (letters(n) !== letters(expected) && letters(n).toLowerCase() === letters(expected).toLowerCase()) out.push("case");
  if (n.toLowerCase() !== expected.toLowerCase()) out.push(bare(n) === bare(expected) ? "spacing" : "separator");
  return out;
}

export type Match = { ok: boolean; forgiven: Forgiven[] };

/** Whether `given` says `expected`, with what was forgiven to accept it. */
export function matches(given: string, expected: string): Match {
  if (!given.trim()) return { ok: false, forgiven: [] };
  const e = canonical(expected);
  const g = canonical(given);
  if (g === e) return { ok: true, forgiven: forgivenBetween(given, expected) };
  // A particle the learner typed after the answer: only when what is left is the answer.
  for (const p of PARTICLES) {
    if (g.endsWith(p) && !e.endsWith(p) && g.slice(0, -p.length) === e) {
      return { ok: true, forgiven: [...forgivenBetween(given.trim().slice(0, -p.length), expected), "particle"] };
    }
  }
  return { ok: false, forgiven: [] };
}

/** Where two strings part: the common start and end, and the differing middles. */
export type Difference = { before: string; given: string; expected: string; after: string };

export function difference(given: string, expected: string): Difference {
  const g = [...given.trim()];
  const e = [...expected.trim()];
  let start = 0;
  while (start < g.length && start < e.length && g[start] === e[start]) start++;
  let end = 0;
  while (end < g.length - start && end < e.length - start && g[g.length - 1 - end] === e[e.length - 1 - end]) end++;
  return {
    before: e.slice(0, start).join(""),
    given: g.slice(start, g.length - end).join(""),
    expected: e.slice(start, e.length - end).join(""),
    after: e.slice(e.length - end).join(""),
  };
}
