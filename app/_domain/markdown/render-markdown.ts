import rehypeSanitize from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkCjkFriendly from "remark-cjk-friendly";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";

// One pipeline for content checks and for the app: Markdown → HTML with GitHub's sanitizing
// schema, so a content file can never inject script into a page. remark-cjk-friendly lets `**`
// close before a Korean particle (`**SYN(seq=x)**을`), which CommonMark's flanking rules refuse
// when punctuation precedes the closing `**` and a letter follows it.
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkCjkFriendly).use(remarkRehype).use(rehypeSanitize).use(rehypeStringify).freeze();

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
