import { normaliseState, spokenFlags, timerIn, type Step, type StepResult } from "@/app/_domain/tcp";

const W = 640;
const ROW = 64;
const LEFT = 170;
const RIGHT = W - 170;

/** A timeout is TIME-WAIT's 2MSL timer when that side was in TIME-WAIT, else a retransmission timeout. */
function label(step: Step, before?: string): string {
  if ("timeout" in step) return timerIn(normaliseState(before ?? "") ?? "CLOSED") === "2msl" ? "2MSL timeout" : "retransmission timeout";
  const parts = [spokenFlags(step.flags) || "(no flags)", `seq=${step.seq}`];
  if (step.ack !== undefined && step.flags.includes("ACK")) parts.push(`ack=${step.ack}`);
  if (step.len) parts.push(`len=${step.len}`);
  return parts.join(" ");
}

/** Both timelines with an arrow per step and each side's state beside it; results colour the rows. */
export function SequenceDiagram({ steps, initial, results, title }: { steps: Step[]; initial: { client: string; server: string }; results?: StepResult[]; title: string }) {
  const height = 70 + steps.length * ROW + 20;
  const summary = steps.map((s, i) => `${i + 1}. ${"timeout" in s ? `timeout at ${s.timeout}` : `${s.from} → ${label(s)}${s.lost ? " (lost)" : ""}`}; client ${s.client}, server ${s.server}`).join(". ");
  return (
    // Focusable so that keyboard users can scroll it sideways on a narrow screen.
    <figure tabIndex={0} aria-label={title} className="overflow-x-auto rounded-lg border border-border bg-card p-2">
      <svg viewBox={`0 0 ${W} ${height}`} width="100%" style={{ minWidth: 480 }} role="img" aria-label={`${title}. ${summary || ""}`}>
        <defs>
          <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M 0 0 L 10 5 L 0 10 z" fill="context-stroke" />
          </marker>
        </defs>
        <g fontSize="14" fill="currentColor" className="text-fg">
          <text x={LEFT} y={22} textAnchor="middle" fontWeight="600">Client</text>
          <text x={RIGHT} y={22} textAnchor="middle" fontWeight="600">Server</text>
          <text x={LEFT - 12} y={46} textAnchor="end" className="fill-muted" fontSize="12">{initial.client}</text>
          <text x={RIGHT + 12} y={46} textAnchor="start" className="fill-muted" fontSize="12">{initial.server}</text>
          <line x1={LEFT} y1={30} x2={LEFT} y2={height - 10} stroke="currentColor" strokeOpacity="0.35" strokeWidth="2" />
          <line x1={RIGHT} y1={30} x2={RIGHT} y2={height - 10} stroke="currentColor" strokeOpacity="0.35" strokeWidth="2" />
          {steps.map((step, i) => {
            const y = 70 + i * ROW;
            const before = "timeout" in step ? (i === 0 ? initial : steps[i - 1]!)[step.timeout] : undefined;
            const result = results?.[i];
            const colour = result ? (result.ok ? "var(--good)" : "var(--bad)") : "currentColor";
            const stateY = y + 24;
            return (
              <g key={i} color={colour}>
                {"timeout" in step ? (
                  <g>
                    <circle cx={step.timeout === "client" ? LEFT : RIGHT} cy={y} r="9" fill="none" stroke="currentColor" strokeWidth="2" />
                    <path d={`M ${(step.timeout === "client" ? LEFT : RIGHT)} ${y - 5} v 5 h 4`} stroke="currentColor" strokeWidth="2" fill="none" />
                    <text x={W / 2} y={y + 4} textAnchor="middle" fill="currentColor">{label(step, before)}</text>
                  </g>
                ) : (
                  <g>
                    <line
                      x1={step.from === "client" ? LEFT : RIGHT}
                      y1={y - 8}
                      x2={step.lost ? (LEFT + RIGHT) / 2 + (step.from === "client" ? 60 : -60) : step.from === "client" ? RIGHT - 2 : LEFT + 2}
                      y2={step.lost ? y + 4 : y + 12}
                      stroke="currentColor"
                      strokeWidth="2"
                      strokeDasharray={step.lost ? "6 4" : undefined}
                      markerEnd={step.lost ? undefined : "url(#arrow)"}
                    />
                    {step.lost ? <text x={(LEFT + RIGHT) / 2 + (step.from === "client" ? 66 : -78)} y={y + 10} fill="currentColor" fontWeight="700">✕</text> : null}
                    <text x={W / 2} y={y - 14} textAnchor="middle" fill="currentColor" fontFamily="var(--font-mono)" fontSize="13">{label(step)}</text>
                  </g>
                )}
                <text x={LEFT - 12} y={stateY} textAnchor="end" fontSize="12" fill="currentColor">{step.client}</text>
                <text x={RIGHT + 12} y={stateY} textAnchor="start" fontSize="12" fill="currentColor">{step.server}</text>
              </g>
            );
          })}
        </g>
      </svg>
    </figure>
  );
}
