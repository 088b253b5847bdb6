// The charts draw only what was stated: no mark at a value an estimate does
// not give (the middle of a range, a bound or an order of magnitude).
import { describe, expect, it } from "vitest";

import { approx, atLeast, atMost, magnitude, range } from "../../src/estimate/constructors.js";
import { revisionChart } from "../../src/render/index.js";
import { revisionHistory } from "../../src/revision/index.js";
import { casualtyClaim } from "./data.js";
import { byClass, elements, parseXml } from "./xml.js";
import type { Element } from "./xml.js";

/** Every y a figure group draws at: path points, rect edges, text baselines. */
function ysOf(g: Element): number[] {
  const out: number[] = [];
  for (const e of elements(g)) {
    const d = e.attributes["d"];
    if (d !== undefined) for (const m of d.matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g)) out.push(Number(m[2]));
    if (e.name === "rect") out.push(Number(e.attributes["y"]), Number(e.attributes["y"]) + Number(e.attributes["height"]));
  }
  return out;
}

/** The chart's value scale, read from its value axis and frame. */
function scaleOf(root: Element): (v: number) => number {
  const axis = byClass(root, "axis-value")[0] as Element;
  const frame = elements(root).filter((e) => e.name === "rect" && e.attributes["fill"] === "none").at(-1) as Element;
  const [low, high] = [Number(axis.attributes["data-low"]), Number(axis.attributes["data-high"])];
  const [top, bottom] = [Number(frame.attributes["y"]), Number(frame.attributes["y"]) + Number(frame.attributes["height"])];
  return (v) => bottom - ((v - low) / (high - low)) * (bottom - top);
}

describe("revisionChart draws only what was stated", () => {
  const claims = [
    casualtyClaim("jan", atLeast(1000, "person", { strict: true }), "2025-01", "2025-02-01"),
    casualtyClaim("feb", atMost(3000, "person"), "2025-02", "2025-03-01"),
    casualtyClaim("mar", range(500, 900, "person"), "2025-03", "2025-04-01"),
    casualtyClaim("apr", magnitude("thousands", "person"), "2025-04", "2025-05-01"),
    casualtyClaim("may", approx(1200, "person"), "2025-05", "2025-06-01"),
    casualtyClaim("jun", approx(1400, "person"), "2025-06", "2025-07-01"),
  ];
  const svg = revisionChart(revisionHistory(claims)[0]!);
  const root = parseXml(svg);
  const y = scaleOf(root);

  it("draws no mark at the middle of a range, a bound or a magnitude", () => {
    const middles: Record<string, number> = { feb: 1500, mar: 700, apr: (1000 + 9999) / 2 };
    for (const [id, middle] of Object.entries(middles)) {
      const [g] = byClass(root, "figure").filter((e) => e.attributes["data-claim"] === id);
      expect(g, id).toBeDefined();
      const ys = ysOf(g as Element);
      expect(ys.length).toBeGreaterThan(0);
      for (const at of ys) expect(Math.abs(at - y(middle)), `${id} drawn at ${at}, the middle ${middle} is at ${y(middle)}`).toBeGreaterThan(1.5);
    }
    // "more than 1,000" is drawn from 1,000 up, and at nothing in between
    const [jan] = byClass(root, "figure").filter((e) => e.attributes["data-claim"] === "jan");
    for (const at of ysOf(jan as Element)) expect(at).toBeLessThanOrEqual(y(1000) + 8);
  });

  it("joins two stated values with an arrow, and marks a revision from or to a figure with no single value above the plot", () => {
    const unvalued = byClass(root, "revision-unvalued");
    expect(unvalued).toHaveLength(4);
    const top = y(Number(byClass(root, "axis-value")[0]?.attributes["data-high"]));
    for (const g of unvalued) for (const at of ysOf(g)) expect(at).toBeLessThan(top);
    const arrows = (byClass(root, "revisions").flatMap((g) => g.children) as Element[]).filter((e) => e.name === "path" && e.attributes["stroke"] !== undefined);
    expect(arrows).toHaveLength(1);
    const [, y1, , y2] = [...(arrows[0]?.attributes["d"] ?? "").matchAll(/-?[\d.]+/g)].map((m) => Number(m[0]));
    expect(y1).toBeCloseTo(y(1200), -1);
    expect(y2).toBeCloseTo(y(1400), -1);
  });

  it("draws an end the estimate excludes as an open marker", () => {
    const [jan] = byClass(root, "figure").filter((e) => e.attributes["data-claim"] === "jan");
    const markers = elements(jan as Element).filter((e) => e.name === "path" && e.attributes["d"]?.endsWith("Z") && e.attributes["stroke-width"] === "1.6");
    expect(markers.map((m) => m.attributes["fill"])).toContain("#ffffff");
  });
});

describe("revisionChart says when it was known", () => {
  const claims = [casualtyClaim("a", approx(1200, "person"), "2025-03", "2025-04-30T09:00:00Z"), casualtyClaim("b", approx(1400, "person"), "2025-04", "2025-04-30T15:00:00Z")];
  const [h] = revisionHistory(claims);

  it("keeps the time of day of a knowledge time in its caption and description", () => {
    const noon = revisionChart(h!, { known: "2025-04-30T12:00:00Z" });
    const day = revisionChart(h!, { known: "2025-04-30" });
    expect(noon).toContain("As known at 12:00:00 UTC on 30 April 2025");
    expect(noon).toContain("as known at 12:00:00 UTC on 30 April 2025");
    expect(day).toContain("As known at 30 April 2025<");
    expect(noon).not.toContain("1,400");
    expect(day).toContain("1,400");
  });
});
