// A valid time with an unknown end ("2024/": it ends on a day not known) is not one that
// runs on ("2024/.."): a revision chart draws no arrow for it, marks it "?", and says so.
import { describe, expect, it } from "vitest";

import { approx } from "../../src/estimate/constructors.js";
import { revisionChart } from "../../src/render/index.js";
import { periodDays } from "../../src/render/words.js";
import { revisionHistory } from "../../src/revision/index.js";
import { casualtyClaim } from "./data.js";
import { byClass, elements, parseXml } from "./xml.js";

const desc = (svg: string) => /<desc[^>]*>([^<]*)<\/desc>/.exec(svg)?.[1] ?? "";
const chartOf = (validTime: string) => revisionChart(revisionHistory([casualtyClaim("a", approx(600, "person"), validTime, "2025-04-30"), casualtyClaim("b", approx(900, "person"), "2025-03", "2025-05-30")]));
const marksOf = (svg: string) => elements(byClass(parseXml(svg), "figure")[0]!);

describe("periodDays", () => {
  it("names an unknown end, and no open one", () => {
    expect(periodDays("2024/").unknown).toBe("end");
    expect(periodDays("/2024").unknown).toBe("start");
    expect(periodDays("2024/..").unknown).toBeUndefined();
    expect(periodDays("2024/").end).toBeNull();
  });
});

describe("a revision chart of a figure whose valid time has an unknown end", () => {
  it("marks the end '?' and draws no arrow, unlike an open end", () => {
    const unknown = marksOf(chartOf("2024/"));
    expect(unknown.filter((e) => e.name === "text").map((e) => e.text)).toContain("?");
    const open = marksOf(chartOf("2024/.."));
    expect(open.filter((e) => e.name === "text").map((e) => e.text)).not.toContain("?");
    // an open end has its arrow head, an unknown end none: one path fewer
    expect(unknown.filter((e) => e.name === "path").length).toBe(open.filter((e) => e.name === "path").length - 1);
  });

  it("says in its words that the end is not known, and nothing of it for an open end", () => {
    expect(desc(chartOf("2024/"))).toContain('1 figure has a valid time whose end is not known (a): its period is dashed to the edge of the chart and marked &quot;?&quot;, not drawn as running on.');
    expect(desc(chartOf("2024/"))).toContain("about 600 for 2024–an unknown date");
    expect(desc(chartOf("2024/.."))).not.toContain("not known");
  });

  it("keys the mark in the legend", () => {
    const legend = byClass(parseXml(chartOf("2024/")), "legend")[0]!;
    expect(elements(legend).map((e) => e.text)).toContain("dashed to ?: period ends on a day not known");
  });
});
