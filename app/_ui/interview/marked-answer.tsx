import { fill } from "@/app/_i18n/fill";
import type { Messages } from "@/app/_i18n/messages";

export type Mark = { key: string; kind: "point" | "mistake"; n: number; text: string; spans: [number, number][] };

/** The id of the first highlight of a mark, for "show in answer" links. */
export const markId = (key: string) => `mark-${key}`;

/**
 * The learner's answer with the words that earned each point and the words that made each
 * mistake marked: a solid underline and ✓n for a point, a wavy underline and ⚠n for a mistake
 * (never colour alone), each highlight focusable by keyboard and read out with what it marks.
 * Shown as text, never as HTML.
 */
export function MarkedAnswer({ answer, marks, t }: { answer: string; marks: Mark[]; t: Messages["interview"]["marks"] }) {
  const cuts = new Set([0, answer.length]);
  for (const m of marks) for (const [a, b] of m.spans) if (a < b && b <= answer.length) cuts.add(a).add(b);
  const points = [...cuts].sort((a, b) => a - b);
  const firstOf = new Map<string, number>();
  for (const m of marks) if (m.spans.length) firstOf.set(m.key, Math.min(...m.spans.map((s) => s[0])));
  const parts = points.slice(0, -1).map((start, i) => {
    const end = points[i + 1]!;
    const inside = marks.filter((m) => m.spans.some(([a, b]) => a <= start && end <= b));
    return { start, end, inside };
  });
  return (
    <p className="whitespace-pre-wrap break-words leading-8" data-testid="marked-answer">
      {parts.map(({ start, end, inside }) => {
        const text = answer.slice(start, end);
        if (!inside.length) return <span key={start}>{text}</span>;
        const mistake = inside.some((m) => m.kind === "mistake");
        const owner = inside.find((m) => firstOf.get(m.key) === start);
        const said = inside.map((m) => fill(m.kind === "point" ? t.point : t.mistake, { n: m.n, text: m.text })).join("; ");
        return (
          <mark
            key={start}
            {...(owner ? { id: markId(owner.key) } : {})}
            tabIndex={0}
            data-kind={mistake ? "mistake" : "point"}
            className={`rounded-sm bg-transparent px-0.5 text-fg underline underline-offset-4 outline-offset-2 focus-visible:outline-2 focus-visible:outline-accent ${mistake ? "decoration-bad decoration-wavy decoration-2 bg-[color-mix(in_srgb,var(--bad)_12%,transparent)]" : "decoration-good decoration-2 bg-[color-mix(in_srgb,var(--good)_12%,transparent)]"}`}
          >
            {text}
            <sup aria-hidden="true" className={`ml-0.5 font-semibold ${mistake ? "text-bad" : "text-good"}`}>
              {inside.map((m) => `${m.kind === "point" ? "✓" : "⚠"}${m.n}`).join(" ")}
            </sup>
            <span className="sr-only"> ({said})</span>
          </mark>
        );
      })}
    </p>
  );
}
