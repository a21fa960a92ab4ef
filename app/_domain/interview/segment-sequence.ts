import { spokenFlags } from "../tcp/spoken";
/**
 * Grades a spoken or typed segment sequence ("SYN → SYN+ACK → ACK") against the expected one.
 * A FIN's ACK bit is optional (textbooks draw FIN and FIN+ACK alike) and PSH is ignored.
 */
const SEGMENT = /\b(SYN|ACK|FIN|RST)\b(?:\s*[+/&-]\s*\b(SYN|ACK|FIN|RST)\b)*/giu;

export function segmentKey(flags: readonly string[]): string {
  const set = new Set(flags.map((f) => f.toUpperCase()).filter((f) => f !== "PSH"));
  if (set.has("FIN")) set.delete("ACK");
  return spokenFlags([...set]);
}

/** The segments named in an answer, in order, as keys. "SYN-ACK" is one segment, not two. */
export function segmentsIn(text: string): string[] {
  return [...text.normalize("NFKC").matchAll(SEGMENT)].map((m) => segmentKey(m[0].split(/[^A-Za-z]+/).filter(Boolean)));
}

/** Longest common subsequence over the longer of the two: extra or missing segments both cost. */
export function gradeSegmentSequence(expected: readonly string[], text: string): { score: number; given: string[] } {
  const given = segmentsIn(text);
  const want = expected.map((e) => segmentKey(e.split("+")));
  const table = Array.from({ length: want.length + 1 }, () => new Array<number>(given.length + 1).fill(0));
  for (let i = 1; i <= want.length; i += 1)
    for (let j = 1; j <= given.length; j += 1)
      table[i]![j] = want[i - 1] === given[j - 1] ? table[i - 1]![j - 1]! + 1 : Math.max(table[i - 1]![j]!, table[i]![j - 1]!);
  const longest = Math.max(want.length, given.length);
  return { score: longest === 0 ? 0 : Math.round((table[want.length]![given.length]! / longest) * 100) / 100, given };
}
