/** The languages every text of the app comes in; the first is the default. */
export const locales = ["ko", "en"] as const;
export type Locale = (typeof locales)[number];

export function isLocale(value: unknown): value is Locale {
  return locales.includes(value as Locale);
}
