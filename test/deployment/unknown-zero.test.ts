// Unknown is not zero in a deployment total: a wave of 0 whose words say no
// figure was given ("n/a") is of unknown size, so the total has no upper bound.
import { describe, expect, it } from "vitest";

import { deploymentSeries, deploymentTotal } from "../../src/deployment/index.js";
import { exact } from "../../src/index.js";
import { explain } from "../../src/explain/index.js";
import { NIS, wave } from "./waves.js";

const na = { kind: "exact", value: 0, unit: "person", text: "n/a" } as const;

describe("a wave of 0 written n/a", () => {
  it("leaves the total open above, and says why", () => {
    const t = deploymentTotal([wave("autumn"), wave("w2", { size: na, period: "2025-01" })]);
    expect(t.estimate).toEqual({ kind: "atLeast", value: 10_000, strict: false, unit: "person" });
    expect(explain(t, NIS)).toContain('unknown is not zero: w2 records 0 where the source says "n/a", so its size is unknown and the total has no upper bound');
  });

  it.each(["—", "unknown", "not disclosed"])("is unknown written %j too", (text) => {
    expect(deploymentTotal([wave("w", { size: { ...na, text } })]).estimate).toMatchObject({ kind: "atLeast", value: 0 });
  });

  it("is never a point of 0 in the series", () => {
    const series = deploymentSeries([wave("a", { size: na, period: "2024-10" }), wave("b", { size: exact(500, "person"), period: "2024-11" })]);
    expect(series.every((p) => p.estimate.kind === "atLeast")).toBe(true);
  });

  it("leaves a plain 0 a wave of none", () => {
    expect(deploymentTotal([wave("w", { size: exact(0, "person") })]).estimate).toEqual(exact(0, "person"));
  });
});
