import { assemble, disassembleCompleteCharacter } from "es-hangul";
import { ko } from "./lexicon";

/**
 * Korean relative clauses, read by the verb's ending rather than by a list of verbs. A verb that
 * modifies the noun after it ends in an adnominal ending: -ㄴ/-은 (보낸, 받은, 요청한), -는 (보내는,
 * 받는), -던 (받던), -ㄹ/-을 (보낼, 받을). The noun after it is what the clause is about: "FIN을
 * 받은 서버" is the server that received it, "서버가 보낸 FIN" the FIN the server sent.
 *
 * Words come as the prepared text spells them (taken apart into jamo); they are put back together
 * with es-hangul to look at the last syllable.
 */

// The nouns after which an adnominal verb makes a time or a manner, not a relative clause:
// "보낸 뒤", "받는 동안", "보낼 수", "받은 것", with any particle after them.
const DEPENDENT_NOUN = ko(
  "^(?:뒤|후|다음|때|동안|것|거|수|적|지|뿐|듯|채|대로|만큼|경우|이후|직후|순간|즉시|덕분|탓|바람|줄|데|만)(?:에|에는|엔|에도|이|가|은|는|을|를|의|로|으로|부터|까지|도|만|이다|다)?$",
  "",
);

/** The lexicon's verbs (to send, to acknowledge, to connect) that are also nouns ending in ㄴ or ㄹ. */
const VERBAL_NOUNS = new Set(["확인", "송신", "수신", "전달", "승인", "연결"]);

/** A stem whose adnominal forms need no lexicon: 하다, 되다, 있다, 없다 ("전송한", "종료된", "있는"). */
const LIGHT_STEMS = new Set(["하", "되", "있", "없"]);

/**
 * Whether a word (in jamo) ends in an adnominal ending. `predicate` says whether the word is known
 * to be a verb (it holds one of the lexicon's verbs); without it, only endings that no noun with a
 * particle can have count: -는/-던 after a final consonant (a noun would take 은 there: 받는, 닫는,
 * 있는), and the light stems 하/되/있/없 with an adnominal ending.
 */
export function adnominalWord(word: string, predicate: boolean): boolean {
  // A word is at most 30 letters taken apart (lexicon.ts): a longer run is no verb. Every adnominal
  // ending ends in ㄴ or ㄹ: any other word is settled without putting its syllables together,
  // which costs tens of microseconds; the rest are kept once read.
  if (word.length > 30 || !mayBeAdnominal(word)) return false;
  const key = predicate ? `+${word}` : word;
  let found = readings.get(key);
  if (found === undefined) {
    found = readEnding(word, predicate);
    if (readings.size < 20_000) readings.set(key, found);
  }
  return found;
}
const readings = new Map<string, boolean>();

/** Whether a word (in jamo) ends in ㄴ or ㄹ, as every adnominal ending does: the cheap test first. */
export function mayBeAdnominal(word: string): boolean {
  return mayBeAdnominalAt(word, word.length);
}
/** `mayBeAdnominal` of the word that ends at text[end - 1], without cutting it out. */
export function mayBeAdnominalAt(text: string, end: number): boolean {
  const last = text.charCodeAt(end - 1);
  return last === 0x3134 || last === 0x3139;
}

function readEnding(word: string, predicate: boolean): boolean {
  const syllables = assemble([...word]);
  const last = syllables.at(-1);
  const parts = last ? disassembleCompleteCharacter(last) : undefined;
  if (!last || !parts) return false;
  // 확인, 송신, 전달: a verb of the lexicon written as its bare noun ("서버가 확인 응답으로 ACK를
  // 보낸다") ends in ㄴ or ㄹ as part of the noun; its adnominal forms are 확인한, 전달할.
  if (VERBAL_NOUNS.has(syllables.replace(/^재/, ""))) return false;
  const before = syllables.at(-2);
  const beforeParts = before ? disassembleCompleteCharacter(before) : undefined;
  if (last === "는" || last === "던") {
    if (!beforeParts) return false;
    if (beforeParts.jongseong !== "" || LIGHT_STEMS.has(before!)) return true;
    return predicate;
  }
  // The last letter is ㄴ or ㄹ (mayBeAdnominal) and no double final ends in either, so a whole last
  // syllable has it as its final: -ㄴ or -ㄹ.
  // 한/할/된/될: the stem 하 or 되 with -ㄴ or -ㄹ; 있은/없을 and the like.
  const stem = assemble([parts.choseong, parts.jungseong]);
  if (LIGHT_STEMS.has(stem) && syllables.length > 1) return true;
  if ((last === "은" || last === "을") && beforeParts && LIGHT_STEMS.has(before!)) return true;
  // 은/을/ㄴ/ㄹ on anything else is also a noun's particle ("연결은", "FIN을") or a noun ("시간"): only a verb's.
  return predicate;
}

/** Whether the word after an adnominal verb heads a relative clause (a noun), not a time or manner ("뒤", "동안"). */
export function headsRelative(nextWord: string): boolean {
  const word = nextWord.replace(/[^\u3131-\u318eA-Za-z0-9_-].*$/, "");
  return !!word && !DEPENDENT_NOUN.test(word);
}

/**
 * Whether one of the two words after `from` (the rest of the word at `from`, a particle, is
 * skipped) is a verb in adnominal form with a noun after it: "서버가 (FIN을) 보낸 …" puts the
 * server inside a relative clause. `predicate` says whether text[start, end) holds a known verb;
 * it is asked in the coordinates of a longer text in which `text` starts at `offset`.
 */
export function relativeAfter(text: string, from: number, end: number, predicate: (start: number, end: number) => boolean, offset = 0): boolean {
  const count = wordBounds(text, from, end, 4, BOUNDS);
  for (let i = 1; i <= 2 && i < count - 1; i += 1) {
    // Read out of the shared buffer before the callback runs, which could fill it again.
    const s = BOUNDS[2 * i]!;
    const e = BOUNDS[2 * i + 1]!;
    const nextStart = BOUNDS[2 * i + 2]!;
    const nextEnd = BOUNDS[2 * i + 3]!;
    if (mayBeAdnominalAt(text, e) && adnominalWord(text.slice(s, e), predicate(offset + s, offset + e))) return headsRelative(text.slice(nextStart, nextEnd));
  }
  return false;
}

// "…했다는 / 끝났다는 / 보낸다는": a verb's 다 with the adnominal -는, a clause told as content ("…는 신호").
// Not 라는, which after a noun names it ("FIN이라는 세그먼트를 보낸다" keeps its subject).
const QUOTED_END = /ㄷㅏㄴㅡㄴ$/;

/**
 * Whether one of the three words after the side whose name ends at `from` ends a quoted clause: "서버가
 * 연결을 종료했다는 신호를 기다리다가" waits for news of the server's close, and the server is the
 * subject of that news only, never of the sentence.
 */
export function quotedAfter(text: string, from: number, end: number): boolean {
  // The name's own particle, then up to three words of the quoted clause ("데이터를 다 보냈다는").
  const count = wordBounds(text, from, end, 4, BOUNDS);
  for (let i = 1; i < count; i += 1) if (QUOTED_END.test(text.slice(BOUNDS[2 * i], BOUNDS[2 * i + 1]))) return true;
  return false;
}

/**
 * Up to `n` whitespace-separated words of text[from, end), the first one possibly cut (where `from`
 * falls inside it). A run longer than a word (30 letters) ends the list: it is not walked over.
 */
export function wordsFrom(text: string, from: number, end: number, n: number): [number, number][] {
  const bounds = new Int32Array(2 * n);
  const out: [number, number][] = [];
  for (let k = 0, count = wordBounds(text, from, end, n, bounds); k < count; k += 1) out.push([bounds[2 * k]!, bounds[2 * k + 1]!]);
  return out;
}

/**
 * `wordsFrom` written into `out` as start, end, start, end, …; returns how many words it found. The
 * callers that run for every subject and segment use one buffer kept here: a list of pairs for each
 * call was a good part of what reading a Korean clause allocated.
 */
export function wordBounds(text: string, from: number, end: number, n: number, out: Int32Array): number {
  let count = 0;
  let i = from;
  while (count < n && i < end) {
    let j = i;
    while (j < end && j - i <= 30 && !isSpace(text.charCodeAt(j))) j += 1;
    if (j - i > 30) break;
    out[2 * count] = i;
    out[2 * count + 1] = j;
    count += 1;
    while (j < end && isSpace(text.charCodeAt(j))) j += 1;
    i = j;
  }
  return count;
}
/** The buffer of wordBounds for this file's and extract.ts's hot callers (never more than 4 words). */
export const BOUNDS = new Int32Array(8);

/** White space as answers write it: a space, a tab, a line end, a no-break or ideographic space. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000;
}
