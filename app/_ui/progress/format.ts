import type { Locale } from "@/app/_i18n/messages";

/** "{n} days" with its placeholders filled in. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** A study day ("2026-03-04") for people; study days are calendar dates, so they are formatted in UTC. */
export function formatDay(day: string, locale: Locale, style: "short" | "medium" = "short"): string {
  const key = `${locale}:${style}`;
  let f = formatters.get(key);
  if (!f) {
    const options: Intl.DateTimeFormatOptions = style === "short" ? { month: "short", day: "numeric" } : { dateStyle: "medium" };
    formatters.set(key, (f = new Intl.DateTimeFormat(locale === "ko" ? "ko-KR" : "en-US", { ...options, timeZone: "UTC" })));
  }
  return f.format(new Date(`${day}T00:00:00Z`));
}

export function formatPercent(share: number | null, locale: Locale, none: string): string {
  return share === null ? none : new Intl.NumberFormat(locale === "ko" ? "ko-KR" : "en-US", { style: "percent", maximumFractionDigits: 0 }).format(share);
}
