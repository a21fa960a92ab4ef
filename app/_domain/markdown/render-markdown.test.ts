import { describe, expect, it } from "vitest";
import { renderMarkdown } from "./render-markdown";

describe("renderMarkdown", () => {
  it("renders Markdown with tables", () => {
    expect(renderMarkdown("**SYN** then `ACK`")).toBe("<p><strong>SYN</strong> then <code>ACK</code></p>");
    expect(renderMarkdown("| a | b |\n|---|---|\n| 1 | 2 |")).toContain("<table>");
  });
  it("strips script and event handlers", () => {
    const html = renderMarkdown('<script>alert(1)</script><img src=x onerror="alert(1)"> [x](javascript:alert(1))');
    expect(html).not.toMatch(/<script|onerror|javascript:/);
  });
});
