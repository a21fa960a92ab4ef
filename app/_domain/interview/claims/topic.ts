import { ko } from "./lexicon";
import { matchesOf, someMatch } from "./matches";
import { antecedent } from "./reference";
import type { Pattern } from "./practice";
import type { Prepared } from "./text";

// A name set against the subject is not what the sentence is about: "unlike TIME_WAIT, …", "not
// TIME_WAIT but …", "TIME_WAIT와 달리", "TIME_WAIT가 아니라", "TIME_WAIT보다". The frame is the
// grammar of a comparison, whatever is compared.
// So is a name the subject is likened to ("RST is just a faster FIN: it …"): the subject is what the words are about.
const SET_AGAINST_BEFORE =
  /\b(?:unlike|rather\s+than|instead\s+of|as\s+opposed\s+to|other\s+than|apart\s+from|different\s+from|compared\s+(?:with|to)|not|nor|isn't|is\s+not|aren't|are\s+not)\s+(?:(?:the|a|an|in|to)\s+)?$|\bis\s+(?:just|simply|basically|essentially|merely|only)\s+(?:a|an|like\s+(?:a|an)?)\s*(?:\w+\s+)?$/i;
const SET_AGAINST_AFTER = ko(
  "^\\s*(?:상태\\s*|state\\s+)?(?:(?:와|과|하고|이랑|랑)\\s*(?:는\\s*)?(?:달리|다르게|다른|달라|구별|구분|혼동|헷갈|비교)|(?:가|이)\\s*아니(?:라|고)|(?:가|이)?\\s*아닌\\s|보다|대신|말고)",
);
/** Whether the name at text[start, end) is set against the subject of its sentence ("unlike X", "X와 달리"). */
export function setAgainst(text: string, start: number, end: number): boolean {
  return SET_AGAINST_BEFORE.test(text.slice(Math.max(0, start - 24), start)) || SET_AGAINST_AFTER.test(text.slice(end, end + 24));
}

/** The names of a family in a span, each with whether it is set against the subject. */
function namesIn(p: Prepared, family: RegExp, start: number, end: number): { at: number; name: string; contrast: boolean }[] {
  return matchesOf(family, p.text.slice(start, end)).map((m) => {
    const at = start + m.index;
    return { at, name: m[0], contrast: setAgainst(p.text, at, at + m[0].length) };
  });
}

// A sentence that opens on a subject of its own ("half-close에서는 …", "4-way인 이유는 …", "In a
// half-close, …") is about that subject, not about a state named in an earlier sentence. Sides,
// pointers back and discourse adverbs open no subject ("서버 쪽에서는", "이 상태에서는", "In practice,").
const OWN_SUBJECT = ko(
  "^\\s*(?:[-*•]|\\d+[.)])?\\s*(?!(?:이|그|해당|위의?|이러한|이런|그런|이때|그때|이\\s*때|그\\s*때)(?:\\s|$))(?:\\S+\\s+){0,2}?(?!\\S*(?:클라이언트|서버|호스트|상대|쪽|측|수신자|송신자|상태|대기|동안))\\S+(?:에서는|의\\s*경우(?:에는|에)?|(?<!\\s)인\\s*이유는|(?<=[a-z0-9\\u3131-\\u318e])(?:이)?란\\s)|^\\s*(?:[-*•]\\s*)?(?:in|during|with|for|under)\\s+(?!(?:this|that|these|those|it|such|practice|fact|short|general|other|turn|addition|particular|contrast|theory|reality|summary|example|instance|both|each|either|the\\s+(?:same|former|latter|meantime|meanwhile|end))\\b)(?!(?:a\\s+|an\\s+|the\\s+)?(?:2\\s*MSL|MSL|wait|waiting|timeout|timer|state)\\b)(?:a\\s+|an\\s+|the\\s+)?(?!(?:client|server|host|peer|sender|receiver|side)\\b)[\\w-]+(?:\\s+[\\w-]+){0,3},",
);

/** Whether a span names `re` other than set against its subject ("CLOSE_WAIT is not TIME_WAIT" names CLOSE_WAIT only). */
export function namedAsSubject(p: Prepared, re: RegExp, start: number, end: number): boolean {
  // namesIn(…).some(…) without the list of names for every clause a pattern looks at.
  return someMatch(re, p.text.slice(start, end), (m) => !setAgainst(p.text, start + m.index, start + m.index + m[0].length));
}

/**
 * Whether a match is about the pattern's topic: the member of its family named nearest before it
 * in its sentence (else the first after it there: Korean names the topic last, "… 기다리는 상태가
 * TIME_WAIT다"); in a sentence that names none, the last one named before ("이 상태에서는 …"), or
 * one the next sentence names as what was just told ("이 과정을 TIME_WAIT라고 한다"); with nothing
 * named at all, the rubric's topic. A name set against the subject ("unlike TIME_WAIT") counts for
 * none of these, and a sentence that sets the topic itself against its subject is not about it.
 * A sentence that opens on a subject of its own takes nothing from the sentences before it.
 */
export function aboutTopic(p: Prepared, pat: Pattern, si: number, at: number, end: number, topic: string | undefined): boolean {
  const family = pat.family!;
  const needs = pat.needs!;
  const sentence = p.sentences[si]!;
  const here = namesIn(p, family, sentence.start, sentence.end).filter((n) => n.at < at || n.at >= end);
  // "Unlike TIME_WAIT, a half-closed socket still receives …": the sentence says what it is not about.
  if (here.some((n) => n.contrast && needs.test(n.name)) && !here.some((n) => !n.contrast && needs.test(n.name))) return false;
  // "이 상태는 FIN_WAIT_2와 달리 …", "This state, unlike FIN_WAIT_2, …": pointing back, the sentence is
  // about the state named last before it, whatever else it names.
  const previous = p.sentences[si - 1];
  if (previous && antecedent(p, si)) {
    const last = namesIn(p, family, previous.start, previous.end).findLast((n) => !n.contrast);
    if (last) return needs.test(last.name);
  }
  // Words that describe the name set against the subject are about that name: a Korean modifier
  // before it ("정상적으로 종료하는 FIN과 달리 RST는 …") or an English relative clause after it ("Unlike
  // FIN, which closes gracefully, RST …").
  const before = here.findLast((n) => n.at < at);
  const after = here.find((n) => n.at >= end);
  if (before?.contrast && RELATIVE_AFTER_NAME.test(p.text.slice(before.at + before.name.length, at))) return false;
  if (!before && after?.contrast) return false;
  // A state the claim itself names ("… TIME_WAIT로 넘어간다") is what it says, not what it is about.
  const own = here.filter((n) => !n.contrast);
  const named = own.findLast((n) => n.at < at) ?? own.find((n) => n.at >= end);
  if (named) return needs.test(named.name);
  if (OWN_SUBJECT.test(p.text.slice(sentence.start, sentence.end))) return false;
  const last = namesIn(p, family, 0, sentence.start).findLast((n) => !n.contrast);
  if (last) return needs.test(last.name);
  const next = p.sentences[si + 1];
  if (next && NAMES_WHAT_WAS_TOLD.test(p.text.slice(next.start, next.end)) && needs.test(p.text.slice(next.start, next.end))) return true;
  return !!pat.topic && pat.topic === topic;
}
const RELATIVE_AFTER_NAME = /^[^,;.]{0,20},\s*(?:which|that|who)\b[^,;.]*$/i;
const NAMES_WHAT_WAS_TOLD = ko(
  "^\\s*\\(?\\s*(?:이를|이것을|이것이|이게|이\\s*(?:과정|상태|단계|시간)(?:을|를|이|은)?|그\\s*(?:과정|상태)(?:을|를|이|은)?|this\\s+(?:is|state|wait|period)|that\\s+is|it\\s+is\\s+called)",
);
