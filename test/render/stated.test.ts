// The charts draw only what was stated: no mark at a value an estimate does
// not give (the middle of a range, a bound or an order of magnitude).
import { describe, expect, it } from "vitest";

import { approx, atLeast, atMost, exact, magnitude, range } from "../../src/estimate/constructors.js";
import type { Estimate } from "../../src/estimate/schema.js";
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

describe("labels and ticks never state an exact figure as another number", () => {
  const label = (e: Estimate) => {
    const root = parseXml(revisionChart(revisionHistory([casualtyClaim("x", e, "2025-03", "2025-04-01")])[0]!));
    return byClass(root, "figure")[0]!.children.filter((c) => c.name === "text").map((c) => c.text)[0];
  };

  it("writes an exact figure compact only where that is the figure itself", () => {
    expect(label(exact(999_999, "person"))).toBe("999,999");
    expect(label(exact(12_345, "person"))).toBe("12,345");
    expect(label(exact(1049, "person"))).toBe("1,049");
    expect(label(exact(12_000, "person"))).toBe("12k");
    expect(label(range(1049, 2000, "person"))).toBe("1,049–2,000");
    expect(label(approx(4712, "person"))).toBe("~4.71k");
  });

  it("writes values from 1e15 up in scientific notation, with ≈ where it rounds, and keeps the plot inside the canvas", () => {
    expect(label(exact(1e15, "person"))).toBe("1E15");
    expect(label(atMost(1e18, "person"))).toBe("≤1E18");
    expect(label(exact(Number.MAX_VALUE, "person"))).toBe("≈1.8E308");
    const claims = [casualtyClaim("a", exact(1e300, "person"), "2025-03", "2025-04-01"), casualtyClaim("b", exact(Number.MAX_VALUE, "person"), "2025-04", "2025-05-01")];
    const root = parseXml(revisionChart(revisionHistory(claims)[0]!));
    const ticks = byClass(root, "axis-value")[0]!.children.filter((c) => c.name === "text").map((c) => c.text);
    for (const t of ticks) expect(t.length, t).toBeLessThanOrEqual(8);
    for (const e of elements(root)) {
      for (const k of ["x", "y"]) if (e.attributes[k] !== undefined) expect(Math.abs(Number(e.attributes[k]))).toBeLessThanOrEqual(640);
      for (const m of (e.attributes["d"] ?? "").matchAll(/[MLA](-?[\d.]+) (-?[\d.]+)/g)) expect(Number(m[1])).toBeLessThanOrEqual(640);
    }
    const frame = elements(root).filter((e) => e.name === "rect" && e.attributes["fill"] === "none").at(-1)!;
    expect(Number(frame.attributes["x"])).toBeLessThan(320);
  });
});
