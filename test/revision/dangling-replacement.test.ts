import { describe, expect, it } from "vitest";

import { claim } from "../../src/claim/index.js";
import type { Claim, ClaimInit } from "../../src/claim/index.js";
import { approx } from "../../src/estimate/constructors.js";
import { asOf, consensus, findContradictions, latest, revisionHistory, revisions } from "../../src/revision/index.js";
import { expectFogcountError } from "../helpers.js";

const nis = { id: "kr-nis", kind: "intelligence-agency", name: "NIS", country: "KR" } as const;

function killed(id: string, value: number, validTime: string, reportedAt: string, over: Partial<ClaimInit> = {}): Claim {
  return claim({ id, indicator: { subject: "kp-forces-in-russia", measure: "killed", unit: "person" }, estimate: approx(value, "person"), validTime, reportedAt, attribution: { originator: nis }, ...over });
}

const january = killed("jan", 300, "2025-01-31", "2025-02-01");
const march = killed("mar", 500, "2025-03-31", "2025-04-01", { status: { kind: "deprecated", reason: "miscounted", supersededBy: "mar-fixd" } });
const [history] = revisionHistory([january, march]);

describe("a supersededBy that names a claim not in the history", () => {
  it("is a finding of findContradictions, naming the claim and the missing id", () => {
    const found = findContradictions(history!).filter((f) => f.code === "replacement-not-in-history");
    expect(found).toEqual([
      {
        code: "replacement-not-in-history",
        severity: "error",
        message: 'mar is deprecated and superseded by "mar-fixd", which is not in the history: when it stopped being believed cannot be told, so asOf refuses to answer where it could be in force',
        claims: ["mar"],
      },
    ]);
    // not yet known: not yet found
    expect(findContradictions(history!, { known: "2025-03-01" }).map((f) => f.code)).toEqual([]);
  });

  it("is refused by asOf where the claim could be the answer, never left out in silence", () => {
    expectFogcountError(
      () => asOf(history!, { valid: "2025-04" }),
      "invalid-history",
      /^asOf: history\.claims\[1\]\.status\.supersededBy names "mar-fixd", which is not in its history: when "mar" stopped being believed cannot be told/,
    );
    expectFogcountError(() => latest(history!), "invalid-history", /^latest: history\.claims\[1\]\.status\.supersededBy/);
    expectFogcountError(() => revisions(history!), "invalid-history", /^revisions: /);
    expectFogcountError(() => consensus([january, march], { valid: "2025-04-30" }), "invalid-history", /^consensus: claims\[1\]\.status\.supersededBy names "mar-fixd"/);
  });

  it("answers where the claim cannot be the answer: an earlier valid time, or before it was known", () => {
    expect(asOf(history!, { valid: "2025-02" })?.id).toBe("jan");
    expect(asOf(history!, { known: "2025-03-01" })?.id).toBe("jan");
    expect(revisions(history!, { known: "2025-03-01" })).toEqual([]);
  });

  it("answers as before once the replacement is in the history, or with no supersededBy", () => {
    const fixed = killed("mar-fixd", 550, "2025-03-31", "2025-04-10");
    expect(asOf(revisionHistory([january, march, fixed])[0]!, { valid: "2025-04", known: "2025-04-05" })?.id).toBe("mar");
    expect(asOf(revisionHistory([january, march, fixed])[0]!, { valid: "2025-04" })?.id).toBe("mar-fixd");
    const retired = killed("mar", 500, "2025-03-31", "2025-04-01", { status: { kind: "deprecated", reason: "miscounted" } });
    expect(asOf(revisionHistory([january, retired])[0]!, { valid: "2025-04" })?.id).toBe("jan");
  });
});
