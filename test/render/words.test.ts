// The words of the charts read as a sentence: originators in natural order,
// a period that has its own preposition, replaced figures said as such, a
// wave said once.
import { describe, expect, it } from "vitest";

import { approx, atLeast, exact } from "../../src/estimate/constructors.js";
import { nisBriefing2025Deployments, nisBriefing2025CasualtiesApril } from "../../src/fixtures/index.js";
import { casualtyChart, deploymentChart, revisionChart } from "../../src/render/index.js";
import { revisionHistory } from "../../src/revision/index.js";
import { casualtyClaim, gur } from "./data.js";
import { byClass, elements, parseXml, textOf } from "./xml.js";

const desc = (svg: string) => /<desc[^>]*>([^<]*)<\/desc>/.exec(svg)?.[1] ?? "";

describe("the words of the charts", () => {
  it("lists originators in natural order: 2 before 10", () => {
    const claims = [0, 1, 10, 11, 2].map((n) => casualtyClaim(`c${n}`, approx(1000 + n, "person"), "2025-03", "2025-04-01", { attribution: { originator: { ...gur, id: `s${n}`, name: `Source ${n}` } } }));
    const svg = revisionChart(revisionHistory(claims, { groupBy: "indicator" }));
    const legend = byClass(parseXml(svg), "legend")[0]!;
    const names = elements(legend).filter((e) => e.name === "text").map((e) => e.text).filter((t) => t.startsWith("Source"));
    expect(names).toEqual(["Source 0", "Source 1", "Source 2", "Source 10", "Source 11"]);
    expect(desc(svg).indexOf("Source 2:")).toBeLessThan(desc(svg).indexOf("Source 10:"));
  });

  it("writes a period with its own preposition without 'for'", () => {
    const svg = revisionChart(revisionHistory([casualtyClaim("a", exact(10, "person"), "2025-01/..", "2025-02-01")])[0]!);
    expect(desc(svg)).toContain("10 from January 2025 (reported 1 February 2025)");
    expect(desc(svg)).not.toContain("for from");
  });

  it("says a replaced figure is an earlier report since replaced, not that it was replaced by the figure after it", () => {
    const first = casualtyClaim("a", exact(20, "person"), "2025-03", "2025-04-10");
    const second = casualtyClaim("b", exact(10, "person"), "2025-03", "2025-04-20");
    const text = desc(revisionChart(revisionHistory([first, second])[0]!));
    expect(text).toContain("10 for March 2025 (reported 20 April 2025); earlier reports, since replaced: 20 for March 2025 (reported 10 April 2025).");
  });

  it("says a wave that begins and completes within one step once", () => {
    const text = desc(deploymentChart(nisBriefing2025Deployments));
    expect(text).toContain("(nis-2023-early-deployed begins and completes)");
    expect(text).not.toMatch(/(\S+) begins and \1 completes/);
  });

  it("draws a total with no upper bound hatched past its bound, never solid to the edge", () => {
    const root = parseXml(casualtyChart({ ...nisBriefing2025CasualtiesApril, total: atLeast(5000, "person", { strict: true }), claims: undefined } as never));
    const [total] = byClass(root, "row", "figure").filter((r) => r.attributes["data-field"] === "total");
    const rects = elements(total!).filter((e) => e.name === "rect");
    const solid = rects.find((r) => r.attributes["fill"]?.startsWith("#"))!;
    const hatched = rects.find((r) => r.attributes["fill"]?.startsWith("url("))!;
    expect(Number(hatched.attributes["width"])).toBeGreaterThan(20);
    expect(Number(solid.attributes["x"]) + Number(solid.attributes["width"])).toBeCloseTo(Number(hatched.attributes["x"]), 1);
    expect(textOf(total!)).toContain("more than 5,000");
  });
});
