/** One problem in one content file, located for a person: `file:line: card <id>: message`. */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly cardId: string | null,
    readonly problem: string,
  ) {
    super(`${file}:${line}: ${cardId ? `card ${cardId}: ` : ""}${problem}`);
    this.name = "ContentError";
  }
}

/** All the problems found; content with any problem is never used. */
export class ContentErrors extends Error {
  constructor(readonly errors: ContentError[]) {
    super(`${errors.length} content error(s):\n${errors.map((e) => e.message).join("\n")}`);
    this.name = "ContentErrors";
  }
}

/** A card body in the database that is not what the importer writes; run content:import again. */
export class StoredCardError extends Error {
  constructor(
    readonly cardId: string,
    readonly locale: string,
    readonly problem: string,
  ) {
    super(`stored card ${cardId} (${locale}): ${problem}; run npm run content:import to store it again`);
    this.name = "StoredCardError";
  }
}
