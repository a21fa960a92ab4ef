import type { Locale, Rubric } from "../content/schema";
import { isNegated, isNegativeClaim } from "./negation";
import { normalizeAnswer } from "./normalize";

export type PointResult = { id: string; label: string; covered: boolean; evidence: string | null };
export type InterviewMistake =
  | { id: string; kind: "wrong-claim"; misconception: string; message: string; evidence: string }
  | { id: string; kind: "order"; message: string; evidence: string };
export type InterviewGrade = { score: number; points: PointResult[]; mistakes: InterviewMistake[] };

/** What a wrong claim costs: two of them sink an otherwise complete answer below a pass. */
export const WRONG_CLAIM_PENALTY = 0.25;
/** A point given out of order still shows knowledge, so it earns half. */
export const OUT_OF_ORDER_CREDIT = 0.5;
const EVIDENCE_MAX = 80;

type Hit = { start: number; end: number; text: string };

/**
 * Grades a free-text answer against a rubric. Patterns of both languages are tried whatever
 * the locale, since Korean answers are full of English terms and learners switch mid-answer;
 * the locale only picks the language of labels and messages.
 */
export function gradeAnswer(rubric: Rubric, answer: string, locale: Locale): InterviewGrade {
  const text = normalizeAnswer(answer);
  const hits = rubric.points.map((p) => firstHit(text, [...p.match.ko, ...p.match.en]));
  const ordered = orderedIndexes(rubric);
  // Order by where a match ends: patterns put context first ("server … FIN") and the token
  // that marks the step last, so the end is where the step is named.
  const at = (i: number) => hits[i]!.end;
  const outOfOrder = outOfOrderIndexes(ordered.map((i) => (hits[i] ? { at: at(i), i } : null)));
  const rank = (k: number) => ordered.indexOf(k);

  const points = rubric.points.map((p, i) => ({ id: p.id, label: p.label[locale], covered: hits[i] !== null, evidence: hits[i] ? evidence(hits[i].text) : null }));
  const mistakes: InterviewMistake[] = [];
  for (const i of outOfOrder) {
    const j = ordered.find((k) => hits[k] !== null && !outOfOrder.has(k) && (rank(k) < rank(i) ? at(k) >= at(i) : at(k) <= at(i)));
    if (j === undefined) continue; // unreachable: a point left out of the longest ordered run conflicts with one in it
    const point = rubric.points[i]!;
    const message = orderMessage(point.label[locale], rubric.points[j]!.label[locale], rank(j) < rank(i) ? "after" : "before", locale);
    mistakes.push({ id: `order-${point.id}`, kind: "order", message, evidence: evidence(hits[i]!.text) });
  }
  for (const w of rubric.wrong) {
    const hit = firstHit(text, [...w.match.ko, ...w.match.en], true);
    if (hit) mistakes.push({ id: w.id, kind: "wrong-claim", misconception: w.misconception, message: w.why[locale], evidence: evidence(hit.text) });
  }

  const credit = hits.reduce((sum, h, i) => sum + (h === null ? 0 : outOfOrder.has(i) ? OUT_OF_ORDER_CREDIT : 1), 0);
  const wrongClaims = mistakes.filter((m) => m.kind === "wrong-claim").length;
  const raw = credit / rubric.points.length - WRONG_CLAIM_PENALTY * wrongClaims;
  return { score: Math.round(Math.min(1, Math.max(0, raw)) * 100) / 100, points, mistakes };
}

function firstHit(text: string, patterns: string[], skipNegated = false): Hit | null {
  let best: Hit | null = null;
  for (const p of patterns) {
    for (const m of text.matchAll(new RegExp(p, "giu"))) {
      if (m[0].length === 0) continue;
      const hit = { start: m.index, end: m.index + m[0].length, text: m[0] };
      if (skipNegated && isNegated(text, hit.start, hit.end, isNegativeClaim(p))) continue;
      if (!best || hit.start < best.start) best = hit;
      break;
    }
  }
  return best;
}

/**
 * The covered points outside a longest run that keeps the rubric's order: the fewest points
 * to call misplaced (SYN+ACK named before SYN misplaces one point, not every later one).
 */
export function outOfOrderIndexes(hits: ({ at: number; i: number } | null)[]): Set<number> {
  const covered = hits.filter((h) => h !== null);
  // O(n²) longest increasing run: a rubric has a handful of steps.
  const best: number[] = covered.map(() => 1);
  const prev: number[] = covered.map(() => -1);
  covered.forEach((a, ai) =>
    covered.slice(0, ai).forEach((b, bi) => {
      if (b.at < a.at && best[bi]! + 1 > best[ai]!) {
        best[ai] = best[bi]! + 1;
        prev[ai] = bi;
      }
    }),
  );
  let end = best.indexOf(Math.max(0, ...best));
  const keep = new Set<number>();
  while (end >= 0) {
    keep.add(covered[end]!.i);
    end = prev[end]!;
  }
  return new Set(covered.filter((c) => !keep.has(c.i)).map((c) => c.i));
}

function orderedIndexes(rubric: Rubric): number[] {
  if (rubric.ordered === true) return rubric.points.map((_, i) => i);
  if (rubric.ordered === false) return [];
  return rubric.ordered.map((id) => rubric.points.findIndex((p) => p.id === id));
}

function evidence(text: string): string {
  const t = text.trim();
  return t.length > EVIDENCE_MAX ? `${t.slice(0, EVIDENCE_MAX - 1)}…` : t;
}

function orderMessage(point: string, other: string, side: "before" | "after", locale: Locale): string {
  if (locale === "ko") return `순서가 맞지 않습니다: "${point}"는 "${other}"보다 ${side === "after" ? "뒤에" : "앞에"} 일어납니다.`;
  return `Out of order: "${point}" comes ${side} "${other}".`;
}
