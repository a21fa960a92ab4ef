import { jamo } from "./text";

/**
 * Where a Korean predicate ends: a Korean sentence strings several predicates into one clause with
 * connective endings that the clause splitter does not cut at ("…차지해 한도에 걸려 새 연결을 못
 * 엽니다", "FIN을 받지 못해 …에 머뭅니다"), and a negation belongs to the predicate it ends, not to
 * the ones before or after it. Read over the jamo text, one word at a time, linear in its length.
 */

// A word ending that joins its predicate to the next one: -고, -며, -면서, -므로, -니까, -지만,
// -는데, -다가, -아서/-어서, and the bare -아/-어 of 해, 돼, 걸려, 묶여, 막혀, 끊겨, 끊어져, 채워,
// 받아, 넣어.
const CONNECTIVE_END = new RegExp(
  `(?:${[
    "고",
    "며",
    "면서",
    "므로",
    "니까",
    "으니",
    "되니",
    "하니",
    "지만",
    "는데",
    "은데",
    "다가",
    "해",
    "돼",
    "되어",
    "하여",
    "려",
    "여",
    "혀",
    "겨",
    "져",
    "쳐",
    "워",
  ]
    .map(jamo)
    .join("|")}|[ㅏㅓㅐㅕㅘㅝㅙ]ㅅㅓ|(?<=[ㄱ-ㅎ])ㅇ[ㅏㅓ])$`,
);
// Words with those endings that are no predicate: postpositions ("…를 위해", "…에 대해", "…를 거쳐")
// and nouns (이해, 피해, 용어, 단어).
const NOT_PREDICATE = new RegExp(
  `^(?:${[
    "위해",
    "대해",
    "의해",
    "통해",
    "인해",
    "관해",
    "비해",
    "향해",
    "더불어",
    "아울러",
    "이어",
    "앞서",
    "덧붙여",
    "걸쳐",
    "거쳐",
    "이해",
    "방해",
    "피해",
    "손해",
    "용어",
    "단어",
    "언어",
    "영어",
    "한국어",
  ]
    .map(jamo)
    .join("|")})$`,
);
// An auxiliary after the ending continues the same predicate: 잡고 있지 않다, 남아 있다, 보내 주고,
// 닫아 버리다, 쌓여 가다, 끊어 지다, 하고 싶다.
const AUXILIARY = new RegExp(
  `^(?:${[
    "있",
    "없",
    "주",
    "줘",
    "준",
    "줄",
    "줍",
    "버리",
    "버려",
    "버린",
    "놓",
    "두",
    "둔",
    "둬",
    "봐",
    "져",
    "졌",
    "진다",
    "집니",
    "지는",
    "지고",
    "지며",
    "가",
    "간",
    "갔",
    "갑",
    "갈",
    "오",
    "온",
    "왔",
    "옵",
    "올",
    "싶",
    "드리",
    "대",
  ]
    .map(jamo)
    .join("|")})`,
);

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}
/** `[.,;:!?)\]]` and the like after a word: not part of its ending. */
function isPunctuation(c: number): boolean {
  return c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 41 || c === 93 || c === 0x3002;
}

/**
 * The end (an index into `text`) of the predicate that the words from `from` belong to: the end
 * of the first word after `from` that closes its predicate with a connective and is followed by
 * another predicate's words; `text.length` when none does.
 */
export function predicateEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    while (i < text.length && isSpace(text.charCodeAt(i))) i += 1;
    const start = i;
    while (i < text.length && !isSpace(text.charCodeAt(i))) i += 1;
    let end = i;
    while (end > start && isPunctuation(text.charCodeAt(end - 1))) end -= 1;
    if (end === start) continue;
    const word = text.slice(start, end);
    if (!CONNECTIVE_END.test(word) || NOT_PREDICATE.test(word)) continue;
    let next = i;
    while (next < text.length && isSpace(text.charCodeAt(next))) next += 1;
    // The last word of the text ends the clause anyway.
    if (next >= text.length) continue;
    if (AUXILIARY.test(text.slice(next, next + 8))) continue;
    return i;
  }
  return text.length;
}
