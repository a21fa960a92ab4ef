/**
 * Fills a message's placeholders (a name in curly braces) with the values given, by name; a
 * placeholder with no value stays as written. fill.test.ts shows it at work.
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
