/** Errors of the study layer that the HTTP edge turns into 4xx responses. */
export class StudyError extends Error {
  constructor(
    readonly status: 400 | 404 | 409,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "StudyError";
  }
}
