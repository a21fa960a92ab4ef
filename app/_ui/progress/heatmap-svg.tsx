"use client";

// The calendar's 365 squares are the largest part of the page. They are written as one SVG
// string rather than 730 React elements: the server renders the page within its time budget
// (see bench/progress.bench.ts), the props travel as a few compact arrays rather than as the
// element tree, and the browser hydrates one element. Everything shown is computed and
// formatted on the server, so the browser builds exactly the same string.

export type HeatmapSvgProps = {
  label: string;
  /** Per cell, oldest first: the study day, its level (0–4), its title text. */
  days: string[];
  levels: number[];
  titles: string[];
  /** The first cell's row (0 Monday); later cells follow down the column, a column per week. */
  firstWeekday: number;
  /** Indexes of cells a streak freeze covered, and of today. */
  frozen: number[];
  today: number;
  months: { week: number; label: string }[];
  weekdays: { row: number; label: string }[];
};

const CELL = 11;
const STEP = 14;
const LEFT = 28;
const TOP = 16;

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const escape = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

export function heatmapMarkup({ days, levels, titles, firstWeekday, frozen, today, months, weekdays }: Omit<HeatmapSvgProps, "label">): string {
  const frozenSet = new Set(frozen);
  const parts: string[] = [];
  for (const m of months) parts.push(`<text x="${LEFT + m.week * STEP}" y="10" class="heat-label">${escape(m.label)}</text>`);
  for (const w of weekdays) parts.push(`<text x="0" y="${TOP + w.row * STEP + 9}" class="heat-label">${escape(w.label)}</text>`);
  days.forEach((day, i) => {
    const slot = firstWeekday + i;
    const level = levels[i]!;
    const isFrozen = frozenSet.has(i);
    const fill = level === 0 && isFrozen ? "heat-frozen" : `heat-${level}`;
    parts.push(
      `<rect x="${LEFT + Math.floor(slot / 7) * STEP}" y="${TOP + (slot % 7) * STEP}" width="${CELL}" height="${CELL}" rx="2" class="${fill}${i === today ? " heat-today" : ""}" data-day="${escape(day)}" data-level="${level}"${i === today ? ' data-today="true"' : ""}${isFrozen ? ' data-frozen="true"' : ""}><title>${escape(titles[i] ?? "")}</title></rect>`,
    );
  });
  return parts.join("");
}

export function HeatmapSvg(props: HeatmapSvgProps) {
  const weeks = Math.ceil((props.firstWeekday + props.days.length) / 7);
  const width = LEFT + weeks * STEP;
  const height = TOP + 7 * STEP;
  // As wide as the box allows, never narrower than its natural size (the box scrolls then).
  return (
    <svg
      role="img"
      aria-label={props.label}
      viewBox={`0 0 ${width} ${height}`}
      style={{ minWidth: width, maxWidth: width * 1.5 }}
      className="h-auto w-full shrink-0"
      dangerouslySetInnerHTML={{ __html: heatmapMarkup(props) }}
    />
  );
}
