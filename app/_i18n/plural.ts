import { fill } from "./fill";

/** A message with a count: the form for one and the form for any other count ({n} is filled). */
export type Plural = { one: string; other: string };

const rules = new Map<string, Intl.PluralRules>();

/**
 * The form of `forms` that reads right for `n` in `locale` (Intl.PluralRules: English has
 * "one" for 1; Korean counts with a counter word and has "other" only), filled with n and
 * any other values.
 */
export function plural(forms: Plural, n: number, locale: string, values: Record<string, string | number> = {}): string {
  let r = rules.get(locale);
  if (!r) rules.set(locale, (r = new Intl.PluralRules(locale)));
  return fill(r.select(n) === "one" ? forms.one : forms.other, { n, ...values });
}
