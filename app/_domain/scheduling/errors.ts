export class SchedulingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SchedulingError";
  }
}

export class InvalidStepsError extends SchedulingError {
  constructor(readonly input: string, token: string) {
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
