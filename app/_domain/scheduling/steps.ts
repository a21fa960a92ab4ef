import type { StepUnit } from "ts-fsrs";
import { InvalidStepsError } from "./errors";

/**
 * "1m 10m 1h 1d" → ts-fsrs steps; commas also separate, and an empty string means no steps
 * (FSRS then schedules new and lapsed cards in days straight away). Units are ts-fsrs's own
 * (m, h, d): seconds are refused because ts-fsrs cannot schedule them.
 */
export function parseSteps(input: string): StepUnit[] {
  const tokens = input.split(/[\s,]/).filter(Boolean);
  return tokens.map((token) => {
    const m = /^(\d+(?:\.\d+)?)([mhd])$/.exec(token);
    if (!m || !(Number(m[1]) > 0)) throw new InvalidStepsError(input, token);
    return `${Number(m[1])}${m[2]}` as StepUnit;
  });
}
