import { describe, expect, it } from "vitest";
import { heatmapMarkup } from "./heatmap-svg";

describe("heatmapMarkup", () => {
  const base = {
    days: ["2026-03-01", "2026-03-02"],
    levels: [0, 3],
    titles: ["Mar 1: 0", 'Mar 2: <3> & "x"'],
    firstWeekday: 6,
    frozen: [0],
    today: 1,
    months: [{ week: 0, label: "Mar" }],
    weekdays: [{ row: 0, label: "Mon" }],
  };

  it("places cells down a Monday-first column and marks today, frozen days and levels", () => {
    const svg = heatmapMarkup(base);
    expect(svg).toContain('<rect x="28" y="100" width="11" height="11" rx="2" class="heat-frozen" data-day="2026-03-01" data-level="0" data-frozen="true">');
    expect(svg).toContain(
      '<rect x="42" y="16" width="11" height="11" rx="2" class="heat-3 heat-today" data-day="2026-03-02" data-level="3" data-today="true">',
    );
  });

  it("escapes text", () => {
    expect(heatmapMarkup(base)).toContain("<title>Mar 2: &lt;3&gt; &amp; &quot;x&quot;</title>");
  });
});
