/** Errors of the study layer that the HTTP edge turns into 4xx (or, when nothing was saved, 503) responses. */
export class StudyError extends Error {
  constructor(
    readonly status: 400 | 404 | 409 | 503,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "StudyError";
  }
}
