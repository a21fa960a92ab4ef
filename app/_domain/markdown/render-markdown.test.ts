import { describe, expect, it } from "vitest";
import { renderMarkdown } from "./render-markdown";

describe("renderMarkdown", () => {
  it("renders Markdown with tables", () => {
    expect(renderMarkdown("**SYN** then `ACK`")).toBe("<p><strong>SYN</strong> then <code>ACK</code></p>");
    expect(renderMarkdown("| a | b |\n|---|---|\n| 1 | 2 |")).toContain("<table>");
  });
  it("closes emphasis before a Korean particle", () => {
    expect(renderMarkdown("서버는 **SYN(seq=x)**을 받는다")).toBe("<p>서버는 <strong>SYN(seq=x)</strong>을 받는다</p>");
    expect(renderMarkdown("ack=**[1]**로 답한다")).toBe("<p>ack=<strong>[1]</strong>로 답한다</p>");
    expect(renderMarkdown("**TIME-WAIT**(TIME_WAIT)다")).toBe("<p><strong>TIME-WAIT</strong>(TIME_WAIT)다</p>");
  });
  it("strips script and event handlers", () => {
    const html = renderMarkdown('<script>alert(1)</script><img src=x onerror="alert(1)"> [x](javascript:alert(1))');
    expect(html).not.toMatch(/<script|onerror|javascript:/);
  });
});
