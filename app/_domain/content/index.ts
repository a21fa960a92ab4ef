export { parseContent, MISCONCEPTIONS_FILE, CORRECTIONS_FILE, type Content, type ContentFile } from "./parse-content";
export { parseContentFile } from "./parse-file";
export { ContentError, ContentErrors, StoredCardError } from "./errors";
export { renderMarkdown } from "../markdown/render-markdown";
export { dumpCards, readCardBody, storedCardSchema, type StoredCard } from "./stored-card";
export { contentHash } from "./hash";
export * from "./schema";
