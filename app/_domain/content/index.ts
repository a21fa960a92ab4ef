export { parseContent, MISCONCEPTIONS_FILE, CORRECTIONS_FILE, type Content, type ContentFile } from "./parse-content";
export { parseContentFile } from "./parse-file";
export { ContentError, ContentErrors } from "./errors";
export { renderMarkdown } from "../markdown/render-markdown";
export { dumpCards, type DumpedCard } from "./dump";
export { contentHash } from "./hash";
export * from "./schema";
