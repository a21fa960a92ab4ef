"use client";

// A client component only so its bars travel as plain data rather than as a rendered element
// tree (see numbers-table.tsx).
export type Bar = { key: string; value: number | null; title: string; highlight?: boolean };

const STEP = 10;
const WIDTH = 7;
const HEIGHT = 100;

/**
 * Vertical bars as SVG, stretched to the width of the page (only rectangles and one line are
 * drawn, so stretching distorts nothing). Axis text is HTML, which stays crisp at any width.
 * The picture is one image for assistive technology; its numbers are in the table beside it.
 */
export function BarChart({
  label,
  bars,
  max,
  target,
  start,
  end,
  top,
}: {
  label: string;
  bars: Bar[];
  max: number;
  target?: number;
  start: string;
  end: string;
  top: string;
}) {
  const scale = max > 0 ? (HEIGHT - 4) / max : 0;
  const width = bars.length * STEP;
  return (
    <div>
      <div className="flex gap-2">
        <span className="w-10 shrink-0 text-right text-xs text-muted tabular-nums" aria-hidden="true">
          {top}
        </span>
        <svg
          role="img"
          aria-label={label}
          viewBox={`0 0 ${width} ${HEIGHT}`}
          preserveAspectRatio="none"
          className="h-32 w-0 min-w-0 flex-1 overflow-visible border-b border-l border-border"
        >
          {bars.map((b, i) => {
            const h = b.value === null ? 0 : Math.max(b.value > 0 ? 1.5 : 0, b.value * scale);
            return (
              <rect key={b.key} x={i * STEP + (STEP - WIDTH) / 2} y={HEIGHT - h} width={WIDTH} height={h} className={b.highlight ? "fill-fg" : "fill-accent"}>
                <title>{b.title}</title>
              </rect>
            );
          })}
          {target !== undefined && max > 0 ? (
            <line
              x1={0}
              x2={width}
              y1={HEIGHT - target * scale}
              y2={HEIGHT - target * scale}
              className="stroke-warn"
              strokeWidth={1.5}
              strokeDasharray="4 3"
              vectorEffect="non-scaling-stroke"
            />
          ) : null}
        </svg>
      </div>
      <div className="ml-12 mt-1 flex justify-between text-xs text-muted" aria-hidden="true">
        <span>{start}</span>
        <span>{end}</span>
      </div>
    </div>
  );
}
