// revisionChart draws one series per originator: a claim whose replacement is not in its
// history, or is another originator's, cannot be drawn as withdrawn at the right time, and is
// refused rather than drawn withdrawn from the start.
import { describe, expect, it } from "vitest";

import { approx, claim, source } from "../../src/index.js";
import type { Claim } from "../../src/claim/index.js";
import { revisionChart } from "../../src/render/index.js";
import { revisionHistory } from "../../src/revision/index.js";
import { thrown } from "../helpers.js";

const A = source("a", "government", "A");
const B = source("b", "government", "B");
const ind = { subject: "x", measure: "killed", unit: "person" } as const;
const of = (id: string, by: typeof A, value: number, validTime: string, reportedAt: string, supersededBy?: string): Claim =>
  claim({ id, indicator: ind, estimate: approx(value, "person"), validTime, reportedAt, attribution: { originator: by }, status: supersededBy === undefined ? { kind: "normal" } : { kind: "deprecated", reason: "revised", supersededBy } });

describe("revisionChart and replacements it cannot draw", () => {
  it("refuses a replacement of another originator, which a series per originator would lose", () => {
    const h = revisionHistory([of("a1", A, 100, "2024-01", "2024-02-01", "b1"), of("b1", B, 200, "2024-01", "2024-06-01")], { groupBy: "indicator" });
    const e = thrown(() => revisionChart(h, { known: "2024-03-01" }));
    expect(e.code).toBe("invalid-history");
    expect(e.message).toMatch(/^revisionChart: history\[0\]\.claims\[\d\]\.status\.supersededBy names "b1", a claim of another originator \("b"\)/);
  });

  it("refuses a replacement not in the history, once the claim is known", () => {
    const h = revisionHistory([of("a0", A, 50, "2023-12", "2024-01-01", "zz"), of("a1", A, 100, "2024-01", "2024-02-01")]);
    expect(thrown(() => revisionChart(h, { known: "2024-03-01" }))).toMatchObject({ code: "invalid-history", message: expect.stringContaining('names "zz", which is not in its history') });
    // not yet known, it is not on the chart, and nothing is refused
    expect(revisionChart(h, { known: "2023-12-15" })).toContain("<svg");
  });

  it("draws a replacement of the same originator as before", () => {
    const h = revisionHistory([of("a1", A, 100, "2024-01", "2024-02-01", "a2"), of("a2", A, 120, "2024-01", "2024-06-01")]);
    expect(revisionChart(h, { known: "2024-03-01" })).toMatch(/A: about 100 for January 2024/);
  });
});
