"use client";

// A client component for the same reason as BarChart: its points travel as plain data.
export type LinePoint = { index: number; value: number; title: string };

const STEP = 10;
const HEIGHT = 100;
// Room above 100% and below 0% for half a dot, so the extreme scores are not cut in half.
const PAD = 4;

/**
 * Scores 0-1 as dots joined by a line, one step along x per slot (`slots` of them; a point's
 * `index` is its slot, and an empty slot is a gap the line passes over). Stretched to the width
 * of its box like BarChart: the line and the dots use non-scaling strokes, and each dot is a
 * zero-length line with round caps, so it stays a circle however the box is stretched. One image
 * for assistive technology (`label`); each dot's `title` shows on hover.
 */
export function LineChart({
  label,
  points,
  slots,
  target,
  dot = 8,
  className,
}: {
  label: string;
  points: LinePoint[];
  slots: number;
  target?: number;
  dot?: number;
  className: string;
}) {
  const width = Math.max(1, slots) * STEP;
  const x = (index: number) => index * STEP + STEP / 2;
  const y = (value: number) => HEIGHT - PAD - value * (HEIGHT - 2 * PAD);
  return (
    <svg role="img" aria-label={label} viewBox={`0 0 ${width} ${HEIGHT}`} preserveAspectRatio="none" className={`overflow-visible ${className}`}>
      {target !== undefined ? (
        <line
          x1={0}
          x2={width}
          y1={y(target)}
          y2={y(target)}
          className="stroke-warn"
          strokeWidth={1.5}
          strokeDasharray="4 3"
          vectorEffect="non-scaling-stroke"
        />
      ) : null}
      {points.length > 1 ? (
        <polyline
          points={points.map((p) => `${x(p.index)},${y(p.value)}`).join(" ")}
          fill="none"
          className="stroke-accent"
          strokeWidth={2}
          strokeLinejoin="round"
          vectorEffect="non-scaling-stroke"
        />
      ) : null}
      {points.map((p) => (
        <line
          key={p.index}
          x1={x(p.index)}
          x2={x(p.index)}
          y1={y(p.value)}
          y2={y(p.value)}
          className="stroke-accent"
          strokeWidth={dot}
          strokeLinecap="round"
          vectorEffect="non-scaling-stroke"
        >
          <title>{p.title}</title>
        </line>
      ))}
    </svg>
  );
}
