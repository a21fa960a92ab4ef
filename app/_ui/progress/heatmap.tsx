import type { HeatmapCell } from "@/app/_domain/progress";
import type { Locale, Messages } from "@/app/_i18n/messages";
import { fill, formatDay } from "./format";
import { NumbersTable } from "./numbers-table";

const CELL = 11;
const STEP = 14;
const LEFT = 28;
const TOP = 16;
// Monday-first rows; label every other one so the column stays readable.
const WEEKDAY_ROWS = [0, 2, 4];
const A_MONDAY = "2026-03-02";

function weekdayName(row: number, locale: Locale): string {
  const day = new Date(Date.parse(`${A_MONDAY}T00:00:00Z`) + row * 86_400_000);
  return new Intl.DateTimeFormat(locale === "ko" ? "ko-KR" : "en-US", { weekday: "short", timeZone: "UTC" }).format(day);
}

function monthName(day: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === "ko" ? "ko-KR" : "en-US", { month: "short", timeZone: "UTC" }).format(new Date(`${day}T00:00:00Z`));
}

function cellClass(c: HeatmapCell): string {
  const fillClass = c.level === 0 && c.frozen ? "heat-frozen" : `heat-${c.level}`;
  return c.isToday ? `${fillClass} heat-today` : fillClass;
}

/**
 * A year of study days as a GitHub-style calendar: one column per week, Monday on top, today
 * at the bottom right. The scroll box starts at its right end (row-reverse), so on a phone the
 * recent weeks are what shows first; it is focusable so a keyboard can scroll it.
 */
export function Heatmap({ cells, locale, t, numbers }: { cells: HeatmapCell[]; locale: Locale; t: Messages["progress"]["heatmap"]; numbers: string }) {
  const weeks = cells.length ? cells[cells.length - 1]!.week + 1 : 0;
  const width = LEFT + weeks * STEP;
  const height = TOP + 7 * STEP;
  const today = cells.find((c) => c.isToday);
  const studied = cells.filter((c) => c.reviews > 0);
  const months = cells.filter((c, i) => c.day.endsWith("-01") && c.week < weeks - 1 && (i > 0 || c.weekday === 0));
  const title = (c: HeatmapCell) => [fill(t.cell, { day: formatDay(c.day, locale, "medium"), n: c.reviews }), c.frozen ? t.frozen : null, c.isToday ? t.today : null].filter(Boolean).join(" · ");

  return (
    <div>
      <div role="region" aria-label={t.region} tabIndex={0} className="flex flex-row-reverse overflow-x-auto pb-2">
        <svg role="img" aria-label={fill(t.label, { n: studied.length, today: today?.reviews ?? 0 })} width={width} height={height} viewBox={`0 0 ${width} ${height}`} className="shrink-0">
          {months.map((c) => (
            <text key={c.day} x={LEFT + c.week * STEP} y={10} className="fill-muted text-[10px]">{monthName(c.day, locale)}</text>
          ))}
          {WEEKDAY_ROWS.map((row) => (
            <text key={row} x={0} y={TOP + row * STEP + 9} className="fill-muted text-[10px]">{weekdayName(row, locale)}</text>
          ))}
          {cells.map((c) => (
            <rect
              key={c.day}
              x={LEFT + c.week * STEP}
              y={TOP + c.weekday * STEP}
              width={CELL}
              height={CELL}
              rx={2}
              className={cellClass(c)}
              data-day={c.day}
              data-level={c.level}
              data-today={c.isToday ? "true" : undefined}
              data-frozen={c.frozen ? "true" : undefined}
            >
              <title>{title(c)}</title>
            </rect>
          ))}
        </svg>
      </div>
      <div className="mt-1 flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-muted" aria-hidden="true">
        <span className="flex items-center gap-1">
          {t.less}
          {[0, 1, 2, 3, 4].map((l) => (
            <svg key={l} width={CELL} height={CELL}>
              <rect width={CELL} height={CELL} rx={2} className={`heat-${l}`} />
            </svg>
          ))}
          {t.more}
        </span>
        <span className="flex items-center gap-1">
          <svg width={CELL} height={CELL}>
            <rect width={CELL} height={CELL} rx={2} className="heat-frozen" />
          </svg>
          {t.frozen}
        </span>
        <span className="flex items-center gap-1">
          <svg width={CELL + 2} height={CELL + 2}>
            <rect x={1} y={1} width={CELL} height={CELL} rx={2} className="heat-0 heat-today" />
          </svg>
          {t.today}
        </span>
      </div>
      {studied.length ? (
        <NumbersTable summary={numbers} caption={t.studiedDays} headers={[t.day, t.reviews]} rows={[...studied].reverse().map((c) => [formatDay(c.day, locale, "medium"), c.reviews])} />
      ) : (
        <p className="mt-2 text-sm text-muted">{t.none}</p>
      )}
    </div>
  );
}
