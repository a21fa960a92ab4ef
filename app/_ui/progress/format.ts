import type { Locale } from "@/app/_i18n/messages";

const formatters = new Map<string, Intl.DateTimeFormat>();
// The progress page formats some 500 days per view, nearly all the same from one view to the
// next; remembering them saves most of the Intl work. Bounded: cleared when it gets large.
const formatted = new Map<string, string>();
const MAX_FORMATTED = 20_000;

/** A study day ("2026-03-04") for people; study days are calendar dates, so they are formatted in UTC. */
export function formatDay(day: string, locale: Locale, style: "short" | "medium" = "short"): string {
  const key = `${locale}:${style}`;
  const memo = formatted.get(`${key}:${day}`);
  if (memo !== undefined) return memo;
  let f = formatters.get(key);
  if (!f) {
    const options: Intl.DateTimeFormatOptions = style === "short" ? { month: "short", day: "numeric" } : { dateStyle: "medium" };
    formatters.set(key, (f = new Intl.DateTimeFormat(locale === "ko" ? "ko-KR" : "en-US", { ...options, timeZone: "UTC" })));
  }
  const text = f.format(new Date(`${day}T00:00:00Z`));
  if (formatted.size >= MAX_FORMATTED) formatted.clear();
  formatted.set(`${key}:${day}`, text);
  return text;
}

export function formatPercent(share: number | null, locale: Locale, none: string): string {
  return share === null ? none : new Intl.NumberFormat(locale === "ko" ? "ko-KR" : "en-US", { style: "percent", maximumFractionDigits: 0 }).format(share);
}
