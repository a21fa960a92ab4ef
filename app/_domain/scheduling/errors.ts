// Every error carries the value it refused, so the server layer can log or show it without
// parsing the message; all share SchedulingError so a caller can catch the domain's errors at once.

export class SchedulingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SchedulingError";
  }
}

export class InvalidStepsError extends SchedulingError {
  constructor(
    readonly input: string,
    readonly token: string,
  ) {
    super(`Learning steps "${input}" are not valid: "${token}" should be a number followed by m, h or d (for example "1m 10m 1d").`);
    this.name = "InvalidStepsError";
  }
}

export class InvalidTimeZoneError extends SchedulingError {
  constructor(readonly timeZone: string) {
    super(`"${timeZone}" is not an IANA time zone (for example "Asia/Seoul" or "UTC").`);
    this.name = "InvalidTimeZoneError";
  }
}

/** Scheduler settings that fail `schedulerSettingsSchema`; `issues` lists each problem. */
export class InvalidSchedulerSettingsError extends SchedulingError {
  constructor(
    readonly settings: unknown,
    readonly issues: string[],
  ) {
    super(`Scheduler settings are not valid: ${issues.join("; ")}.`);
    this.name = "InvalidSchedulerSettingsError";
  }
}

export class InvalidRatingError extends SchedulingError {
  constructor(readonly rating: unknown) {
    super(`${String(rating)} is not a rating: expected 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy).`);
    this.name = "InvalidRatingError";
  }
}

export class InvalidScoreError extends SchedulingError {
  constructor(readonly score: unknown) {
    super(`${String(score)} is not a drill score: expected a number from 0 to 1.`);
    this.name = "InvalidScoreError";
  }
}

/** A study day that is not a real calendar date written "YYYY-MM-DD". */
export class InvalidDayError extends SchedulingError {
  constructor(readonly day: unknown) {
    super(`"${String(day)}" is not a study day: expected a calendar date written YYYY-MM-DD.`);
    this.name = "InvalidDayError";
  }
}

/** Any other argument out of its range (a limit, a goal, a rollover hour, an invalid Date). */
export class InvalidArgumentError extends SchedulingError {
  constructor(
    readonly argument: string,
    readonly value: unknown,
    expected: string,
  ) {
    super(`${argument} is ${show(value)}: expected ${expected}.`);
    this.name = "InvalidArgumentError";
  }
}

function show(value: unknown): string {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "an invalid Date" : value.toISOString();
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "object" && value !== null) return JSON.stringify(value);
  return String(value); // numbers keep NaN and Infinity readable
}
