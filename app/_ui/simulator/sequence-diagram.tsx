import { normaliseState, spokenFlags, timerIn, type Step, type StepResult } from "@/app/_domain/tcp";

/** The diagram's own words, in the page's language. */
export type DiagramWords = { client: string; server: string; timeout2msl: string; retransmission: string; noFlags: string; timeoutAt: string; lost: string };

const ENGLISH: DiagramWords = {
  client: "Client",
  server: "Server",
  timeout2msl: "2MSL timeout",
  retransmission: "retransmission timeout",
  noFlags: "(no flags)",
  timeoutAt: "timeout at {side}",
  lost: "(lost)",
};

/** A segment's fields, or a timer: a timeout is TIME-WAIT's 2MSL timer when that side was in TIME-WAIT, else a retransmission timeout. */
function labelParts(step: Step, words: DiagramWords, before?: string): string[] {
  if ("timeout" in step) return [timerIn(normaliseState(before ?? "") ?? "CLOSED") === "2msl" ? words.timeout2msl : words.retransmission];
  const parts = [spokenFlags(step.flags) || words.noFlags, `seq=${step.seq}`];
  if (step.ack !== undefined && step.flags.includes("ACK")) parts.push(`ack=${step.ack}`);
  if (step.len) parts.push(`len=${step.len}`);
  return parts;
}
const label = (step: Step, words: DiagramWords, before?: string) => labelParts(step, words, before).join(" ");

// On a phone the space between the timelines is 320 - 2 × 26 = 268 units; a 13 px monospace
// character is about 7.8 of them, so a label longer than this goes on two lines.
const NARROW_LABEL_CHARS = 30;

/** The label's lines: one, or (narrow, too long) the flags and seq over ack and len. */
function labelLines(step: Step, words: DiagramWords, wide: boolean): string[] {
  const parts = labelParts(step, words);
  const one = parts.join(" ");
  return wide || one.length <= NARROW_LABEL_CHARS ? [one] : [parts.slice(0, 2).join(" "), parts.slice(2).join(" ")].filter(Boolean);
}

// Fields of a step that belong to the arrow (the segment or timer) rather than to a side's state.
const SEGMENT_FIELDS = new Set(["from", "flags", "seq", "ack", "len", "lost", "timeout", "steps"]);

/** Colours by what was wrong: the arrow for a wrong segment, a side's state for a wrong state. */
function colours(result: StepResult | undefined) {
  if (!result) return { arrow: "currentColor", client: "currentColor", server: "currentColor" };
  const wrong = new Set(result.errors.map((e) => e.field));
  const of = (bad: boolean) => (bad ? "var(--bad)" : "var(--good)");
  return { arrow: of([...wrong].some((f) => SEGMENT_FIELDS.has(f))), client: of(wrong.has("client")), server: of(wrong.has("server")) };
}

/**
 * One drawing: `wide` puts the states beside the timelines; narrow (phones) puts them under the
 * arrows, between the timelines and clear of them, at 1:1 scale.
 */
function Drawing({
  steps,
  initial,
  results,
  words,
  wide,
}: {
  steps: Step[];
  initial: { client: string; server: string };
  results?: StepResult[] | undefined;
  words: DiagramWords;
  wide: boolean;
}) {
  const W = wide ? 640 : 320;
  const ROW = wide ? 64 : 84;
  const LEFT = wide ? 170 : 26;
  const RIGHT = W - LEFT;
  const TOP = wide ? 70 : 96;
  const height = TOP + steps.length * ROW + 20;
  const marker = wide ? "arrow-wide" : "arrow-narrow";
  // Narrow: each state under the arrow, just inside its own timeline; wide: beside the timelines.
  const stateX = (side: "client" | "server") => (wide ? (side === "client" ? LEFT - 12 : RIGHT + 12) : side === "client" ? LEFT + 6 : RIGHT - 6);
  const edge = (side: "client" | "server") => ((side === "client") === wide ? "end" : "start");
  // The initial states sit above the timelines' start, so on a phone they may begin at the edge.
  const initialX = (side: "client" | "server") => (wide ? stateX(side) : side === "client" ? 2 : W - 2);
  const initialEdge = (side: "client" | "server") => (wide ? edge(side) : side === "client" ? "start" : "end");
  return (
    <svg viewBox={`0 0 ${W} ${height}`} width="100%" aria-hidden>
      <defs>
        <marker id={marker} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M 0 0 L 10 5 L 0 10 z" fill="context-stroke" />
        </marker>
      </defs>
      <g fontSize="14" fill="currentColor" className="text-fg">
        <text x={wide ? LEFT : 2} y={22} textAnchor={wide ? "middle" : "start"} fontWeight="600">
          {words.client}
        </text>
        <text x={wide ? RIGHT : W - 2} y={22} textAnchor={wide ? "middle" : "end"} fontWeight="600">
          {words.server}
        </text>
        <text x={initialX("client")} y={wide ? 46 : 44} textAnchor={initialEdge("client")} className="fill-muted" fontSize={wide ? 12 : 13}>
          {initial.client}
        </text>
        <text x={initialX("server")} y={wide ? 46 : 44} textAnchor={initialEdge("server")} className="fill-muted" fontSize={wide ? 12 : 13}>
          {initial.server}
        </text>
        <line data-timeline="client" x1={LEFT} y1={wide ? 30 : 54} x2={LEFT} y2={height - 10} stroke="currentColor" strokeOpacity="0.35" strokeWidth="2" />
        <line data-timeline="server" x1={RIGHT} y1={wide ? 30 : 54} x2={RIGHT} y2={height - 10} stroke="currentColor" strokeOpacity="0.35" strokeWidth="2" />
        {steps.map((step, i) => {
          const y = TOP + i * ROW;
          const before = "timeout" in step ? (i === 0 ? initial : steps[i - 1]!)[step.timeout] : undefined;
          const c = colours(results?.[i]);
          const stateY = y + (wide ? 24 : 30);
          return (
            <g key={i}>
              <g color={c.arrow}>
                {"timeout" in step ? (
                  <g>
                    <circle cx={step.timeout === "client" ? LEFT : RIGHT} cy={y} r="9" fill="none" stroke="currentColor" strokeWidth="2" />
                    <path d={`M ${step.timeout === "client" ? LEFT : RIGHT} ${y - 5} v 5 h 4`} stroke="currentColor" strokeWidth="2" fill="none" />
                    <text x={W / 2} y={y + 4} textAnchor="middle" fill="currentColor" fontSize={wide ? 14 : 13}>
                      {label(step, words, before)}
                    </text>
                  </g>
                ) : (
                  <g>
                    <line
                      x1={step.from === "client" ? LEFT : RIGHT}
                      y1={y - 8}
                      x2={step.lost ? (LEFT + RIGHT) / 2 + (step.from === "client" ? 40 : -40) : step.from === "client" ? RIGHT - 2 : LEFT + 2}
                      y2={step.lost ? y + 4 : y + 12}
                      stroke="currentColor"
                      strokeWidth="2"
                      strokeDasharray={step.lost ? "6 4" : undefined}
                      markerEnd={step.lost ? undefined : `url(#${marker})`}
                    />
                    {step.lost ? (
                      <text x={(LEFT + RIGHT) / 2 + (step.from === "client" ? 46 : -58)} y={y + 10} fill="currentColor" fontWeight="700">
                        ✕
                      </text>
                    ) : null}
                    <text x={W / 2} y={y - 14} textAnchor="middle" fill="currentColor" fontFamily="var(--font-mono)" fontSize="13">
                      {labelLines(step, words, wide).map((line, n, all) => (
                        <tspan key={n} x={W / 2} dy={n === 0 ? -16 * (all.length - 1) : 16}>
                          {line}
                        </tspan>
                      ))}
                    </text>
                  </g>
                )}
              </g>
              <text x={stateX("client")} y={stateY} textAnchor={edge("client")} fontSize={wide ? 12 : 13} fill={c.client}>
                {step.client}
              </text>
              <text x={stateX("server")} y={stateY} textAnchor={edge("server")} fontSize={wide ? 12 : 13} fill={c.server}>
                {step.server}
              </text>
            </g>
          );
        })}
      </g>
    </svg>
  );
}

type Props = { steps: Step[]; initial: { client: string; server: string }; results?: StepResult[] | undefined; title: string; words?: DiagramWords };

/**
 * Both timelines with an arrow per step and each side's state; results colour what was wrong
 * (a segment's arrow, or one side's state). Phones get a drawing made for their width (text at
 * least 12 px, nothing to scroll); wider screens get the states beside the timelines.
 */
export function SequenceDiagram({ steps, initial, results, title, words = ENGLISH }: Props) {
  const summary = steps
    .map(
      (s, i) =>
        `${i + 1}. ${"timeout" in s ? words.timeoutAt.replace("{side}", words[s.timeout]) : `${words[s.from]} → ${label(s, words)}${s.lost ? ` ${words.lost}` : ""}`}; ${words.client} ${s.client}, ${words.server} ${s.server}`,
    )
    .join(". ");
  return (
    <figure role="img" aria-label={`${title}. ${summary}`} className="rounded-lg border border-border bg-card p-2">
      <div className="sm:hidden">
        <Drawing steps={steps} initial={initial} results={results} words={words} wide={false} />
      </div>
      <div className="hidden sm:block">
        <Drawing steps={steps} initial={initial} results={results} words={words} wide />
      </div>
    </figure>
  );
}
