import { ko, NUMBER_END } from "./lexicon";
import { jamo } from "./text";

/**
 * Numbers an answer gives for TCP's constants, read as one kind of claim (a quantity, its value,
 * its unit) and checked against one table of facts, instead of a pattern per wrong number: the
 * MSL RFC 793/9293 gives as its example (2 minutes), Linux's TIME_WAIT (60 s, TCP_TIMEWAIT_LEN),
 * the MSS a sender assumes when the SYN carries no option (536 for IPv4, 1220 for IPv6) and the
 * number of SYN retries Linux makes by default (tcp_syn_retries, 6).
 */
export type Quantity = { fact: FactId; value: number; unit: string; start: number; end: number };
type FactId = "rfc-msl" | "linux-time-wait" | "default-mss" | "linux-syn-retries";
type Fact = {
  /** The values that are right, in seconds, bytes or a count. */
  values: number[];
  /** Values another check already names (mss-default-1460): not told twice. */
  elsewhere?: number[];
  misconception: string;
  ko: (stated: string) => string;
  en: (stated: string) => string;
};

export const QUANTITY_FACTS: Record<FactId, Fact> = {
  "rfc-msl": {
    values: [120],
    misconception: "msl-misstated",
    ko: (stated) => `RFC 793과 RFC 9293이 예로 드는 MSL은 2분입니다(답에 적힌 값: ${stated}). 이는 공학적 선택이고 구현마다 다릅니다 (RFC 9293 §3.4.2).`,
    en: (stated) =>
      `the MSL that RFC 793 and RFC 9293 give as their example is 2 minutes, not ${stated}; it is an engineering choice, and implementations differ (RFC 9293 §3.4.2).`,
  },
  "linux-time-wait": {
    values: [60],
    misconception: "linux-default-misstated",
    ko: (stated) =>
      `Linux의 TIME_WAIT는 60초입니다(커널 상수 TCP_TIMEWAIT_LEN, 답에 적힌 값: ${stated}). sysctl로 바꿀 수 없고 tcp_fin_timeout과도 무관합니다.`,
    en: (stated) =>
      `Linux holds TIME_WAIT for 60 seconds (the kernel constant TCP_TIMEWAIT_LEN), not ${stated}; no sysctl changes it, tcp_fin_timeout included.`,
  },
  "default-mss": {
    values: [536, 1220],
    elsewhere: [1460],
    misconception: "mss-default-misstated",
    ko: (stated) =>
      `SYN에 MSS 옵션이 없을 때 가정하는 MSS는 IPv4에서 536바이트(576 − 40), IPv6에서 1220바이트입니다(답에 적힌 값: ${stated}) (RFC 9293 §3.7.1, MUST-15).`,
    en: (stated) => `with no MSS option in the SYN a sender assumes 536 bytes for IPv4 (576 − 40) and 1220 for IPv6, not ${stated} (RFC 9293 §3.7.1, MUST-15).`,
  },
  "linux-syn-retries": {
    values: [6],
    misconception: "linux-default-misstated",
    ko: (stated) =>
      `Linux는 기본으로 SYN을 6번 재전송합니다(tcp_syn_retries, 답에 적힌 값: ${stated}). 1초부터 간격을 두 배로 늘려 약 127초 뒤에 connect()가 실패합니다 (RFC 6298).`,
    en: (stated) =>
      `by default Linux retransmits a SYN 6 times (tcp_syn_retries), not ${stated}; with the interval doubling from 1 second, connect() fails after about 127 seconds (RFC 6298).`,
  },
};

// A number that belongs to another quantity named right before it: "MTU(1500)", "MTU 1500에서".
const OTHER_QUANTITY_BEFORE = ko("(?:MTU|header|헤더)\\s*(?:\\(|[:=]|는|은|이|가)?\\s*$");
// A number and its unit: a time, a size or a count. A number glued to letters (2MSL, RFC793) is none.
const DURATION = ko("(?<![\\d.\\w])(\\d+(?:\\.\\d+)?)\\s*(초|분|시간|s\\b|secs?\\b|seconds?\\b|mins?\\b|minutes?\\b|h\\b|hours?\\b)", "gi");
const SIZE = ko(`(?<![\\d.\\w])(\\d{3,})${NUMBER_END}\\s*(bytes?\\b|B\\b|바이트)?`, "gi");
const COUNT = ko("(?<![\\d.\\w])(\\d+)\\s*(번|회|차례|times?\\b|retries\\b|attempts\\b|retransmissions?\\b)", "gi");
// Two values told as a range or a choice ("30초~2분", "between 30 s and 2 min"): no one value is claimed.
const RANGE_AFTER = ko("^\\s*(?:~|-|–|to\\b|or\\b|에서\\s|또는|혹은|이나|나\\s)\\s*\\d");
// …and the value after one ("30초~2분", "between 30 s and 2 min"'s first end, "2분 또는 30초"'s second choice).
const RANGE_BEFORE = ko("(?:[~–-]|\\bbetween|\\bor|또는|혹은|이나)\\s*$");
const HEDGED = ko(
  "보통|대개|일반적|흔히|주로|예를\\s*들|예시|\\btypical|\\busually|\\bcommonly|\\boften|\\bfor\\s+example|\\be\\.g\\.|\\bsay\\b|\\baround|\\babout|\\broughly|약\\s*\\d|정도|쯤",
);
const OTHER_SYSTEM = ko("Windows|윈도|BSD|mac\\s*OS|Solaris");
const SYSTEM = ko("Linux|리눅스|Windows|윈도|BSD|mac\\s*OS|Solaris|커널|\\bkernel");

// What each fact's sentence must name, and the words that make it another fact's.
const MSL = ko("(?<![\\d.]\\s*|[×x*]\\s*|two\\s+|twice\\s+(?:the\\s+)?)\\bMSL\\b(?!\\s*[×x*]\\s*2|\\s*(?:\\([^)]{0,40}\\)\\s*)?(?:의\\s*)?(?:두|2)\\s*배)");
const TWO_MSL = ko("(?<![\\d.])2\\s*[×x*]?\\s*MSL\\b|\\bMSL\\s*[×x*]\\s*2\\b");
const halfSeconds = (v: number, u: string) => seconds(v, u) / 2;
const RFC = ko("RFC|명세|표준|규격|\\bspecification|\\bstandard");
const TIME_WAIT = /TIME[-_ ]?WAIT/i;
const LINUX = ko("Linux|리눅스");
const MSS = ko("MSS|maximum\\s+segment\\s+size|최대\\s*세그먼트\\s*(?:크기|사이즈)");
const DEFAULT_MSS = ko(
  "기본|디폴트|\\bdefault|옵션(?:이|을)?\\s*(?:없|안\\s*보|보내지\\s*않)|\\bwithout\\s+(?:an?\\s+|the\\s+)?(?:MSS\\s+)?option|\\bno\\s+MSS\\s+option|\\bif\\s+(?:the\\s+)?(?:SYN\\s+)?(?:carries|has|includes)\\s+no",
);
const SYN_RETRIES = ko(
  "SYN\\S*\\s*(?:\\S+\\s+){0,2}?(?:재전송|재시도|재송신)|\\bretr(?:y|ies|ansmits?|ansmissions?)\\s+(?:\\w+\\s+){0,2}?(?:a\\s+|the\\s+)?SYN\\b|\\bSYN\\s+retr(?:y|ies|ansmissions?)",
);
const ANY_NAME = ko("MSL|MSS|TIME|SYN|최대|maximum");
const BY_DEFAULT = ko("기본|디폴트|\\bdefault");

/** A time in seconds. */
function seconds(value: number, unit: string): number {
  const u = unit.toLowerCase();
  if (u === jamo("분") || u.startsWith("min")) return value * 60;
  if (u === jamo("시간") || u === "h" || u.startsWith("hour")) return value * 3600;
  return value;
}

/** The first number of `re` in text[from, to) that is not one end of a range, with its offset. */
function firstValue(re: RegExp, text: string, from: number, to: number): RegExpExecArray | null {
  re.lastIndex = 0;
  const span = text.slice(from, to);
  for (let m = re.exec(span); m; m = re.exec(span)) {
    if (m[0] === "") {
      re.lastIndex += 1;
      continue;
    }
    const before = span.slice(Math.max(0, m.index - 12), m.index);
    if (RANGE_AFTER.test(span.slice(m.index + m[0].length)) || RANGE_BEFORE.test(before) || OTHER_QUANTITY_BEFORE.test(before)) continue;
    m.index += from;
    return m;
  }
  return null;
}

/**
 * The quantities a sentence states: the fact is the one whose names the sentence holds (the MSL
 * beside an RFC, TIME_WAIT beside Linux, the MSS beside a default or a missing option, SYN retries
 * beside a default), its value the first number with a fitting unit after that name. A value told
 * as typical, approximate or one of a range is no claim of a constant.
 */
export function readQuantities(text: string, sentences: { start: number; end: number }[]): Quantity[] {
  const out: Quantity[] = [];
  if (!DIGIT.test(text)) return out;
  for (const s of sentences) {
    // Every fact is named by a number and one of these letters: most sentences are settled before
    // their text is cut (a sentence without a digit is looked at by character codes, in place).
    if (!hasDigit(text, s.start, s.end)) continue;
    const own = text.slice(s.start, s.end);
    if (!ANY_NAME.test(own) || HEDGED.test(own)) continue;
    if (RFC.test(own) && !SYSTEM.test(own)) {
      take(out, text, own, s, "rfc-msl", MSL, DURATION, seconds);
      // "[RFC 793] 2MSL은 120초": twice the MSL, so the MSL told is half the value, quoted from the name on.
      if (!out.some((q) => q.fact === "rfc-msl" && q.start >= s.start)) take(out, text, own, s, "rfc-msl", TWO_MSL, DURATION, halfSeconds, true);
    }
    if (LINUX.test(own) && !MSL.test(own) && !RFC.test(own)) take(out, text, own, s, "linux-time-wait", TIME_WAIT, DURATION, seconds);
    if (MSS.test(own) && DEFAULT_MSS.test(own)) take(out, text, own, s, "default-mss", MSS, SIZE, asIs);
    if (BY_DEFAULT.test(own) && !OTHER_SYSTEM.test(own) && !SYN_ACK_RETRIES.test(own)) take(out, text, own, s, "linux-syn-retries", SYN_RETRIES, COUNT, asIs);
  }
  return out;
}
// Named once, as take is: readQuantities ran through every sentence with a new pattern and a new
// function for each.
const DIGIT = /\d/;
const SYN_ACK_RETRIES = /SYN\s*[-+/]?\s*ACK|synack|tcp_syn_retries/i;
const asIs = (v: number) => v;
/** Whether text[start, end) holds a digit: `/\d/` on the slice, without cutting it. */
function hasDigit(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i += 1) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}
/** The value of a fact named in a sentence (`own`, at `s` in `text`), read from the name on. */
function take(
  out: Quantity[],
  text: string,
  own: string,
  s: { start: number; end: number },
  fact: FactId,
  name: RegExp,
  values: RegExp,
  toUnit: (v: number, u: string) => number,
  fromName = false,
): void {
  const named = name.exec(own);
  if (!named) return;
  // From the name on: a count may stand inside it ("SYN을 5번 재전송").
  const m = firstValue(values, text, s.start + named.index, Math.min(s.end, s.start + named.index + named[0].length + 60));
  if (!m) return;
  out.push({ fact, value: toUnit(Number(m[1]), m[2] ?? ""), unit: m[2] ?? "", start: fromName ? s.start + named.index : m.index, end: m.index + m[0].length });
}

/** The quantities whose value the facts table says is wrong. */
export function wrongQuantities(quantities: Quantity[]): { quantity: Quantity; fact: Fact }[] {
  return quantities.flatMap((q) => {
    const fact = QUANTITY_FACTS[q.fact];
    return fact.values.includes(q.value) || fact.elsewhere?.includes(q.value) ? [] : [{ quantity: q, fact }];
  });
}
