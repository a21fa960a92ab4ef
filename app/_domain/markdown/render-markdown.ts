import rehypeSanitize from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";

// One pipeline for content checks and for the app: Markdown → HTML with GitHub's sanitizing
// schema, so a content file can never inject script into a page.
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeSanitize).use(rehypeStringify).freeze();

const cache = new Map<string, string>();

export function renderMarkdown(markdown: string): string {
  let html = cache.get(markdown);
  if (html === undefined) {
    html = String(processor.processSync(markdown));
    if (cache.size > 5000) cache.clear();
    cache.set(markdown, html);
  }
  return html;
}
