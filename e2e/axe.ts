import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

const WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/**
 * The page's accessibility violations, one line each (rule: elements), for `toEqual([])`.
 * Next streams a page's metadata after its body, and after a client-side navigation the new
 * <title> arrives a moment after the new content: axe run in that moment reports a page without
 * a title (seen on a loaded machine). A screen reader announces the title once it is there, so
 * the check waits for it, as a person would, rather than flagging the gap.
 */
export async function axeViolations(page: Page, options: { include?: string; bestPractice?: boolean } = {}): Promise<string[]> {
  await expect(page).toHaveTitle(/\S/);
  let builder = new AxeBuilder({ page }).withTags(options.bestPractice ? [...WCAG_AA, "best-practice"] : WCAG_AA);
  if (options.include) builder = builder.include(options.include);
  const results = await builder.analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}
