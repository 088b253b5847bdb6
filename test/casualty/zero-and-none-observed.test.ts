import { describe, expect, it } from "vitest";

import { reconcileCasualties } from "../../src/casualty/index.js";
import type { CasualtyBreakdown } from "../../src/casualty/index.js";
import { explain } from "../../src/explain/index.js";
import { exact } from "../../src/index.js";

const p = (n: number) => exact(n, "person");

describe("reconcileCasualties at the edges", () => {
  it("derives every part of a total of exactly 0 as 0: no count is below zero", () => {
    const b: CasualtyBreakdown = { killed: "not-reported", wounded: "not-reported", missing: "not-reported", captured: "not-reported", total: p(0), includes: ["killed", "wounded"] };
    const r = reconcileCasualties(b);
    expect(r.findings).toEqual([]);
    expect(r.breakdown.killed).toEqual(p(0));
    expect(r.breakdown.wounded).toEqual(p(0));
    expect(r.breakdown.missing).toBe("not-reported");
    expect(explain(r.derived.wounded!)).toBe("0 wounded = 0 casualties (casualties count killed and wounded; a total of 0 leaves each at 0)");
  });

  it("says so when a part none observed is all the total leaves room for", () => {
    const b: CasualtyBreakdown = { killed: p(1), wounded: "none-observed", missing: p(0), captured: p(0), total: p(10), includes: ["killed", "wounded", "missing", "captured"] };
    const r = reconcileCasualties(b);
    expect(r.breakdown.wounded).toBe("none-observed");
    expect(r.findings.map((f) => [f.code, f.fields])).toEqual([["not-derivable", ["wounded", "wounded"]]]);
    // the parts given make up the total: nothing is missing, nothing to say
    expect(reconcileCasualties({ ...b, killed: p(10) }).findings).toEqual([]);
  });
});
