import { describe, expect, it } from "vitest";

import { claim } from "../../src/claim/index.js";
import type { Claim, ClaimInit } from "../../src/claim/index.js";
import { approx } from "../../src/estimate/constructors.js";
import { ageDays, asOf, consensus, revisionHistory } from "../../src/revision/index.js";
import { expectFogcountError } from "../helpers.js";

const nis = { id: "kr-nis", kind: "intelligence-agency", name: "NIS", country: "KR" } as const;

function killed(id: string, validTime: string, over: Partial<ClaimInit> = {}): Claim {
  return claim({
    id,
    indicator: { subject: "kp-forces-in-russia", measure: "killed", unit: "person" },
    estimate: approx(600, "person"),
    validTime,
    reportedAt: "2025-04-30",
    attribution: { originator: nis },
    ...over,
  });
}

describe("ageDays", () => {
  it("refuses a figure about a time after the one asked about, naming both days", () => {
    expectFogcountError(
      () => ageDays(killed("apr", "2025-04-30"), "2025-01-01"),
      "invalid-argument",
      /^ageDays: valid ends on 2025-01-01, before 2025-04-30, the last day of the claim's valid time "2025-04-30": a figure about a later time has no age for it, got "2025-01-01"$/,
    );
    expectFogcountError(() => ageDays(killed("q2", "2025-04/2025-06"), "2025-03", { anchor: "start" }), "invalid-argument", /before 2025-04-01, the first day of the claim's valid time "2025-04\/2025-06"/);
  });

  it("counts from the day the figure describes, zero on that day", () => {
    expect(ageDays(killed("apr", "2025-04-30"), "2025-04-30")).toBe(0);
    expect(ageDays(killed("apr", "2025-04"), "2025-04-30")).toBe(0);
    expect(ageDays(killed("q2", "2025-04/2025-06"), "2025-05", { anchor: "start" })).toBe(60);
    // an open start, counted from the start: no day to count from
    expect(ageDays(killed("open", "../2025-03"), "2025-06", { anchor: "start" })).toBeNull();
    expect(ageDays(killed("open", "../2025-03"), "2025-06-30")).toBe(91);
  });
});

describe('a valid time open at its start, with anchor "start"', () => {
  it("is never the answer: read as the beginning of time it would be in force in 1900", () => {
    const open = killed("open", "../2025-03");
    const [h] = revisionHistory([open], { anchor: "start" });
    expect(asOf(h!, { valid: "1900" })).toBeUndefined();
    expect(asOf(h!, { valid: "2025-03" })).toBeUndefined();
    expect(asOf(h!)).toBeUndefined();
    const [unknown] = revisionHistory([killed("unknown", "/2025-03")], { anchor: "start" });
    expect(asOf(unknown!, { valid: "2025-06" })).toBeUndefined();
  });

  it("leaves the figures that have a first day to answer as before", () => {
    const [h] = revisionHistory([killed("open", "../2025-03"), killed("june", "2024-06", { reportedAt: "2024-07-01" })], { anchor: "start" });
    expect(asOf(h!, { valid: "2025-01" })?.id).toBe("june");
    expect(asOf(h!, { valid: "2024-01" })).toBeUndefined();
    expect(asOf(h!, { valid: "2025-01", known: "2024-06-30" })).toBeUndefined();
  });

  it('sits at its last day with anchor "end", and is not in force before it', () => {
    const [h] = revisionHistory([killed("open", "../2025-03")]);
    expect(asOf(h!, { valid: "1900" })).toBeUndefined();
    expect(asOf(h!, { valid: "2025-02" })).toBeUndefined();
    expect(asOf(h!, { valid: "2025-03" })?.id).toBe("open");
    expect(consensus([killed("open", "../2025-03")], { valid: "2025-03-31" }).figures.map((f) => f.ageDays)).toEqual([0]);
  });
});
