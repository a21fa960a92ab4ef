/**
 * A message with its `{name}` placeholders replaced by the values given ("{n} days" with
 * `{ n: 3 }` → "3 days"); a placeholder without a value is left as written.
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
