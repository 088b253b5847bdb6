// A part said to exist ("unknown") is not 0: a total that leaves no room for
// it is a finding, and the part is never derived as 0.
import { describe, expect, it } from "vitest";

import { reconcileCasualties } from "../../src/casualty/index.js";
import type { CasualtyBreakdown } from "../../src/casualty/index.js";

const exact = (value: number) => ({ kind: "exact", value, unit: "person" }) as const;
const b = (over: Partial<CasualtyBreakdown>): CasualtyBreakdown => ({ killed: "unknown", wounded: "not-reported", missing: "not-reported", captured: "not-reported", total: exact(0), includes: ["killed", "wounded"], ...over }) as CasualtyBreakdown;

describe("a part said to exist, its size not given", () => {
  it("beside a total of 0 is part-exceeds-total, and stays unknown", () => {
    const r = reconcileCasualties(b({}));
    expect(r.breakdown.killed).toBe("unknown");
    expect(r.findings.map((f) => [f.code, f.fields])).toEqual([["part-exceeds-total", ["killed", "total"]]]);
    expect(r.findings[0]?.message).toBe("killed is said to exist (unknown, its size not given), but the total (0) leaves no room for it: unknown is not zero, so one of the figures is wrong");
  });

  it("beside a total the other parts fill is a finding too, not a derived 0", () => {
    const r = reconcileCasualties(b({ wounded: exact(4700), total: exact(4700) }));
    expect(r.breakdown.killed).toBe("unknown");
    expect(r.derived).toEqual({});
    expect(r.findings.map((f) => f.code)).toEqual(["part-exceeds-total"]);
  });

  it("beside a total with room for it is derived as before", () => {
    const r = reconcileCasualties(b({ wounded: exact(4000), total: exact(4700) }));
    expect(r.breakdown.killed).toEqual(exact(700));
    expect(r.findings).toEqual([]);
  });

  it("leaves a part not reported beside a total of 0 without a finding", () => {
    expect(reconcileCasualties(b({ killed: "not-reported" })).findings).toEqual([]);
  });
});
