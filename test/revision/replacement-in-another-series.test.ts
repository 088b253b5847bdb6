// A replacement in another series is not in the history: when the claim it replaces stopped being
// believed cannot be read from the history, so every answer it could be is refused, never given
// as if the claim were retired from the start.
import { describe, expect, it } from "vitest";

import { claim } from "../../src/claim/claim.js";
import { exact } from "../../src/estimate/constructors.js";
import { source } from "../../src/provenance/source.js";
import { asOf, consensus, findContradictions, latest, revisionHistory, revisions } from "../../src/revision/index.js";

const s = source("s", "ngo", "S", { country: "KR" });
const t = source("t", "ngo", "T", { country: "US" });
const old = (supersededBy: string) =>
  claim({
    id: "c1", indicator: { subject: "x", measure: "deployed", unit: "person" }, estimate: exact(100, "person"), validTime: "2025-01",
    reportedAt: "2025-02-01", attribution: { originator: s }, status: { kind: "deprecated", reason: "replaced", supersededBy },
  });
const otherSubject = claim({ id: "c2", indicator: { subject: "y", measure: "deployed", unit: "person" }, estimate: exact(120, "person"), validTime: "2025-01", reportedAt: "2025-06-01", attribution: { originator: s } });
const otherOriginator = claim({ id: "c3", indicator: { subject: "x", measure: "deployed", unit: "person" }, estimate: exact(120, "person"), validTime: "2025-01", reportedAt: "2025-06-01", attribution: { originator: t } });

describe("a replacement in another series", () => {
  it.each([
    ["another subject", old("c2"), otherSubject],
    ["another originator", old("c3"), otherOriginator],
  ])("(%s) is refused wherever the claim could be the answer, and reported", (_, c1, c2) => {
    const h = revisionHistory([c1, c2]).find((x) => x.claims.some((c) => c.id === "c1"))!;
    const why = /status\.supersededBy names "c[23]", which is not in its history/;
    expect(() => asOf(h, { known: "2025-03-01" })).toThrow(why);
    expect(() => latest(h)).toThrow(why);
    expect(() => revisions(h)).toThrow(why);
    expect(findContradictions(h).map((f) => f.code)).toContain("replacement-not-in-history");
  });

  it("is read from when the replacement became known once both are in one history", () => {
    const [h] = revisionHistory([old("c3"), otherOriginator], { groupBy: "indicator" });
    expect(asOf(h!, { known: "2025-03-01" })?.id).toBe("c1");
    expect(asOf(h!, { known: "2025-07-01" })?.id).toBe("c3");
  });

  it("is refused by consensus too", () => {
    expect(() => consensus([old("c3"), otherOriginator], { known: "2025-03-01" })).toThrow(/supersededBy names "c3", which is not in its history/);
  });
});
