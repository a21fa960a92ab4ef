"use client";

// A client component for one reason: its props travel to the browser as a few compact arrays,
// where a server component's 365 squares would be sent twice, once as HTML and once as the
// React payload. Everything shown is computed and formatted on the server, so the browser
// renders exactly the same markup (no date formatting here, so no hydration mismatch).

export type HeatmapSvgProps = {
  label: string;
  /** Per cell, oldest first: the study day, its level (0–4), its title text. */
  days: string[];
  levels: number[];
  titles: string[];
  /** Column and row of the first cell; later cells follow down the column, Monday first. */
  firstWeekday: number;
  frozen: number[];
  today: number;
  months: { week: number; label: string }[];
  weekdays: { row: number; label: string }[];
};

const CELL = 11;
const STEP = 14;
const LEFT = 28;
const TOP = 16;

export function HeatmapSvg({ label, days, levels, titles, firstWeekday, frozen, today, months, weekdays }: HeatmapSvgProps) {
  const weeks = Math.ceil((firstWeekday + days.length) / 7);
  const width = LEFT + weeks * STEP;
  const height = TOP + 7 * STEP;
  const frozenSet = new Set(frozen);
  return (
    <svg role="img" aria-label={label} width={width} height={height} viewBox={`0 0 ${width} ${height}`} className="shrink-0">
      {months.map((m) => (
        <text key={m.week} x={LEFT + m.week * STEP} y={10} className="fill-muted text-[10px]">{m.label}</text>
      ))}
      {weekdays.map((w) => (
        <text key={w.row} x={0} y={TOP + w.row * STEP + 9} className="fill-muted text-[10px]">{w.label}</text>
      ))}
      {days.map((day, i) => {
        const slot = firstWeekday + i;
        const level = levels[i]!;
        const fill = level === 0 && frozenSet.has(i) ? "heat-frozen" : `heat-${level}`;
        return (
          <rect
            key={day}
            x={LEFT + Math.floor(slot / 7) * STEP}
            y={TOP + (slot % 7) * STEP}
            width={CELL}
            height={CELL}
            rx={2}
            className={i === today ? `${fill} heat-today` : fill}
            data-day={day}
            data-level={level}
            data-today={i === today ? "true" : undefined}
            data-frozen={frozenSet.has(i) ? "true" : undefined}
          >
            <title>{titles[i]}</title>
          </rect>
        );
      })}
    </svg>
  );
}
