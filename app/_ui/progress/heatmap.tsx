import { monthTotals, type HeatmapCell } from "@/app/_domain/progress";
import type { Locale, Messages } from "@/app/_i18n/messages";
import { fill } from "@/app/_i18n/fill";
import { plural } from "@/app/_i18n/plural";
import { formatDay } from "./format";
import { HeatmapSvg } from "./heatmap-svg";
import { NumbersTable } from "./numbers-table";

const CELL = 11;
const A_MONDAY = "2026-03-02";

function formatter(locale: Locale, options: Intl.DateTimeFormatOptions) {
  return new Intl.DateTimeFormat(locale === "ko" ? "ko-KR" : "en-US", { ...options, timeZone: "UTC" });
}

/**
 * A year of study days as a GitHub-style calendar: one column per week, Monday on top, today
 * at the bottom right. The scroll box starts at its right end (row-reverse), so on a phone the
 * recent weeks show first; it is focusable so a keyboard can scroll it. Its numbers, month by
 * month, are in a table (365 rows would help nobody).
 */
export function Heatmap({ cells, locale, t, numbers }: { cells: HeatmapCell[]; locale: Locale; t: Messages["progress"]["heatmap"]; numbers: string }) {
  const today = cells.findIndex((c) => c.isToday);
  const studied = cells.filter((c) => c.reviews > 0).length;
  const month = formatter(locale, { month: "short" });
  const monthYear = formatter(locale, { month: "long", year: "numeric" });
  const weekday = formatter(locale, { weekday: "short" });
  const lastWeek = cells.length ? cells[cells.length - 1]!.week : 0;
  const at = (day: string) => new Date(`${day}T00:00:00Z`);
  const title = (c: HeatmapCell) =>
    [plural(t.cell, c.reviews, locale, { day: formatDay(c.day, locale, "medium") }), c.frozen ? t.frozen : null, c.isToday ? t.today : null]
      .filter(Boolean)
      .join(" · ");

  return (
    <div>
      <div role="region" aria-label={t.region} tabIndex={0} className="flex flex-row-reverse overflow-x-auto pb-2">
        <HeatmapSvg
          label={fill(t.label, { n: studied, today: cells[today]?.reviews ?? 0 })}
          days={cells.map((c) => c.day)}
          levels={cells.map((c) => c.level)}
          titles={cells.map(title)}
          firstWeekday={cells[0]?.weekday ?? 0}
          frozen={cells.flatMap((c, i) => (c.frozen ? [i] : []))}
          today={today}
          // A month's name sits over the week of its 1st, unless that is the last column (no room).
          months={cells.filter((c) => c.day.endsWith("-01") && c.week < lastWeek).map((c) => ({ week: c.week, label: month.format(at(c.day)) }))}
          weekdays={[0, 2, 4].map((row) => ({ row, label: weekday.format(new Date(at(A_MONDAY).getTime() + row * 86_400_000)) }))}
        />
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
      {studied ? (
        <NumbersTable
          summary={numbers}
          caption={t.byMonth}
          headers={[t.month, t.daysStudied, t.reviews]}
          rows={monthTotals(cells)
            .reverse()
            .map((m) => [monthYear.format(at(`${m.month}-01`)), m.days, m.reviews])}
        />
      ) : (
        <p className="mt-2 text-sm text-muted">{t.none}</p>
      )}
    </div>
  );
}
