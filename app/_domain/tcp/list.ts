import type { Locale } from "./messages";
import { SCENARIOS } from "./scenarios";

/** What GET /api/simulator/scenarios returns. */
export function listScenarios(locale: Locale) {
  return SCENARIOS.map((s) => ({ id: s.id, title: s.title[locale], description: s.description[locale], initial: s.initial, steps: s.script.length }));
}
